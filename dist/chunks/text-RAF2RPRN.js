import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderText,
  verdict
} from "./chunk-BBYOVG6Y.js";
import "./chunk-GYYYICON.js";
import "./chunk-3YVYB553.js";
import "./chunk-5246H675.js";
export {
  renderText,
  verdict
};
//# sourceMappingURL=text-RAF2RPRN.js.map
