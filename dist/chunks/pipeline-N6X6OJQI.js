import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-SMBRCARC.js";
import "./chunk-NYGUX4LR.js";
import "./chunk-A724TGQJ.js";
import "./chunk-PO6TEGSO.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-VI253VOQ.js";
import "./chunk-BTAU4N6O.js";
import "./chunk-Q53BOKUE.js";
import "./chunk-XW6YACZD.js";
import "./chunk-6K3JKW4T.js";
import "./chunk-5XDPJJHR.js";
import "./chunk-U7HWZH6S.js";
import "./chunk-GFKYLCAV.js";
import "./chunk-KCBKFKFM.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-YFPR55F3.js";
import "./chunk-BYNQBLHU.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-35VSUBFH.js";
import "./chunk-U5QZTLTY.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-4ZWNXYQU.js";
import "./chunk-B726XDZN.js";
import "./chunk-X57SK2FJ.js";
import "./chunk-CFDJENM2.js";
import "./chunk-3YVYB553.js";
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
//# sourceMappingURL=pipeline-N6X6OJQI.js.map
