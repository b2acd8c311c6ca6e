import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  accessKeyLastUsed,
  accessKeysOf
} from "./chunk-LJ57A626.js";
import "./chunk-U7HWZH6S.js";
import "./chunk-GFKYLCAV.js";
import "./chunk-KCBKFKFM.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-MPC2C2CM.js";
import "./chunk-X4BHS5VY.js";
import "./chunk-TZDPQ2RJ.js";
import "./chunk-5246H675.js";
export {
  accessKeyLastUsed,
  accessKeysOf
};
//# sourceMappingURL=access-keys-BOOW7XZ2.js.map
