import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  resolveChange
} from "./chunk-TL5VAJK4.js";
import "./chunk-TB53CU5I.js";
import "./chunk-3AEIT2PU.js";
import "./chunk-FAT564BU.js";
import "./chunk-UOMHYEC4.js";
import "./chunk-GWTX56C5.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import {
  resolveRevisions
} from "./chunk-DO6KVWFY.js";
import "./chunk-F477O3MP.js";
import "./chunk-I3FEX5NO.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  resolveChange,
  resolveRevisions
};
//# sourceMappingURL=change-YMCU3NWL.js.map
