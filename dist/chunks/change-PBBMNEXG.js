import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  resolveChange
} from "./chunk-57UBBNG4.js";
import "./chunk-TB53CU5I.js";
import "./chunk-KSHENU5L.js";
import "./chunk-CDIEWXUG.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-O6ZIQVF6.js";
import {
  resolveRevisions
} from "./chunk-IGUFYHFZ.js";
import "./chunk-TZYFO3R5.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  resolveChange,
  resolveRevisions
};
//# sourceMappingURL=change-PBBMNEXG.js.map
