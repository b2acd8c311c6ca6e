import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  beyondSelectionNotice,
  classifyDocument,
  parseDocument,
  readBeyondSelection,
  readIac,
  selection
} from "./chunk-CDIEWXUG.js";
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
  beyondSelectionNotice,
  classifyDocument,
  parseDocument,
  readBeyondSelection,
  readIac,
  selection,
  statementsFromDocument
};
//# sourceMappingURL=iac-M3RPYPOE.js.map
