import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  worktreeSource
} from "./chunk-45UQPZI2.js";
import "./chunk-5246H675.js";
export {
  worktreeSource
};
//# sourceMappingURL=source-GQY6IJRJ.js.map
