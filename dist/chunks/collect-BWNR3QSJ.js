import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  NO_SOURCE_REASON,
  collectUsage
} from "./chunk-BTAU4N6O.js";
import "./chunk-Q53BOKUE.js";
import "./chunk-XW6YACZD.js";
import {
  readSnapshot
} from "./chunk-5XDPJJHR.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  NO_SOURCE_REASON,
  collectUsage,
  readSnapshot
};
//# sourceMappingURL=collect-BWNR3QSJ.js.map
