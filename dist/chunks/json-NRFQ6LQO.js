import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  jsonReportChunks,
  renderJson
} from "./chunk-YV7JNABA.js";
import "./chunk-CQZAHVWK.js";
import "./chunk-UXVVM6MZ.js";
import "./chunk-KSHENU5L.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  jsonReportChunks,
  renderJson
};
//# sourceMappingURL=json-NRFQ6LQO.js.map
