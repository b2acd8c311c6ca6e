import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  resolveChange
} from "./chunk-2ELTAT57.js";
import "./chunk-TB53CU5I.js";
import "./chunk-KSHENU5L.js";
import "./chunk-Q4KXLGQX.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-SFSJVPJW.js";
import {
  resolveRevisions
} from "./chunk-QGAB3FT5.js";
import "./chunk-6ZLZZZ47.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  resolveChange,
  resolveRevisions
};
//# sourceMappingURL=change-STAOGMYI.js.map
