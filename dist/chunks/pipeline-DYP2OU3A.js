import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-J2WSRQKM.js";
import "./chunk-XGFZREJN.js";
import "./chunk-E5TNWZM4.js";
import "./chunk-DBWX2MR6.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-UHSRDC52.js";
import "./chunk-RYKVCKWL.js";
import "./chunk-FJDSAFLX.js";
import "./chunk-34HYMZTT.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-MFBHBNZX.js";
import "./chunk-GAFWYLQA.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-U7HWZH6S.js";
import "./chunk-GFKYLCAV.js";
import "./chunk-KCBKFKFM.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-PHXZT7VU.js";
import "./chunk-TB53CU5I.js";
import "./chunk-GWIMUM7A.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-TVBOALRK.js";
import "./chunk-4ZWNXYQU.js";
import "./chunk-B726XDZN.js";
import "./chunk-I4SHNQEC.js";
import "./chunk-3YVYB553.js";
import "./chunk-HB4ODZJ7.js";
import "./chunk-ZJHMBUNX.js";
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
//# sourceMappingURL=pipeline-DYP2OU3A.js.map
