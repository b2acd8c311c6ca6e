import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/errors.ts
function errorMessage(error) {
  if (error instanceof Error) {
    const code = error.code;
    const name = error.name && error.name !== "Error" ? error.name : typeof code === "string" ? code : "";
    return name && !error.message.startsWith(name) ? `${name}: ${error.message}` : error.message;
  }
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
var UserError = class extends Error {
  name = "UserError";
};
var ConfigError = class extends UserError {
  file;
  problems;
  constructor(file, problems) {
    const lines = [...new Set(problems.map((p) => `  ${file}:${p.line}: ${p.message}`))];
    super(`invalid configuration:
${lines.join("\n")}`);
    this.file = file;
    this.problems = problems;
  }
};

export {
  errorMessage,
  UserError,
  ConfigError
};
//# sourceMappingURL=chunk-PSDFGU3R.js.map
