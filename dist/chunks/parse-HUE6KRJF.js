import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-VZI3CTHG.js";
import "./chunk-7F5SETJ2.js";
import "./chunk-PJGCO4MN.js";
import "./chunk-MP5QJTYF.js";
import "./chunk-2RVL4NVX.js";
import "./chunk-3P4IAWB2.js";
import "./chunk-R6FRD6SW.js";
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
//# sourceMappingURL=parse-HUE6KRJF.js.map
