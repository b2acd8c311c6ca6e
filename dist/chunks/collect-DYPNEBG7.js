import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  NO_SOURCE_REASON,
  collectUsage
} from "./chunk-WXNYHHEZ.js";
import "./chunk-GOWR6FY5.js";
import "./chunk-D2Q4HHSH.js";
import {
  readSnapshot
} from "./chunk-3ZBN673W.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-XAKUAGXQ.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  NO_SOURCE_REASON,
  collectUsage,
  readSnapshot
};
//# sourceMappingURL=collect-DYPNEBG7.js.map
