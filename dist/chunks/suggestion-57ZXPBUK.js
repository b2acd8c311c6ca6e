import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  formatSuggestion,
  suggestActions
} from "./chunk-XR5JCTI2.js";
import "./chunk-SMRU6VXP.js";
import "./chunk-KXETMDSJ.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-OUXZ3H3A.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-5246H675.js";
export {
  formatSuggestion,
  suggestActions
};
//# sourceMappingURL=suggestion-57ZXPBUK.js.map
