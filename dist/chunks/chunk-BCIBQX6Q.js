import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  inPartition,
  isAwsManagedPolicyArn
} from "./chunk-R5BDUPL3.js";
import {
  actionSetFromBits,
  actionSetFromWords,
  actionSetOfIndexes,
  countInRange,
  denseBits,
  difference,
  hasAction,
  indexOfAction,
  intersection,
  intersects,
  patternActions,
  servicesOf
} from "./chunk-3AEIT2PU.js";
import {
  statementsFromDocument
} from "./chunk-RNEN3ZF3.js";
import {
  entityKey
} from "./chunk-YGTLDSZU.js";
import {
  catalogCore,
  loadCatalog
} from "./chunk-AHZI5S5D.js";

// src/policy/catalog-index.ts
var CACHE_LIMIT = 2e4;
var spaces = /* @__PURE__ */ new WeakMap();
function actionSpace(catalog) {
  let space = spaces.get(catalog);
  if (!space) {
    space = spaceOf(catalogCore(catalog) ?? coreFromInterface(catalog));
    spaces.set(catalog, space);
  }
  return space;
}
function spaceOf(core) {
  const services = core.serviceNames.length;
  const serviceStart = new Int32Array(services).fill(-1);
  const serviceEnd = new Int32Array(services);
  core.serviceOf.forEach((service, i) => {
    if (serviceStart[service] === -1) serviceStart[service] = i;
    serviceEnd[service] = i + 1;
  });
  for (let s = 0; s < services; s++) if (serviceStart[s] === -1) serviceStart[s] = serviceEnd[s] = 0;
  const ids = new Map(core.serviceNames.map((prefix, id) => [prefix, id]));
  return Object.freeze({
    names: core.names,
    serviceNames: core.serviceNames,
    serviceOf: core.serviceOf,
    serviceStart,
    serviceEnd,
    wordCount: Math.ceil(core.names.length / 32),
    serviceId: (prefix) => ids.get(prefix.toLowerCase()),
    expandIndexes: core.expandIndexes
  });
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

// src/policy/managed-policies.ts
import { gunzipSync } from "node:zlib";
function bundledKey(arn) {
  return inPartition(arn, "aws");
}
function bundledDocument(bundled, arn) {
  const key = bundledKey(arn);
  const exact = bundled.documents.get(key);
  if (exact !== void 0) return exact;
  const rest = key.slice("arn:aws:iam::aws:policy/".length);
  if (rest.includes("/")) return void 0;
  const byName = bundled.arnsByName.get(rest.toLowerCase());
  return byName === void 0 ? void 0 : bundled.documents.get(byName);
}
function needsBundledPolicies(entities) {
  for (const entity of entities) {
    if (entity.managedPolicyArns.some(isAwsManagedPolicyArn)) return true;
    const boundary = entity.permissionsBoundary?.arn;
    if (boundary && isAwsManagedPolicyArn(boundary)) return true;
  }
  return false;
}
var loading = null;
function loadBundledPolicies() {
  loading ??= (async () => {
    const module = await import("./managed-policies.data-JXBXGMW6.js");
    const data = module.default;
    const documents = JSON.parse(
      gunzipSync(Buffer.from(data.documents, "base64")).toString("utf8")
    );
    const arnsByName = /* @__PURE__ */ new Map();
    for (const arn of Object.keys(documents))
      arnsByName.set(arn.slice(arn.lastIndexOf("/") + 1).toLowerCase(), arn);
    return {
      arnsByName,
      label: `bundled ${data.dataDate}`,
      source: data.source,
      version: data.version,
      dataDate: data.dataDate,
      documents: new Map(Object.entries(documents))
    };
  })();
  return loading;
}
async function bundledPoliciesFor(entities) {
  return needsBundledPolicies(entities) ? loadBundledPolicies() : null;
}

// src/policy/grants.ts
function grantsOf(entity, options = {}) {
  const catalog = options.catalog ?? loadCatalog();
  const space = actionSpace(catalog);
  const documents = documentLookup(options);
  const managed = managedPolicyStatements(entity, documents);
  const statements = managed.statements.length === 0 ? entity.statements : [...entity.statements, ...managed.statements];
  let expansion = expandStatements(space, catalog, statements);
  const boundary = boundaryOf(entity, documents);
  if (boundary.statements) {
    expansion = restrict(expansion, expandStatements(space, catalog, boundary.statements).actions);
  }
  const { actions, services, unknownActions } = expansion;
  const unknownActionSources = {};
  for (const written of unknownActions) unknownActionSources[written] = firstWritten(statements, written);
  const grants = {
    services,
    actions,
    unknownActions,
    sources: options.attribute === false ? [] : sourcesOf(space, statements, actions),
    unknownActionSources
  };
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
function grantSetOf(written, options = {}) {
  const catalog = options.catalog ?? loadCatalog();
  const space = actionSpace(catalog);
  const byPlace = /* @__PURE__ */ new Map();
  const known = [];
  const unknown = /* @__PURE__ */ new Set();
  const unknownActionSources = {};
  for (const [name, location] of Object.entries(written)) {
    const i = indexOfAction(space, name);
    if (i === void 0) {
      unknown.add(name);
      unknownActionSources[name] = location;
      continue;
    }
    known.push(i);
    const place = `${location.file}\0${location.line}\0${location.path}`;
    const entry = byPlace.get(place) ?? { location, indexes: [] };
    entry.indexes.push(i);
    byPlace.set(place, entry);
  }
  const { actions, services, unknownActions } = summarize(catalog, actionSetOfIndexes(space, known), unknown);
  return {
    services,
    actions,
    unknownActions,
    sources: [...byPlace.values()].map(({ location, indexes }) => ({
      location,
      actions: actionSetOfIndexes(space, indexes)
    })),
    unknownActionSources
  };
}
function earliestSourceIn(grants, start, end) {
  let best = null;
  for (const { location, actions } of grants.sources) {
    if (best && (location.file > best.file || location.file === best.file && location.line >= best.line)) {
      continue;
    }
    if (countInRange(actions, start, end) > 0) best = location;
  }
  return best;
}
function sourceOf(grants, action) {
  return grants.sources.find((source) => hasAction(source.actions, action))?.location;
}
function earliestSource(grants, actions) {
  let best = null;
  for (const { location, actions: granted } of grants.sources) {
    if (best && (location.file > best.file || location.file === best.file && location.line >= best.line)) {
      continue;
    }
    if (intersects(granted, actions)) best = location;
  }
  return best;
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
function restrict(expansion, allowed) {
  const actions = intersection(expansion.actions, allowed);
  const services = servicesOf(actions);
  const unknownServices = expansion.services.filter(
    (service) => !services.includes(service) && expansion.unknownActions.some((a) => a.toLowerCase().startsWith(`${service}:`))
  );
  return {
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
      addedActions: grants.actions,
      removedServices: [],
      removedActions: difference(grants.actions, grants.actions)
    };
  }
  return {
    addedServices: without(grants.services, base.services),
    addedActions: difference(grants.actions, base.actions),
    removedServices: without(base.services, grants.services),
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
function orInto(dense, set) {
  const { words, offset } = set;
  for (let k = 0; k < words.length; k++) dense[offset + k] |= words[k];
}
function clearFrom(dense, set, keep = false) {
  if (!keep) {
    const { words, offset } = set;
    for (let k = 0; k < words.length; k++) dense[offset + k] &= ~words[k];
    return;
  }
  for (let k = 0; k < dense.length; k++) {
    const j = k - set.offset;
    dense[k] &= j >= 0 && j < set.words.length ? set.words[j] : 0;
  }
}
function orComplement(space, dense, excluded) {
  for (let k = 0; k < dense.length; k++) dense[k] |= ~excluded[k];
  const tail = space.names.length & 31;
  if (tail !== 0) dense[dense.length - 1] &= (1 << tail) - 1;
}
function expandStatements(space, catalog, statements) {
  const granted = denseBits(space);
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
        const matched = patternActions(space, action.pattern);
        if (matched === null) unknown.add(action.pattern);
        else orInto(granted, matched);
      }
    } else if (statement.notActions) {
      const excluded = denseBits(space);
      for (const action of statement.notActions) {
        if (action.conditional) continue;
        const matched = patternActions(space, action.pattern);
        if (matched === null) unknown.add(action.pattern);
        else orInto(excluded, matched);
      }
      orComplement(space, granted, excluded);
    }
  }
  applyDenies(space, catalog, { patterns: denyPatterns, notPatterns: denyNotPatterns }, granted, unknown);
  return summarize(catalog, actionSetFromBits(space, granted), unknown);
}
function applyDenies(space, catalog, deny, granted, unknown) {
  if (deny.patterns.length === 0 && deny.notPatterns.length === 0) return;
  for (const pattern of deny.patterns) {
    const matched = patternActions(space, pattern);
    if (matched) clearFrom(granted, matched);
  }
  for (const notPatterns of deny.notPatterns) {
    const spared = denseBits(space);
    for (const pattern of notPatterns) {
      const matched = patternActions(space, pattern);
      if (matched) orInto(spared, matched);
    }
    for (let k = 0; k < granted.length; k++) granted[k] &= spared[k];
  }
  for (const written of [...unknown]) {
    const denied = deny.patterns.some((pattern) => catalog.matches(pattern, written)) || deny.notPatterns.some((patterns) => !patterns.some((pattern) => catalog.matches(pattern, written)));
    if (denied) unknown.delete(written);
  }
}
function summarize(catalog, actions, unknown) {
  const unknownActions = [...unknown].sort();
  const services = servicesOf(actions);
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
  return { actions, services, unknownActions };
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
function sourcesOf(space, statements, granted) {
  const left = denseBits(space);
  orInto(left, granted);
  let remaining = granted.size;
  const sources = [];
  const take = (location, candidates) => {
    let actions;
    if (candidates instanceof Uint32Array) {
      const taken = denseBits(space);
      for (let k = 0; k < left.length; k++) taken[k] = left[k] & candidates[k];
      actions = actionSetFromBits(space, taken);
    } else {
      const { words, offset } = candidates;
      const taken = new Uint32Array(words.length);
      for (let k = 0; k < words.length; k++) taken[k] = left[offset + k] & words[k];
      actions = actionSetFromWords(space, taken, offset);
    }
    if (actions.size === 0) return;
    clearFrom(left, actions);
    remaining -= actions.size;
    sources.push({ location, actions });
  };
  for (const statement of statements) {
    if (remaining === 0) break;
    if (statement.effect !== "Allow") continue;
    if (statement.actions) {
      for (const action of statement.actions) {
        const matched = patternActions(space, action.pattern);
        if (matched) take(action.location, matched);
      }
    } else if (statement.notActions) {
      const excluded = denseBits(space);
      for (const action of statement.notActions) {
        if (action.conditional) continue;
        const matched = patternActions(space, action.pattern);
        if (matched) orInto(excluded, matched);
      }
      const allowed = denseBits(space);
      orComplement(space, allowed, excluded);
      take(statement.location, allowed);
    }
  }
  return sources;
}
function without(from, minus) {
  const drop = new Set(minus);
  return from.filter((item) => !drop.has(item));
}

export {
  bundledPoliciesFor,
  grantsOf,
  grantSetOf,
  earliestSourceIn,
  sourceOf,
  earliestSource,
  collectGrants,
  grantDiff
};
//# sourceMappingURL=chunk-BCIBQX6Q.js.map
