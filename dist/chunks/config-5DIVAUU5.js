import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  CONFIG_FILES,
  defaultConfig,
  loadConfig,
  parseConfig,
  resolveConfig
} from "./chunk-KJEVN6H4.js";
import "./chunk-7F5SETJ2.js";
import {
  RULE_IDS
} from "./chunk-BZXH3H6A.js";
import "./chunk-UXVVM6MZ.js";
import "./chunk-V7SWP2R4.js";
import "./chunk-SJDF7XY7.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-TB53CU5I.js";
import "./chunk-KSHENU5L.js";
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
//# sourceMappingURL=config-5DIVAUU5.js.map
