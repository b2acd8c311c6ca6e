import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  resolveChange
} from "./chunk-PHXZT7VU.js";
import "./chunk-TB53CU5I.js";
import "./chunk-GWIMUM7A.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-TVBOALRK.js";
import {
  resolveRevisions
} from "./chunk-HB4ODZJ7.js";
import "./chunk-ZJHMBUNX.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  resolveChange,
  resolveRevisions
};
//# sourceMappingURL=change-AQSHYKPR.js.map
