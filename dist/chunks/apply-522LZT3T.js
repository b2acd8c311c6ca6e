import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  applyStatementChanges
} from "./chunk-YGSWVCDO.js";
import "./chunk-BB4ILSUW.js";
import "./chunk-5YH33UFT.js";
import "./chunk-I7YK6DQM.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  applyStatementChanges
};
//# sourceMappingURL=apply-522LZT3T.js.map
