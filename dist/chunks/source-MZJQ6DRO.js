import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  PRUNED_FOLDERS,
  isInside,
  normalizeRelative,
  worktreeSource
} from "./chunk-O6ZIQVF6.js";
import "./chunk-5246H675.js";
export {
  PRUNED_FOLDERS,
  isInside,
  normalizeRelative,
  worktreeSource
};
//# sourceMappingURL=source-MZJQ6DRO.js.map
