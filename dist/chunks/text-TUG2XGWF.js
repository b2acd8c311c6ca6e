import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderText,
  textChunks,
  verdict
} from "./chunk-U7PMWGUX.js";
import "./chunk-M6L72V7I.js";
import "./chunk-2RVL4NVX.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-3YVYB553.js";
import "./chunk-5246H675.js";
export {
  renderText,
  textChunks,
  verdict
};
//# sourceMappingURL=text-TUG2XGWF.js.map
