import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  formatSuggestion,
  suggestActions
} from "./chunk-WY5X5GVF.js";
import "./chunk-5S7Q27CS.js";
import "./chunk-5246H675.js";
export {
  formatSuggestion,
  suggestActions
};
//# sourceMappingURL=suggestion-ES52DQDU.js.map
