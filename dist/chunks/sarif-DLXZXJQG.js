import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderSarif
} from "./chunk-BGXKVOGY.js";
import "./chunk-E5TNWZM4.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-TB53CU5I.js";
import "./chunk-3YVYB553.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  renderSarif
};
//# sourceMappingURL=sarif-DLXZXJQG.js.map
