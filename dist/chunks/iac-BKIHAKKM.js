import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  beyondSelectionNotice,
  readBeyondSelection,
  readIac,
  selection
} from "./chunk-FUJYA6P5.js";
import {
  classifyDocument,
  parseDocument
} from "./chunk-5YH33UFT.js";
import "./chunk-I7YK6DQM.js";
import "./chunk-LI4YSP5E.js";
import {
  statementsFromDocument
} from "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  beyondSelectionNotice,
  classifyDocument,
  parseDocument,
  readBeyondSelection,
  readIac,
  selection,
  statementsFromDocument
};
//# sourceMappingURL=iac-BKIHAKKM.js.map
