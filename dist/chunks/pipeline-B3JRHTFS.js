import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-UAGG7DJK.js";
import "./chunk-OZPFDRNL.js";
import "./chunk-HT42X5HL.js";
import "./chunk-UXVVM6MZ.js";
import "./chunk-XR5JCTI2.js";
import "./chunk-SMRU6VXP.js";
import "./chunk-KXETMDSJ.js";
import "./chunk-VI253VOQ.js";
import "./chunk-5XRGKNZN.js";
import "./chunk-3JWLYGGJ.js";
import "./chunk-ATOTXTKG.js";
import "./chunk-6K3JKW4T.js";
import "./chunk-OXYYD4CL.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-U7HWZH6S.js";
import "./chunk-GFKYLCAV.js";
import "./chunk-KCBKFKFM.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-C5625S5K.js";
import "./chunk-TB53CU5I.js";
import "./chunk-OUXZ3H3A.js";
import "./chunk-ZEJXX2CS.js";
import "./chunk-PJPFKUTV.js";
import "./chunk-6DRW3Y4K.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-4ZWNXYQU.js";
import "./chunk-B726XDZN.js";
import "./chunk-3YVYB553.js";
import "./chunk-DO6KVWFY.js";
import "./chunk-F477O3MP.js";
import "./chunk-I3FEX5NO.js";
import "./chunk-4OTJ2ZHJ.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-7I2SBVZX.js";
import "./chunk-M2E5TCJ3.js";
import "./chunk-I4SHNQEC.js";
import "./chunk-CJ7DZS37.js";
import "./chunk-MPC2C2CM.js";
import "./chunk-HN5S7QPZ.js";
import "./chunk-X4BHS5VY.js";
import "./chunk-EUHIGNXF.js";
import "./chunk-TZDPQ2RJ.js";
import "./chunk-5246H675.js";
export {
  scan
};
//# sourceMappingURL=pipeline-B3JRHTFS.js.map
