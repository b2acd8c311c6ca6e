import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  USER_AGENT,
  createAwsClients,
  credentialsProblem,
  refreshCredentials
} from "./chunk-MFBHBNZX.js";
import {
  readSnapshot
} from "./chunk-GAFWYLQA.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-KCBKFKFM.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-4ZWNXYQU.js";
import "./chunk-B726XDZN.js";
import "./chunk-I4SHNQEC.js";
import "./chunk-4OTJ2ZHJ.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-7I2SBVZX.js";
import "./chunk-M2E5TCJ3.js";
import "./chunk-CJ7DZS37.js";
import "./chunk-MPC2C2CM.js";
import "./chunk-HN5S7QPZ.js";
import "./chunk-X4BHS5VY.js";
import "./chunk-EUHIGNXF.js";
import "./chunk-TZDPQ2RJ.js";
import "./chunk-5246H675.js";
export {
  USER_AGENT,
  createAwsClients,
  credentialsProblem,
  readSnapshot,
  refreshCredentials
};
//# sourceMappingURL=clients-LHMVNTWY.js.map
