import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderSarif
} from "./chunks/chunk-WLP6K7VD.js";
import {
  renderText
} from "./chunks/chunk-U4HGA44S.js";
import {
  defaultConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-XIGT5RIT.js";
import {
  scan
} from "./chunks/chunk-7WYQUWMC.js";
import {
  evaluateEntity
} from "./chunks/chunk-UAR3PYWT.js";
import {
  RULE_IDS
} from "./chunks/chunk-VSRZYK5N.js";
import {
  RULES
} from "./chunks/chunk-3RC6NETE.js";
import {
  RULE_DOCS_BASE_URL,
  ruleHelpUri
} from "./chunks/chunk-GYYYICON.js";
import "./chunks/chunk-QCY5WKFD.js";
import "./chunks/chunk-AHZI5S5D.js";
import "./chunks/chunk-UHSRDC52.js";
import "./chunks/chunk-JLEY4YAM.js";
import "./chunks/chunk-WSHKJDWI.js";
import "./chunks/chunk-D2Q4HHSH.js";
import {
  renderJson
} from "./chunks/chunk-K5USLL66.js";
import {
  createAwsClients
} from "./chunks/chunk-MFBHBNZX.js";
import "./chunks/chunk-NQOGJUSM.js";
import "./chunks/chunk-I7PDZJUR.js";
import "./chunks/chunk-U7HWZH6S.js";
import "./chunks/chunk-GFKYLCAV.js";
import "./chunks/chunk-KCBKFKFM.js";
import "./chunks/chunk-CXI7UASZ.js";
import "./chunks/chunk-QHFRODWX.js";
import "./chunks/chunk-TB53CU5I.js";
import "./chunks/chunk-2LHEN3DN.js";
import "./chunks/chunk-LI4YSP5E.js";
import "./chunks/chunk-AVA5T5QB.js";
import "./chunks/chunk-LQSF6SQI.js";
import "./chunks/chunk-XAKUAGXQ.js";
import "./chunks/chunk-45UQPZI2.js";
import "./chunks/chunk-4ZWNXYQU.js";
import "./chunks/chunk-B726XDZN.js";
import "./chunks/chunk-I4SHNQEC.js";
import "./chunks/chunk-3YVYB553.js";
import "./chunks/chunk-X57SK2FJ.js";
import "./chunks/chunk-CFDJENM2.js";
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
