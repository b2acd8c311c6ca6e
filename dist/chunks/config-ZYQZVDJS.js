import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  CONFIG_FILES,
  defaultConfig,
  loadConfig,
  parseConfig,
  resolveConfig
} from "./chunk-DMSFA5LC.js";
import "./chunk-7F5SETJ2.js";
import {
  RULE_IDS
} from "./chunk-HT42X5HL.js";
import "./chunk-UXVVM6MZ.js";
import "./chunk-SMRU6VXP.js";
import "./chunk-KXETMDSJ.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-OUXZ3H3A.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-3YVYB553.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  CONFIG_FILES,
  RULE_IDS,
  defaultConfig,
  loadConfig,
  parseConfig,
  resolveConfig
};
//# sourceMappingURL=config-ZYQZVDJS.js.map
