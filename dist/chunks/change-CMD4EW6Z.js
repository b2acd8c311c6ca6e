import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  resolveChange
} from "./chunk-ZXN5OKPY.js";
import "./chunk-TB53CU5I.js";
import "./chunk-M53ZRLPD.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-45UQPZI2.js";
import {
  resolveRevisions
} from "./chunk-X57SK2FJ.js";
import "./chunk-CFDJENM2.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  resolveChange,
  resolveRevisions
};
//# sourceMappingURL=change-CMD4EW6Z.js.map
