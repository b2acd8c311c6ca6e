import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  applyStatementChanges
} from "./chunk-KC6NLHJS.js";
import "./chunk-C4KXPJQM.js";
import "./chunk-UOMHYEC4.js";
import "./chunk-GWTX56C5.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  applyStatementChanges
};
//# sourceMappingURL=apply-MVSEFN24.js.map
