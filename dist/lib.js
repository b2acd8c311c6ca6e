import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  renderSarif
} from "./chunks/chunk-BGXKVOGY.js";
import {
  renderText
} from "./chunks/chunk-5NY2EQNA.js";
import {
  defaultConfig,
  loadConfig,
  parseConfig
} from "./chunks/chunk-VK4EGHCE.js";
import {
  scan
} from "./chunks/chunk-J2WSRQKM.js";
import {
  evaluateEntity
} from "./chunks/chunk-XGFZREJN.js";
import {
  RULES,
  RULE_IDS
} from "./chunks/chunk-E5TNWZM4.js";
import "./chunks/chunk-DBWX2MR6.js";
import "./chunks/chunk-AHZI5S5D.js";
import "./chunks/chunk-UHSRDC52.js";
import "./chunks/chunk-RYKVCKWL.js";
import "./chunks/chunk-FJDSAFLX.js";
import "./chunks/chunk-34HYMZTT.js";
import {
  renderJson
} from "./chunks/chunk-S6JKW5UF.js";
import {
  PROJECT_URL,
  RULE_DOCS_BASE_URL,
  ruleHelpUri
} from "./chunks/chunk-7JMSUVEL.js";
import {
  createAwsClients
} from "./chunks/chunk-MFBHBNZX.js";
import "./chunks/chunk-GAFWYLQA.js";
import "./chunks/chunk-I7PDZJUR.js";
import "./chunks/chunk-U7HWZH6S.js";
import "./chunks/chunk-GFKYLCAV.js";
import "./chunks/chunk-KCBKFKFM.js";
import "./chunks/chunk-CXI7UASZ.js";
import "./chunks/chunk-PHXZT7VU.js";
import "./chunks/chunk-TB53CU5I.js";
import "./chunks/chunk-GWIMUM7A.js";
import "./chunks/chunk-LI4YSP5E.js";
import "./chunks/chunk-AVA5T5QB.js";
import "./chunks/chunk-LQSF6SQI.js";
import "./chunks/chunk-7DYXPIMR.js";
import "./chunks/chunk-TVBOALRK.js";
import "./chunks/chunk-4ZWNXYQU.js";
import "./chunks/chunk-B726XDZN.js";
import "./chunks/chunk-I4SHNQEC.js";
import "./chunks/chunk-3YVYB553.js";
import "./chunks/chunk-FRFO6OVP.js";
import "./chunks/chunk-OQBSQNJP.js";
import "./chunks/chunk-HB4ODZJ7.js";
import "./chunks/chunk-ZJHMBUNX.js";
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
  PROJECT_URL,
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
