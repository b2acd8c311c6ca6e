import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  CONFIG_FILES,
  defaultConfig,
  loadConfig,
  parseConfig,
  resolveConfig
} from "./chunk-746FJQ6Z.js";
import {
  RULE_IDS
} from "./chunk-VSRZYK5N.js";
import "./chunk-LCTBXZNW.js";
import "./chunk-GYYYICON.js";
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
//# sourceMappingURL=config-RFGBF7O4.js.map
