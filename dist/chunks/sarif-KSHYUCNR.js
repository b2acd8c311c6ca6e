import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderSarif
} from "./chunk-VBXCZUTH.js";
import "./chunk-LCTBXZNW.js";
import "./chunk-GYYYICON.js";
import "./chunk-3YVYB553.js";
import "./chunk-5246H675.js";
export {
  renderSarif
};
//# sourceMappingURL=sarif-KSHYUCNR.js.map
