import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-KLLYSLVR.js";
import "./chunk-SMT6SAXJ.js";
import "./chunk-PUX2MLRJ.js";
import "./chunk-2RVL4NVX.js";
import "./chunk-GPR55TTB.js";
import "./chunk-F7X5GEDP.js";
import "./chunk-BCIBQX6Q.js";
import "./chunk-GPHI7JD6.js";
import "./chunk-3JWLYGGJ.js";
import "./chunk-ATOTXTKG.js";
import "./chunk-NDXWQF3A.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-TL5VAJK4.js";
import "./chunk-TB53CU5I.js";
import "./chunk-3AEIT2PU.js";
import "./chunk-FAT564BU.js";
import "./chunk-UOMHYEC4.js";
import "./chunk-GWTX56C5.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-3YVYB553.js";
import "./chunk-DO6KVWFY.js";
import "./chunk-F477O3MP.js";
import "./chunk-I3FEX5NO.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  scan
};
//# sourceMappingURL=pipeline-GRKJ5BXL.js.map
