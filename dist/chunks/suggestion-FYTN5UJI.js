import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  formatSuggestion,
  suggestActions
} from "./chunk-GPR55TTB.js";
import "./chunk-F7X5GEDP.js";
import "./chunk-BCIBQX6Q.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-3AEIT2PU.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-5246H675.js";
export {
  formatSuggestion,
  suggestActions
};
//# sourceMappingURL=suggestion-FYTN5UJI.js.map
