import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  isInside,
  normalizeRelative,
  worktreeSource
} from "./chunk-TVBOALRK.js";
import "./chunk-5246H675.js";
export {
  isInside,
  normalizeRelative,
  worktreeSource
};
//# sourceMappingURL=source-COHOPZIH.js.map
