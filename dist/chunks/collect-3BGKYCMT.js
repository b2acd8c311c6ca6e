import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  NO_SOURCE_REASON,
  collectUsage
} from "./chunk-CYTRU36S.js";
import "./chunk-CGCQOKMY.js";
import "./chunk-XW6YACZD.js";
import {
  readSnapshot
} from "./chunk-FBYFTK2Q.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  NO_SOURCE_REASON,
  collectUsage,
  readSnapshot
};
//# sourceMappingURL=collect-3BGKYCMT.js.map
