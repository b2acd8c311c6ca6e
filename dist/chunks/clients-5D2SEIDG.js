import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  USER_AGENT,
  createAwsClients,
  credentialsProblem,
  refreshCredentials
} from "./chunk-6K3JKW4T.js";
import {
  readSnapshot
} from "./chunk-NDXWQF3A.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-KCBKFKFM.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-4ZWNXYQU.js";
import "./chunk-B726XDZN.js";
import "./chunk-4OTJ2ZHJ.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-7I2SBVZX.js";
import "./chunk-M2E5TCJ3.js";
import "./chunk-I4SHNQEC.js";
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
//# sourceMappingURL=clients-5D2SEIDG.js.map
