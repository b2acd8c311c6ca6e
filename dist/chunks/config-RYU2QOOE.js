import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  CONFIG_FILES,
  defaultConfig,
  loadConfig,
  parseConfig,
  resolveConfig
} from "./chunk-BLBIC3QG.js";
import {
  RULE_IDS
} from "./chunk-K6FW2VPH.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-LI4YSP5E.js";
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
//# sourceMappingURL=config-RYU2QOOE.js.map
