import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderSarif
} from "./chunk-WLP6K7VD.js";
import "./chunk-3RC6NETE.js";
import "./chunk-GYYYICON.js";
import "./chunk-TB53CU5I.js";
import "./chunk-3YVYB553.js";
import "./chunk-5246H675.js";
export {
  renderSarif
};
//# sourceMappingURL=sarif-FMQRK563.js.map
