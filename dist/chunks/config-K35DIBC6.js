import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  CONFIG_FILES,
  defaultConfig,
  loadConfig,
  parseConfig,
  resolveConfig
} from "./chunk-VK4EGHCE.js";
import {
  RULE_IDS
} from "./chunk-E5TNWZM4.js";
import "./chunk-7JMSUVEL.js";
import "./chunk-TB53CU5I.js";
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
//# sourceMappingURL=config-K35DIBC6.js.map
