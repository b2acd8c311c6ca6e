import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  collectGrants,
  earliestSource,
  earliestSourceIn,
  grantDiff,
  grantSetOf,
  grantsOf,
  sourceOf
} from "./chunk-BCIBQX6Q.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-3AEIT2PU.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-5246H675.js";
export {
  collectGrants,
  earliestSource,
  earliestSourceIn,
  grantDiff,
  grantSetOf,
  grantsOf,
  sourceOf
};
//# sourceMappingURL=grants-KKZ2OBKC.js.map
