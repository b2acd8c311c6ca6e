import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  beyondSelectionNotice,
  readBeyondSelection,
  readIac,
  selection
} from "./chunk-FAT564BU.js";
import {
  classifyDocument,
  parseDocument
} from "./chunk-UOMHYEC4.js";
import "./chunk-GWTX56C5.js";
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
//# sourceMappingURL=iac-TMNDIOM6.js.map
