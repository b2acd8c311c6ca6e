import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  collectGrants,
  grantDiff,
  grantsOf
} from "./chunk-DBWX2MR6.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-5246H675.js";
export {
  collectGrants,
  grantDiff,
  grantsOf
};
//# sourceMappingURL=grants-M26PRBOW.js.map
