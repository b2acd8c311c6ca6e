import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  jsonReportChunks,
  renderJson
} from "./chunk-RIRKT6S4.js";
import "./chunk-6GC2L5S6.js";
import "./chunk-2RVL4NVX.js";
import "./chunk-3AEIT2PU.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  jsonReportChunks,
  renderJson
};
//# sourceMappingURL=json-L6MQAQAD.js.map
