import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-O6BC7QDS.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";
export {
  renderJson
};
//# sourceMappingURL=json-RHCWFUYJ.js.map
