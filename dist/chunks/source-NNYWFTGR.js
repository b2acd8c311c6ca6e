import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  PRUNED_FOLDERS,
  isInside,
  normalizeRelative,
  worktreeSource
} from "./chunk-SFSJVPJW.js";
import "./chunk-5246H675.js";
export {
  PRUNED_FOLDERS,
  isInside,
  normalizeRelative,
  worktreeSource
};
//# sourceMappingURL=source-NNYWFTGR.js.map
