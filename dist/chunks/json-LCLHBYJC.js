import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-WKP43LKS.js";
import "./chunk-XAKUAGXQ.js";
import "./chunk-5246H675.js";
export {
  renderJson
};
//# sourceMappingURL=json-LCLHBYJC.js.map
