import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  formatSuggestion,
  suggestActions
} from "./chunk-FMJ33THG.js";
import "./chunk-3P4IAWB2.js";
import "./chunk-R6FRD6SW.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-INDVBFPV.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-5246H675.js";
export {
  formatSuggestion,
  suggestActions
};
//# sourceMappingURL=suggestion-ZTN3RLOB.js.map
