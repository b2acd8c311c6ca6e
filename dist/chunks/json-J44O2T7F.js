import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  jsonReportChunks,
  renderJson
} from "./chunk-MS3DLFD6.js";
import "./chunk-IAZEUZCR.js";
import "./chunk-2RVL4NVX.js";
import "./chunk-INDVBFPV.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  jsonReportChunks,
  renderJson
};
//# sourceMappingURL=json-J44O2T7F.js.map
