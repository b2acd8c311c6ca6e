import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  NO_SOURCE_REASON,
  collectUsage
} from "./chunk-RYKVCKWL.js";
import "./chunk-FJDSAFLX.js";
import "./chunk-34HYMZTT.js";
import {
  readSnapshot
} from "./chunk-GAFWYLQA.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  NO_SOURCE_REASON,
  collectUsage,
  readSnapshot
};
//# sourceMappingURL=collect-LPACFIGX.js.map
