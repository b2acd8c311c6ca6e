import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  catalogCore,
  createCatalog,
  globMatch,
  loadCatalog
} from "./chunk-AHZI5S5D.js";
import "./chunk-5246H675.js";
export {
  catalogCore,
  createCatalog,
  globMatch,
  loadCatalog
};
//# sourceMappingURL=catalog-4R7MEKPE.js.map
