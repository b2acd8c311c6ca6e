import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-YYTMTY25.js";
import "./chunk-7F5SETJ2.js";
import "./chunk-LWIM7AP4.js";
import "./chunk-DT37ZGOE.js";
import "./chunk-2RVL4NVX.js";
import "./chunk-AD7SKAPF.js";
import "./chunk-KEJXKQFH.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-INDVBFPV.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-3YVYB553.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  parseConfig
};
//# sourceMappingURL=parse-CRQULZFZ.js.map
