import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  formatSuggestion,
  suggestActions
} from "./chunk-Y3PKGK4D.js";
import "./chunk-V7SWP2R4.js";
import "./chunk-SJDF7XY7.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-KSHENU5L.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-5246H675.js";
export {
  formatSuggestion,
  suggestActions
};
//# sourceMappingURL=suggestion-P2B2EDTY.js.map
