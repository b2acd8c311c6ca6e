import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  isInside,
  normalizeRelative,
  worktreeSource
} from "./chunk-35VSUBFH.js";
import "./chunk-5246H675.js";
export {
  isInside,
  normalizeRelative,
  worktreeSource
};
//# sourceMappingURL=source-DB7F5VCO.js.map
