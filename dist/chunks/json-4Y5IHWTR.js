import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  jsonReportChunks,
  renderJson
} from "./chunk-CYZQMYOU.js";
import "./chunk-YEEL7YBF.js";
import "./chunk-UXVVM6MZ.js";
import "./chunk-OUXZ3H3A.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  jsonReportChunks,
  renderJson
};
//# sourceMappingURL=json-4Y5IHWTR.js.map
