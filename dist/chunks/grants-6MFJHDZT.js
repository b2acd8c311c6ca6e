import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  collectGrants,
  grantDiff,
  grantsOf
} from "./chunk-A724TGQJ.js";
import "./chunk-PO6TEGSO.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-5246H675.js";
export {
  collectGrants,
  grantDiff,
  grantsOf
};
//# sourceMappingURL=grants-6MFJHDZT.js.map
