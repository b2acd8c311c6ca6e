import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  catalogCore,
  loadCatalog
} from "./chunk-AHZI5S5D.js";
import {
  bundledDocument,
  isAwsManagedPolicyArn
} from "./chunk-I7PDZJUR.js";
import {
  statementsFromDocument
} from "./chunk-AVA5T5QB.js";
import {
  entityKey
} from "./chunk-7DYXPIMR.js";

// src/policy/catalog-index.ts
var CACHE_LIMIT = 2e4;
var indexes = /* @__PURE__ */ new WeakMap();
function catalogIndex(catalog) {
  let index = indexes.get(catalog);
  if (!index) {
    index = withMarks(catalogCore(catalog) ?? coreFromInterface(catalog));
    indexes.set(catalog, index);
  }
  return index;
}
function withMarks(core) {
  let stamp = 0;
  const granted = new Uint32Array(core.names.length);
  const scratch = new Uint32Array(core.names.length);
  const serviceMarks = new Uint32Array(core.serviceNames.length);
  return {
    ...core,
    granted,
    scratch,
    serviceMarks,
    nextStamp() {
      stamp++;
      if (stamp === 4294967295) {
        granted.fill(0);
        scratch.fill(0);
        serviceMarks.fill(0);
        stamp = 1;
      }
      return stamp;
    }
  };
}
function coreFromInterface(catalog) {
  const names = catalog.allActions();
  const serviceNames = [...new Set(names.map((name) => name.slice(0, name.indexOf(":"))))].sort();
  const serviceId = new Map(serviceNames.map((prefix, id) => [prefix, id]));
  const serviceOf = new Uint16Array(names.length);
  const position = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    position.set(name, i);
    serviceOf[i] = serviceId.get(name.slice(0, name.indexOf(":")));
  });
  const cache = /* @__PURE__ */ new Map();
  return {
    names,
    serviceOf,
    serviceNames,
    expandIndexes(pattern) {
      const cached = cache.get(pattern);
      if (cached !== void 0) return cached;
      const { actions, known } = catalog.expand(pattern);
      const found = [];
      for (const action of actions) {
        const i = position.get(action);
        if (i !== void 0) found.push(i);
      }
      const result = known ? Int32Array.from(found).sort() : null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(pattern, result);
      return result;
    }
  };
}

// src/policy/grants.ts
function grantsOf(entity, options = {}) {
  const catalog = options.catalog ?? loadCatalog();
  const index = catalogIndex(catalog);
  const documents = documentLookup(options);
  const managed = managedPolicyStatements(entity, documents);
  const statements = managed.statements.length === 0 ? entity.statements : [...entity.statements, ...managed.statements];
  let expansion = expandStatements(index, catalog, statements);
  const boundary = boundaryOf(entity, documents);
  if (boundary.statements) {
    const allowed = new Set(expandStatements(index, catalog, boundary.statements).indexes);
    expansion = restrict(index, expansion, allowed);
  }
  const { indexes: indexes2, actions, services, unknownActions } = expansion;
  const unknownActionSources = {};
  for (const written of unknownActions) unknownActionSources[written] = firstWritten(statements, written);
  const grants = { services, actions, unknownActions, unknownActionSources };
  defineLazy(grants, "sources", () => sourcesOf(index, statements, indexes2));
  const diagnostics = [...managed.diagnostics, ...boundary.diagnostics];
  if (diagnostics.length > 0) grants.diagnostics = diagnostics;
  if (entity.managedPolicyArns.length > 0) grants.managedPolicySources = managed.sources;
  if (entity.permissionsBoundary) {
    grants.boundary = {
      arn: entity.permissionsBoundary.arn,
      source: boundary.source,
      applied: boundary.statements !== null
    };
  }
  return grants;
}
function documentLookup(options) {
  const given = options.managedPolicyDocuments;
  const label = options.managedPolicySource ?? "live";
  const bundled = options.bundledPolicies ?? null;
  return (arn) => {
    if (given?.has(arn)) return { document: given.get(arn), source: label };
    if (bundled && isAwsManagedPolicyArn(arn)) {
      const document = bundledDocument(bundled, arn);
      if (document !== void 0) return { document, source: bundled.label };
    }
    return null;
  };
}
function boundaryOf(entity, documents) {
  const boundary = entity.permissionsBoundary;
  if (!boundary) return { statements: null, source: null, diagnostics: [] };
  if (boundary.statements) return { statements: boundary.statements, source: "code", diagnostics: [] };
  const found = boundary.arn ? documents(boundary.arn) : null;
  if (!found) return { statements: null, source: null, diagnostics: [] };
  const name = boundary.arn.slice(boundary.arn.lastIndexOf("/") + 1);
  const read = statementsFromDocument(found.document, boundary.location, name);
  const diagnostics = read.diagnostics.map((d) => ({
    ...d,
    message: `permissions boundary ${boundary.arn}: ${d.message}`,
    entity: entity.id
  }));
  return { statements: diagnostics.length > 0 ? null : read.statements, source: found.source, diagnostics };
}
function restrict(index, expansion, allowed) {
  const kept = expansion.indexes.filter((i) => allowed.has(i));
  const actions = Array.from(kept, (i) => index.names[i]);
  const services = [...new Set(Array.from(kept, (i) => index.serviceNames[index.serviceOf[i]]))].sort();
  const unknownServices = expansion.services.filter(
    (service) => !services.includes(service) && expansion.unknownActions.some((a) => a.toLowerCase().startsWith(`${service}:`))
  );
  return {
    indexes: kept,
    actions,
    services: [...services, ...unknownServices].sort(),
    unknownActions: expansion.unknownActions
  };
}
function collectGrants(head, base, options = {}) {
  const baseEntities = /* @__PURE__ */ new Map();
  for (const entity of base?.entities ?? []) baseEntities.set(entityKey(entity), entity);
  return head.entities.map((entity) => {
    const atBase = baseEntities.get(entityKey(entity));
    return { entity, grants: grantsOf(entity, options), base: atBase ? grantsOf(atBase, options) : null };
  });
}
function grantDiff(grants, base) {
  if (!base) {
    return {
      addedServices: [...grants.services],
      addedActions: [...grants.actions],
      removedServices: [],
      removedActions: []
    };
  }
  return {
    addedServices: difference(grants.services, base.services),
    addedActions: difference(grants.actions, base.actions),
    removedServices: difference(base.services, grants.services),
    removedActions: difference(base.actions, grants.actions)
  };
}
function managedPolicyStatements(entity, documents) {
  const statements = [];
  const diagnostics = [];
  const sources = {};
  for (const arn of entity.managedPolicyArns) {
    const found = documents(arn);
    sources[arn] = found?.source ?? null;
    if (!found) continue;
    const at = { file: entity.file, line: entity.line, path: entity.path };
    const policyName = arn.slice(arn.lastIndexOf("/") + 1) || arn;
    const read = statementsFromDocument(found.document, at, policyName);
    statements.push(...read.statements);
    for (const diagnostic of read.diagnostics) {
      diagnostics.push({
        ...diagnostic,
        message: `managed policy ${arn}: ${diagnostic.message}`,
        entity: entity.id
      });
    }
  }
  return { statements, diagnostics, sources };
}
function expandStatements(index, catalog, statements) {
  const allowStamp = index.nextStamp();
  const { granted: marks, scratch } = index;
  const grantedList = [];
  const unknown = /* @__PURE__ */ new Set();
  const denyPatterns = [];
  const denyNotPatterns = [];
  for (const statement of statements) {
    if (statement.effect === "Deny") {
      if (statement.hasCondition || statement.conditional || !statement.allResources) continue;
      if (statement.actions) {
        for (const a of statement.actions) if (!a.conditional) denyPatterns.push(a.pattern);
      } else if (statement.notActions) denyNotPatterns.push(statement.notActions.map((a) => a.pattern));
      continue;
    }
    if (statement.actions) {
      for (const action of statement.actions) {
        const matched = index.expandIndexes(action.pattern);
        if (matched === null) {
          unknown.add(action.pattern);
          continue;
        }
        for (let k = 0; k < matched.length; k++) {
          const i = matched[k];
          if (marks[i] !== allowStamp) {
            marks[i] = allowStamp;
            grantedList.push(i);
          }
        }
      }
    } else if (statement.notActions) {
      const excluded = index.nextStamp();
      for (const action of statement.notActions) {
        if (action.conditional) continue;
        const matched = index.expandIndexes(action.pattern);
        if (matched === null) {
          unknown.add(action.pattern);
          continue;
        }
        for (let k = 0; k < matched.length; k++) scratch[matched[k]] = excluded;
      }
      for (let i = 0; i < marks.length; i++) {
        if (scratch[i] !== excluded && marks[i] !== allowStamp) {
          marks[i] = allowStamp;
          grantedList.push(i);
        }
      }
    }
  }
  applyDenies(index, catalog, { patterns: denyPatterns, notPatterns: denyNotPatterns }, grantedList, unknown);
  return summarize(index, catalog, sortedGranted(index, grantedList, allowStamp), unknown);
}
function applyDenies(index, catalog, deny, grantedList, unknown) {
  if (deny.patterns.length === 0 && deny.notPatterns.length === 0) return;
  const { granted: marks, scratch } = index;
  for (const pattern of deny.patterns) {
    const matched = index.expandIndexes(pattern);
    if (matched) for (let k = 0; k < matched.length; k++) marks[matched[k]] = 0;
  }
  for (const notPatterns of deny.notPatterns) {
    const spared = index.nextStamp();
    for (const pattern of notPatterns) {
      const matched = index.expandIndexes(pattern);
      if (matched) for (let k = 0; k < matched.length; k++) scratch[matched[k]] = spared;
    }
    for (const i of grantedList) if (scratch[i] !== spared) marks[i] = 0;
  }
  for (const written of [...unknown]) {
    const denied = deny.patterns.some((pattern) => catalog.matches(pattern, written)) || deny.notPatterns.some((patterns) => !patterns.some((pattern) => catalog.matches(pattern, written)));
    if (denied) unknown.delete(written);
  }
}
function summarize(index, catalog, finalIndexes, unknown) {
  const actions = new Array(finalIndexes.length);
  const serviceStamp = index.nextStamp();
  const serviceIds = [];
  for (let k = 0; k < finalIndexes.length; k++) {
    const i = finalIndexes[k];
    actions[k] = index.names[i];
    const service = index.serviceOf[i];
    if (index.serviceMarks[service] !== serviceStamp) {
      index.serviceMarks[service] = serviceStamp;
      serviceIds.push(service);
    }
  }
  const unknownActions = [...unknown].sort();
  const services = serviceIds.sort((a, b) => a - b).map((id) => index.serviceNames[id]);
  const unknownServices = /* @__PURE__ */ new Set();
  for (const written of unknownActions) {
    const colon = written.indexOf(":");
    const prefix = colon > 0 ? written.slice(0, colon).toLowerCase() : "";
    if (prefix && catalog.hasService(prefix) && !services.includes(prefix)) unknownServices.add(prefix);
  }
  if (unknownServices.size > 0) {
    services.push(...unknownServices);
    services.sort();
  }
  return { indexes: finalIndexes, actions, services, unknownActions };
}
function firstWritten(statements, written) {
  for (const statement of statements) {
    if (statement.effect !== "Allow") continue;
    for (const action of statement.actions ?? statement.notActions ?? []) {
      if (action.pattern === written) return action.location;
    }
  }
  return void 0;
}
function sortedGranted(index, grantedList, allowStamp) {
  const marks = index.granted;
  if (grantedList.length > marks.length / 8) {
    const out2 = new Int32Array(grantedList.length);
    let n2 = 0;
    for (let i = 0; i < marks.length; i++) if (marks[i] === allowStamp) out2[n2++] = i;
    return out2.subarray(0, n2);
  }
  const out = new Int32Array(grantedList.length);
  let n = 0;
  for (const i of grantedList) if (marks[i] === allowStamp) out[n++] = i;
  return out.subarray(0, n).sort();
}
function sourcesOf(index, statements, finalIndexes) {
  const found = /* @__PURE__ */ new Map();
  for (const statement of statements) {
    if (statement.effect !== "Allow") continue;
    if (statement.actions) {
      for (const action of statement.actions) {
        const matched = index.expandIndexes(action.pattern);
        if (!matched) continue;
        for (let k = 0; k < matched.length; k++) {
          if (!found.has(matched[k])) found.set(matched[k], action.location);
        }
      }
    } else if (statement.notActions) {
      const excluded = /* @__PURE__ */ new Set();
      for (const action of statement.notActions) {
        if (action.conditional) continue;
        for (const i of index.expandIndexes(action.pattern) ?? []) excluded.add(i);
      }
      for (const i of finalIndexes) if (!excluded.has(i) && !found.has(i)) found.set(i, statement.location);
    }
  }
  const sources = {};
  for (const i of finalIndexes) sources[index.names[i]] = found.get(i);
  return sources;
}
function defineLazy(target, key, compute) {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    }
  });
}
function difference(from, minus) {
  const drop = new Set(minus);
  return from.filter((item) => !drop.has(item));
}

export {
  grantsOf,
  collectGrants,
  grantDiff
};
//# sourceMappingURL=chunk-DBWX2MR6.js.map
