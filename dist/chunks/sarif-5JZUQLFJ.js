import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderSarif
} from "./chunk-5JVQG7AB.js";
import "./chunk-K6FW2VPH.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-EIMRGLKR.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-3YVYB553.js";
import "./chunk-5246H675.js";
export {
  renderSarif
};
//# sourceMappingURL=sarif-5JZUQLFJ.js.map
