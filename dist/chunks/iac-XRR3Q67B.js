import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  parseDocument,
  readIac
} from "./chunk-Q4KXLGQX.js";
import "./chunk-LI4YSP5E.js";
import {
  statementsFromDocument
} from "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  parseDocument,
  readIac,
  statementsFromDocument
};
//# sourceMappingURL=iac-XRR3Q67B.js.map
