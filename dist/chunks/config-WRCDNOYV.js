import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  CONFIG_FILES,
  defaultConfig,
  loadConfig,
  parseConfig,
  resolveConfig
} from "./chunk-2ILROO6H.js";
import "./chunk-7F5SETJ2.js";
import {
  RULE_IDS
} from "./chunk-EH4WMMHW.js";
import "./chunk-WCRLFVKF.js";
import "./chunk-UXVVM6MZ.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-KSHENU5L.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-AVA5T5QB.js";
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
//# sourceMappingURL=config-WRCDNOYV.js.map
