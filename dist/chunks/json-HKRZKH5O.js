import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-C4FIIDH4.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-EIMRGLKR.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  renderJson
};
//# sourceMappingURL=json-HKRZKH5O.js.map
