import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderSarif
} from "./chunk-7KO3HECU.js";
import "./chunk-HT42X5HL.js";
import "./chunk-UXVVM6MZ.js";
import "./chunk-SMRU6VXP.js";
import "./chunk-KXETMDSJ.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-OUXZ3H3A.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-3YVYB553.js";
import "./chunk-5246H675.js";
export {
  renderSarif
};
//# sourceMappingURL=sarif-5AVIIXQ5.js.map
