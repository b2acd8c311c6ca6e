import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  PRUNED_FOLDERS,
  isInside,
  isUnder,
  normalizeRelative,
  worktreeSource
} from "./chunk-I3FEX5NO.js";
import "./chunk-5246H675.js";
export {
  PRUNED_FOLDERS,
  isInside,
  isUnder,
  normalizeRelative,
  worktreeSource
};
//# sourceMappingURL=source-PTXK377H.js.map
