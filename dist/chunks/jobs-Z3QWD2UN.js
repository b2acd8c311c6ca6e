import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  JobFailedError,
  MAX_ITEMS,
  PollTiming,
  abortOption,
  asAwsCliOutput,
  awsCliDate,
  entitiesForService,
  runReportJob,
  toPlain
} from "./chunk-U7HWZH6S.js";
import "./chunk-GFKYLCAV.js";
import "./chunk-KCBKFKFM.js";
import "./chunk-CXI7UASZ.js";
import "./chunk-PSDFGU3R.js";
import "./chunk-MPC2C2CM.js";
import "./chunk-X4BHS5VY.js";
import "./chunk-TZDPQ2RJ.js";
import "./chunk-5246H675.js";
export {
  JobFailedError,
  MAX_ITEMS,
  PollTiming,
  abortOption,
  asAwsCliOutput,
  awsCliDate,
  entitiesForService,
  runReportJob,
  toPlain
};
//# sourceMappingURL=jobs-Z3QWD2UN.js.map
