import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  defaultBase,
  gitRoot,
  scan
} from "./chunk-6QRXVF3K.js";
import "./chunk-DBCF3ZPN.js";
import "./chunk-LF75YER6.js";
import "./chunk-25OMKSLK.js";
import "./chunk-34HYMZTT.js";
import "./chunk-K2SD6XLI.js";
import "./chunk-DBWX2MR6.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-XXL7SZUN.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-K6FW2VPH.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-3SIO26PB.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-3YVYB553.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  defaultBase,
  gitRoot,
  scan
};
//# sourceMappingURL=pipeline-VL434LPC.js.map
