import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderSarif
} from "./chunk-YSNVLNOY.js";
import "./chunk-EH4WMMHW.js";
import "./chunk-WCRLFVKF.js";
import "./chunk-UXVVM6MZ.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-KSHENU5L.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-3YVYB553.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  renderSarif
};
//# sourceMappingURL=sarif-ZZIOS4M6.js.map
