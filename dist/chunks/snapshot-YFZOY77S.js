import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  buildSnapshot,
  mergeSnapshots,
  readSnapshot
} from "./chunk-XXL7SZUN.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-7DYXPIMR.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  buildSnapshot,
  mergeSnapshots,
  readSnapshot
};
//# sourceMappingURL=snapshot-YFZOY77S.js.map
