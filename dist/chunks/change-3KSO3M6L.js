import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  resolveChange
} from "./chunk-D7NQMCPB.js";
import "./chunk-TB53CU5I.js";
import "./chunk-OUXZ3H3A.js";
import "./chunk-ZEJXX2CS.js";
import "./chunk-PJPFKUTV.js";
import "./chunk-6DRW3Y4K.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-O6ZIQVF6.js";
import {
  resolveRevisions
} from "./chunk-O53ZBTW5.js";
import "./chunk-TZYFO3R5.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  resolveChange,
  resolveRevisions
};
//# sourceMappingURL=change-3KSO3M6L.js.map
