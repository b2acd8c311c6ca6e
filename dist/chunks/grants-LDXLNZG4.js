import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  collectGrants,
  grantDiff,
  grantsOf
} from "./chunk-47GNIKQA.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-5246H675.js";
export {
  collectGrants,
  grantDiff,
  grantsOf
};
//# sourceMappingURL=grants-LDXLNZG4.js.map
