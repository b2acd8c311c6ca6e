import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  unifiedDiff
} from "./chunk-VT6R5PK5.js";
import "./chunk-5246H675.js";
export {
  unifiedDiff
};
//# sourceMappingURL=diff-4EAKLYFA.js.map
