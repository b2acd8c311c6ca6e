import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  resolveChange
} from "./chunk-HSCQ3FKC.js";
import "./chunk-TB53CU5I.js";
import "./chunk-3AEIT2PU.js";
import "./chunk-FUJYA6P5.js";
import "./chunk-5YH33UFT.js";
import "./chunk-I7YK6DQM.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import {
  resolveRevisions
} from "./chunk-DO6KVWFY.js";
import "./chunk-F477O3MP.js";
import "./chunk-I3FEX5NO.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  resolveChange,
  resolveRevisions
};
//# sourceMappingURL=change-75K4JQZW.js.map
