import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-TM22PTGS.js";
import "./chunk-ZXL56E2E.js";
import "./chunk-GT3INPVK.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-47GNIKQA.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-WY5X5GVF.js";
import "./chunk-5S7Q27CS.js";
import "./chunk-UHSRDC52.js";
import "./chunk-RYKVCKWL.js";
import "./chunk-FJDSAFLX.js";
import "./chunk-34HYMZTT.js";
import "./chunk-MFBHBNZX.js";
import "./chunk-GAFWYLQA.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-U7HWZH6S.js";
import "./chunk-GFKYLCAV.js";
import "./chunk-KCBKFKFM.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-4O2ZQOXY.js";
import "./chunk-TB53CU5I.js";
import "./chunk-LQSLJU2U.js";
import "./chunk-USLDU2L7.js";
import "./chunk-6DRW3Y4K.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-45UQPZI2.js";
import "./chunk-4ZWNXYQU.js";
import "./chunk-B726XDZN.js";
import "./chunk-I4SHNQEC.js";
import "./chunk-3YVYB553.js";
import "./chunk-5MX6TWPD.js";
import "./chunk-CFDJENM2.js";
import "./chunk-4OTJ2ZHJ.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-7I2SBVZX.js";
import "./chunk-M2E5TCJ3.js";
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
//# sourceMappingURL=pipeline-5IADLU73.js.map
