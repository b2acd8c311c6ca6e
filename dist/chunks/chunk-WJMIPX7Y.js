import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  CONFIG_FILES,
  defaultConfig
} from "./chunk-ZFO65GN4.js";
import {
  UserError
} from "./chunk-PSDFGU3R.js";

// src/config/index.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
async function loadConfig(cwd, explicitPath) {
  const candidates = explicitPath ? [path.resolve(cwd, explicitPath)] : CONFIG_FILES.map((f) => path.join(cwd, f));
  for (const candidate of candidates) {
    let text;
    try {
      text = await readFile(candidate, "utf8");
    } catch (error) {
      if (explicitPath) {
        throw new UserError(
          `cannot read configuration ${explicitPath}: ${error.code ?? error}`
        );
      }
      continue;
    }
    const shown = path.relative(cwd, candidate) || candidate;
    const { parseConfig } = await import("./parse-6TEJ3DMV.js");
    return { config: parseConfig(text, shown), file: shown };
  }
  return { config: defaultConfig(), file: null };
}

export {
  loadConfig
};
//# sourceMappingURL=chunk-WJMIPX7Y.js.map
