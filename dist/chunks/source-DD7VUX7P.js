import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  gitRefSource,
  stagedSource,
  worktreeSource
} from "./chunk-DBCF3ZPN.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  gitRefSource,
  stagedSource,
  worktreeSource
};
//# sourceMappingURL=source-DD7VUX7P.js.map
