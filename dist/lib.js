import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  scan
} from "./chunks/chunk-KLLYSLVR.js";
import {
  renderJson
} from "./chunks/chunk-RIRKT6S4.js";
import "./chunks/chunk-6GC2L5S6.js";
import {
  evaluateEntity
} from "./chunks/chunk-SMT6SAXJ.js";
import {
  renderSarif
} from "./chunks/chunk-XXCNRSSN.js";
import {
  renderText
} from "./chunks/chunk-U7PMWGUX.js";
import "./chunks/chunk-M6L72V7I.js";
import {
  applyStatementChanges
} from "./chunks/chunk-KC6NLHJS.js";
import {
  editStatement
} from "./chunks/chunk-C4KXPJQM.js";
import {
  unifiedDiff
} from "./chunks/chunk-VT6R5PK5.js";
import {
  parseConfig
} from "./chunks/chunk-OIIKMBCH.js";
import "./chunks/chunk-7F5SETJ2.js";
import {
  loadConfig
} from "./chunks/chunk-WJMIPX7Y.js";
import {
  defaultConfig
} from "./chunks/chunk-ZFO65GN4.js";
import {
  RULES,
  RULE_IDS
} from "./chunks/chunk-PUX2MLRJ.js";
import {
  PROJECT_URL,
  RULE_DOCS_BASE_URL,
  ruleHelpUri
} from "./chunks/chunk-2RVL4NVX.js";
import "./chunks/chunk-GPR55TTB.js";
import "./chunks/chunk-F7X5GEDP.js";
import {
  grantSetOf,
  sourceOf
} from "./chunks/chunk-BCIBQX6Q.js";
import "./chunks/chunk-GPHI7JD6.js";
import "./chunks/chunk-3JWLYGGJ.js";
import "./chunks/chunk-ATOTXTKG.js";
import {
  createAwsClients
} from "./chunks/chunk-6K3JKW4T.js";
import "./chunks/chunk-NDXWQF3A.js";
import "./chunks/chunk-R5BDUPL3.js";
import "./chunks/chunk-KCBKFKFM.js";
import "./chunks/chunk-CXI7UASZ.js";
import "./chunks/chunk-TL5VAJK4.js";
import "./chunks/chunk-TB53CU5I.js";
import {
  actionNames,
  countsByService,
  hasAction
} from "./chunks/chunk-3AEIT2PU.js";
import "./chunks/chunk-FAT564BU.js";
import "./chunks/chunk-UOMHYEC4.js";
import "./chunks/chunk-GWTX56C5.js";
import "./chunks/chunk-LI4YSP5E.js";
import "./chunks/chunk-RNEN3ZF3.js";
import "./chunks/chunk-RGLKGRGE.js";
import "./chunks/chunk-LQSF6SQI.js";
import "./chunks/chunk-YGTLDSZU.js";
import "./chunks/chunk-AHZI5S5D.js";
import "./chunks/chunk-4ZWNXYQU.js";
import "./chunks/chunk-B726XDZN.js";
import "./chunks/chunk-FRFO6OVP.js";
import "./chunks/chunk-OQBSQNJP.js";
import "./chunks/chunk-3YVYB553.js";
import "./chunks/chunk-DO6KVWFY.js";
import "./chunks/chunk-F477O3MP.js";
import "./chunks/chunk-I3FEX5NO.js";
import "./chunks/chunk-4OTJ2ZHJ.js";
import "./chunks/chunk-PSDFGU3R.js";
import "./chunks/chunk-7I2SBVZX.js";
import "./chunks/chunk-M2E5TCJ3.js";
import "./chunks/chunk-I4SHNQEC.js";
import "./chunks/chunk-CJ7DZS37.js";
import "./chunks/chunk-MPC2C2CM.js";
import "./chunks/chunk-HN5S7QPZ.js";
import "./chunks/chunk-X4BHS5VY.js";
import "./chunks/chunk-EUHIGNXF.js";
import "./chunks/chunk-TZDPQ2RJ.js";
import "./chunks/chunk-5246H675.js";
export {
  PROJECT_URL,
  RULES,
  RULE_DOCS_BASE_URL,
  RULE_IDS,
  actionNames,
  applyStatementChanges,
  countsByService,
  createAwsClients,
  defaultConfig,
  editStatement,
  evaluateEntity,
  grantSetOf,
  hasAction,
  loadConfig,
  parseConfig,
  renderJson,
  renderSarif,
  renderText,
  ruleHelpUri,
  scan,
  sourceOf,
  unifiedDiff
};
//# sourceMappingURL=lib.js.map
