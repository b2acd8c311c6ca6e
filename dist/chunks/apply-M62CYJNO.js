import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  applyStatementChanges
} from "./chunk-HFCCK2BX.js";
import "./chunk-5DSQBV7Q.js";
import "./chunk-PJPFKUTV.js";
import "./chunk-6DRW3Y4K.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  applyStatementChanges
};
//# sourceMappingURL=apply-M62CYJNO.js.map
