import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";
var VERSION_FLAGS = ["--version", "-v", "-V"];

export {
  VERSION,
  VERSION_FLAGS
};
//# sourceMappingURL=chunk-4OTJ2ZHJ.js.map
