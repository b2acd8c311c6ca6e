import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-OIIKMBCH.js";
import "./chunk-7F5SETJ2.js";
import "./chunk-ZFO65GN4.js";
import "./chunk-PUX2MLRJ.js";
import "./chunk-2RVL4NVX.js";
import "./chunk-F7X5GEDP.js";
import "./chunk-BCIBQX6Q.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-3AEIT2PU.js";
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
//# sourceMappingURL=parse-6TEJ3DMV.js.map
