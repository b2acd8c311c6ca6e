import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  resolveChange
} from "./chunk-4O2ZQOXY.js";
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
import {
  resolveRevisions
} from "./chunk-5MX6TWPD.js";
import "./chunk-CFDJENM2.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  resolveChange,
  resolveRevisions
};
//# sourceMappingURL=change-PFKAOVKN.js.map
