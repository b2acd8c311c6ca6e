import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-S6JKW5UF.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  renderJson
};
//# sourceMappingURL=json-F6W4D6FQ.js.map
