import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  NO_SOURCE_REASON,
  collectUsage
} from "./chunk-GPHI7JD6.js";
import "./chunk-3JWLYGGJ.js";
import "./chunk-ATOTXTKG.js";
import {
  readSnapshot
} from "./chunk-NDXWQF3A.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  NO_SOURCE_REASON,
  collectUsage,
  readSnapshot
};
//# sourceMappingURL=collect-DUFPI6NT.js.map
