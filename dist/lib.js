import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderSarif
} from "./chunks/chunk-VBXCZUTH.js";
import {
  renderText
} from "./chunks/chunk-BBYOVG6Y.js";
import {
  scan
} from "./chunks/chunk-AW3WAMBI.js";
import "./chunks/chunk-DBCF3ZPN.js";
import "./chunks/chunk-QCY5WKFD.js";
import "./chunks/chunk-AHZI5S5D.js";
import "./chunks/chunk-WXNYHHEZ.js";
import "./chunks/chunk-GOWR6FY5.js";
import "./chunks/chunk-D2Q4HHSH.js";
import {
  renderJson
} from "./chunks/chunk-WKP43LKS.js";
import {
  evaluateEntity
} from "./chunks/chunk-7ZSDB4WL.js";
import {
  createAwsClients
} from "./chunks/chunk-P4AXY2NR.js";
import "./chunks/chunk-3ZBN673W.js";
import "./chunks/chunk-I7PDZJUR.js";
import "./chunks/chunk-KCBKFKFM.js";
import "./chunks/chunk-CXI7UASZ.js";
import {
  defaultConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-746FJQ6Z.js";
import {
  RULE_IDS
} from "./chunks/chunk-VSRZYK5N.js";
import {
  RULES
} from "./chunks/chunk-LCTBXZNW.js";
import {
  RULE_DOCS_BASE_URL,
  ruleHelpUri
} from "./chunks/chunk-GYYYICON.js";
import "./chunks/chunk-DLZWSG7O.js";
import "./chunks/chunk-AVA5T5QB.js";
import "./chunks/chunk-LQSF6SQI.js";
import "./chunks/chunk-XAKUAGXQ.js";
import "./chunks/chunk-LI4YSP5E.js";
import "./chunks/chunk-4ZWNXYQU.js";
import "./chunks/chunk-B726XDZN.js";
import "./chunks/chunk-I4SHNQEC.js";
import "./chunks/chunk-3YVYB553.js";
import "./chunks/chunk-4OTJ2ZHJ.js";
import "./chunks/chunk-PSDFGU3R.js";
import "./chunks/chunk-7I2SBVZX.js";
import "./chunks/chunk-M2E5TCJ3.js";
import "./chunks/chunk-CJ7DZS37.js";
import "./chunks/chunk-MPC2C2CM.js";
import "./chunks/chunk-HN5S7QPZ.js";
import "./chunks/chunk-X4BHS5VY.js";
import "./chunks/chunk-EUHIGNXF.js";
import "./chunks/chunk-TZDPQ2RJ.js";
import "./chunks/chunk-5246H675.js";
export {
  RULES,
  RULE_DOCS_BASE_URL,
  RULE_IDS,
  createAwsClients,
  defaultConfig,
  evaluateEntity,
  loadConfig,
  parseConfig,
  renderJson,
  renderSarif,
  renderText,
  ruleHelpUri,
  scan
};
//# sourceMappingURL=lib.js.map
