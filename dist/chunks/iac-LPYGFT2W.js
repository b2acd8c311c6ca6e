import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  readIac
} from "./chunk-LQSLJU2U.js";
import {
  parseDocument
} from "./chunk-USLDU2L7.js";
import "./chunk-6DRW3Y4K.js";
import "./chunk-LI4YSP5E.js";
import {
  statementsFromDocument
} from "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
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
//# sourceMappingURL=iac-LPYGFT2W.js.map
