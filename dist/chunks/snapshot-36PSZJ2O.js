import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  buildSnapshot,
  mergeSnapshots,
  readSnapshot
} from "./chunk-3ZBN673W.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-XAKUAGXQ.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  buildSnapshot,
  mergeSnapshots,
  readSnapshot
};
//# sourceMappingURL=snapshot-36PSZJ2O.js.map
