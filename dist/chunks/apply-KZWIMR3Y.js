import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  applyStatementChanges
} from "./chunk-W37W4HNK.js";
import "./chunk-VN6HKS6L.js";
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
//# sourceMappingURL=apply-KZWIMR3Y.js.map
