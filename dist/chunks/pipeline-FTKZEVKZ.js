import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  defaultBase,
  gitRoot,
  scan
} from "./chunk-AW3WAMBI.js";
import "./chunk-DBCF3ZPN.js";
import "./chunk-QCY5WKFD.js";
import "./chunk-AHZI5S5D.js";
import "./chunk-WXNYHHEZ.js";
import "./chunk-GOWR6FY5.js";
import "./chunk-D2Q4HHSH.js";
import "./chunk-7ZSDB4WL.js";
import "./chunk-3ZBN673W.js";
import "./chunk-I7PDZJUR.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-VSRZYK5N.js";
import "./chunk-LCTBXZNW.js";
import "./chunk-GYYYICON.js";
import "./chunk-DLZWSG7O.js";
import "./chunk-AVA5T5QB.js";
import "./chunk-LQSF6SQI.js";
import "./chunk-XAKUAGXQ.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-3YVYB553.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";
export {
  defaultBase,
  gitRoot,
  scan
};
//# sourceMappingURL=pipeline-FTKZEVKZ.js.map
