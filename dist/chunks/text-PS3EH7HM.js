import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderText,
  verdict
} from "./chunk-5NY2EQNA.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-3YVYB553.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  renderText,
  verdict
};
//# sourceMappingURL=text-PS3EH7HM.js.map
