import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  DAY_MS
} from "./chunk-TB53CU5I.js";
import {
  sameActions
} from "./chunk-3AEIT2PU.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  beyondSelectionNotice,
  dirOf,
  isAssemblyManifest,
  joinFile,
  readBeyondSelection,
  readIac,
  selection
} from "./chunk-FAT564BU.js";
import {
  classifyDocument,
  parseDocument
} from "./chunk-UOMHYEC4.js";
import {
  parseStructured
} from "./chunk-GWTX56C5.js";
import {
  isRecord
} from "./chunk-RNEN3ZF3.js";
import {
  minimatch
} from "./chunk-LQSF6SQI.js";
import {
  entityKey,
  scopedSuppressions
} from "./chunk-YGTLDSZU.js";
import {
  commitDate,
  firstParentBefore,
  resolveRevisions
} from "./chunk-DO6KVWFY.js";
import {
  assertRef,
  isRegularFile,
  isSymlink
} from "./chunk-F477O3MP.js";
import {
  PRUNED_FOLDERS,
  isInside,
  isUnder,
  normalizeRelative,
  worktreeSource
} from "./chunk-I3FEX5NO.js";
import {
  UserError
} from "./chunk-PSDFGU3R.js";

// src/change/index.ts
import { statSync } from "node:fs";
import { lstat } from "node:fs/promises";
import path2 from "node:path";

// src/change/assembly.ts
var MAX_DEPTH = 8;
function parseEnvironment(environment2) {
  const match = typeof environment2 === "string" ? /^aws:\/\/([^/]+)\/(.+)$/.exec(environment2) : null;
  const account = match?.[1] && /^\d{12}$/.test(match[1]) ? match[1] : null;
  const region = match?.[2] && !match[2].startsWith("unknown-") ? match[2] : null;
  return { account, region };
}
async function assemblyStacks(source, manifestFile, depth = 0) {
  const text = await source.read(manifestFile).catch(() => null);
  if (text === null) return [];
  const parsed = parseStructured(text, true);
  if (!parsed.ok || !isAssemblyManifest(parsed.value)) return [];
  const dir = dirOf(manifestFile);
  const stacks = [];
  for (const [id, artifact] of Object.entries(parsed.value["artifacts"])) {
    if (!isRecord(artifact)) continue;
    const properties = isRecord(artifact["properties"]) ? artifact["properties"] : {};
    if (artifact["type"] === "aws:cloudformation:stack" && typeof properties["templateFile"] === "string") {
      stacks.push({
        stackName: typeof properties["stackName"] === "string" ? properties["stackName"] : id,
        templateFile: joinFile(dir, properties["templateFile"]),
        ...parseEnvironment(artifact["environment"])
      });
    } else if (artifact["type"] === "cdk:cloud-assembly" && typeof properties["directoryName"] === "string" && depth < MAX_DEPTH) {
      const nested = joinFile(joinFile(dir, properties["directoryName"]), "manifest.json");
      stacks.push(...await assemblyStacks(source, nested, depth + 1));
    }
  }
  return stacks;
}

// src/change/touched.ts
var PLACE_KEYS = /* @__PURE__ */ new Set(["file", "line", "column", "path", "location", "constructPath", "suppressions"]);
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const key of Object.keys(value).sort()) {
    if (PLACE_KEYS.has(key)) continue;
    const child = value[key];
    if (child !== void 0) out[key] = canonical(child);
  }
  return out;
}
function entityText(entity) {
  return JSON.stringify(canonical(entity));
}
function sameGrants(a, b) {
  const same = (x, y) => x.length === y.length && x.every((v, i) => v === y[i]);
  return sameActions(a.actions, b.actions) && same([...a.unknownActions].sort(), [...b.unknownActions].sort());
}
function touchedEntities(granted, bases, baseEntities) {
  const touched = /* @__PURE__ */ new Set();
  for (const g of granted) {
    const key = entityKey(g.entity);
    const base = bases.get(key);
    const atBase = baseEntities.get(key);
    if (!base || base.source === "none" || !g.base || !atBase) touched.add(key);
    else if (!sameGrants(g.grants, g.base)) touched.add(key);
    else if (entityText(atBase) !== entityText(g.entity)) touched.add(key);
  }
  return touched;
}

// src/change/attached.ts
var NAME_RUN = /[A-Za-z0-9+=,.@_-]+/g;
function joinableName(name) {
  if (name === null || !/^[A-Za-z0-9+=,.@_-]{1,128}$/.test(name)) return null;
  return name.toLowerCase();
}
function namesWritten(text) {
  const out = /* @__PURE__ */ new Set();
  for (const run of text.matchAll(NAME_RUN)) if (run[0].length <= 128) out.add(run[0].toLowerCase());
  return out;
}
var JOINED_KINDS = /* @__PURE__ */ new Set(["role", "user", "group"]);
function slot(e, name) {
  return `${e.kind}
${name}`;
}
function union(a, b) {
  const out = [...a];
  for (const item of b) if (!out.includes(item)) out.push(item);
  return out;
}
function carried(from) {
  return from.suppressions.map(
    (s) => s.scope === null ? scopedSuppressions([s], from.id, from.statements)[0] : s
  );
}
function folded(into, from) {
  const ordered = [...from].sort((a, b) => entityKey(a).localeCompare(entityKey(b)));
  return {
    ...into,
    statements: [...into.statements, ...ordered.flatMap((e) => e.statements)],
    managedPolicyArns: ordered.reduce((arns, e) => union(arns, e.managedPolicyArns), into.managedPolicyArns),
    groups: ordered.reduce((groups, e) => union(groups, e.groups), into.groups),
    unknowns: [...into.unknowns, ...ordered.flatMap((e) => e.unknowns)],
    suppressions: [...into.suppressions, ...ordered.flatMap(carried)]
  };
}
async function joinAcrossFiles(entities, mentions) {
  const declared = /* @__PURE__ */ new Map();
  const named = [];
  for (const e of entities) {
    const name = JOINED_KINDS.has(e.kind) ? joinableName(e.name) : null;
    if (name === null) continue;
    if (e.namedOnly) named.push({ entity: e, name });
    else declared.set(slot(e, name), [...declared.get(slot(e, name)) ?? [], e]);
  }
  const links = /* @__PURE__ */ new Map();
  const into = /* @__PURE__ */ new Map();
  for (const { entity, name } of named) {
    const candidates = (declared.get(slot(entity, name)) ?? []).filter((d) => d.file !== entity.file);
    if (candidates.length === 0 || !await mentions(entity.file, name)) continue;
    const writing = [];
    for (const d of candidates) if (await mentions(d.file, name)) writing.push(d);
    if (writing.length === 0) continue;
    links.set(entityKey(entity), writing.map(entityKey));
    for (const target of writing) into.set(target, [...into.get(target) ?? [], entity]);
  }
  if (links.size === 0) return { entities, links };
  const out = [];
  for (const e of entities) {
    if (links.has(entityKey(e))) continue;
    const from = into.get(e);
    out.push(from ? folded(e, from) : e);
  }
  return { entities: out, links };
}
async function joinBases(chosen, gitBase, headKeys, mentions) {
  const chosenKeys = new Set(chosen.map(entityKey));
  const chosenTexts = new Set(chosen.map(entityText));
  const gone = gitBase.filter(
    (e) => !headKeys.has(entityKey(e)) && !chosenKeys.has(entityKey(e)) && !chosenTexts.has(entityText(e))
  );
  if (!chosen.concat(gone).some((e) => e.namedOnly)) return chosen;
  const joined2 = await joinAcrossFiles([...chosen, ...gone], mentions);
  return joined2.entities.filter((e) => chosenKeys.has(entityKey(e)));
}

// src/change/bases.ts
function identitiesOf(entity) {
  const out = [];
  if (entity.name) out.push(`${entity.kind}
${entity.name.toLowerCase()}`);
  if (entity.arn) out.push(`arn
${entity.arn.toLowerCase()}`);
  return out;
}
function byIdentity(entities) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entities) {
    for (const identity of identitiesOf(e)) {
      const list = out.get(identity) ?? [];
      if (!list.includes(e)) list.push(e);
      out.set(identity, list);
    }
  }
  return out;
}
function unionAsBase(head, from) {
  const declared = from.find((e) => !e.id.startsWith(`${e.kind}/`) && !e.id.includes("@")) ?? from[0];
  const unique = (lists) => [...new Set(lists.flat())];
  return {
    ...declared,
    id: head.id,
    file: head.file,
    statements: from.flatMap((e) => e.statements),
    managedPolicyArns: unique(from.map((e) => e.managedPolicyArns)),
    groups: unique(from.map((e) => e.groups)),
    unknowns: from.flatMap((e) => e.unknowns),
    suppressions: from.flatMap((e) => e.suppressions)
  };
}
function pairedByIdentity(entity, candidate) {
  if (!candidate.identities) return [];
  const found = [];
  for (const identity of identitiesOf(entity)) {
    for (const e of candidate.identities.get(identity) ?? []) if (!found.includes(e)) found.push(e);
  }
  return found.filter((e) => e.kind === entity.kind);
}
function chooseBases(head, candidates) {
  const entities = [];
  const bases = /* @__PURE__ */ new Map();
  const identities = /* @__PURE__ */ new Map();
  for (const entity of head) {
    const key = entityKey(entity);
    const holder = candidates.find((c) => c.entities.has(key));
    if (holder) {
      entities.push(holder.entities.get(key));
      bases.set(key, { source: holder.source, existed: true });
      continue;
    }
    let paired = false;
    for (const candidate of candidates) {
      const from = pairedByIdentity(entity, candidate);
      if (from.length === 0) continue;
      entities.push(unionAsBase(entity, from));
      bases.set(key, { source: candidate.source, existed: true });
      identities.set(key, { source: candidate.source, from });
      paired = true;
      break;
    }
    if (paired) continue;
    const answering = candidates.find((c) => c.answers(entity));
    bases.set(
      key,
      answering ? { source: answering.source, existed: false } : { source: "none", existed: false }
    );
  }
  return { entities, bases, byIdentity: identities };
}
function byKey(entities) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entities) out.set(entityKey(e), e);
  return out;
}
function movedEntities(head, base, origins, renames = /* @__PURE__ */ new Map()) {
  const paired = /* @__PURE__ */ new Map();
  const headFiles = new Set(head.files);
  const baseKeys = new Set(base.entities.map(entityKey));
  const gone = /* @__PURE__ */ new Map();
  for (const e of base.entities) {
    if (headFiles.has(e.file)) continue;
    const candidates = gone.get(`${e.kind}
${e.id}`) ?? [];
    candidates.push(e);
    gone.set(`${e.kind}
${e.id}`, candidates);
  }
  for (const e of head.entities) {
    const key = entityKey(e);
    if (baseKeys.has(key)) continue;
    const candidates = gone.get(`${e.kind}
${e.id}`) ?? [];
    const from = renames.get(e.file);
    const renamed = from === void 0 ? [] : e.format === "policy" ? base.entities.filter((c) => c.file === from && c.format === "policy" && !headFiles.has(c.file)) : candidates.filter((c) => c.file === from);
    const match = renamed.length === 1 ? renamed[0] : candidates.length === 1 ? candidates[0] : void 0;
    if (match) {
      paired.set(key, { ...match, file: e.file, id: e.id });
      origins?.set(key, entityKey(match));
    }
  }
  return paired;
}
function artifactMatcher(artifact, declaredStacks = []) {
  const stackKey = (e) => e.stackName ? `stack
${e.stackName}
${e.kind}
${e.id}` : null;
  const tfKey = (e) => e.format === "terraform" ? `tf
${e.kind}
${e.id}` : null;
  const byStack = /* @__PURE__ */ new Map();
  const byAddress = /* @__PURE__ */ new Map();
  const stacks = new Set(declaredStacks);
  let terraform = false;
  for (const e of artifact) {
    const s = stackKey(e);
    if (s) byStack.set(s, e);
    if (e.stackName) stacks.add(e.stackName);
    const t = tfKey(e);
    if (t) {
      byAddress.set(t, e);
      terraform = true;
    }
  }
  const fileMatch = (headFile, artifactFile) => headFile === artifactFile || headFile.endsWith(`/${artifactFile}`);
  const plain = artifact.filter((e) => !e.stackName && e.format !== "terraform");
  return {
    entities(head) {
      const out = /* @__PURE__ */ new Map();
      for (const h of head) {
        const s = stackKey(h);
        const t = tfKey(h);
        const found = (s ? byStack.get(s) : void 0) ?? (t ? byAddress.get(t) : void 0) ?? (() => {
          const matches = plain.filter(
            (a) => a.kind === h.kind && a.id === h.id && fileMatch(h.file, a.file)
          );
          return matches.length === 1 ? matches[0] : void 0;
        })();
        if (found) out.set(entityKey(h), { ...found, file: h.file });
      }
      return out;
    },
    answers: (e) => e.stackName !== null && stacks.has(e.stackName) || e.format === "terraform" && terraform || plain.some((a) => fileMatch(e.file, a.file))
  };
}

// src/change/deployed.ts
var TRANSFORM = /(^|\n)\s*"?Transform"?\s*:/;
function environment(account, region) {
  return `aws://${account ?? "caller-account"}/${region}`;
}
async function deployedBases(targets, head, fetch, parameters) {
  const bases = /* @__PURE__ */ new Map();
  const diagnostics = [];
  await Promise.all(
    targets.map(async (target) => {
      const text = await head.read(target.file).catch(() => null) ?? "";
      const stage = TRANSFORM.test(text) ? "Original" : "Processed";
      let answer;
      try {
        answer = await fetch({
          stackName: target.stackName,
          account: target.account,
          region: target.region,
          stage
        });
      } catch (error) {
        answer = { status: "failed", reason: error instanceof Error ? error.message : String(error) };
      }
      if (answer.status !== "found") {
        bases.set(target.file, {
          target,
          status: answer.status,
          entities: [],
          description: answer.status === "absent" ? `the deployed stack ${target.stackName}: it does not exist yet, so its entities are new` : `the deployed stack ${target.stackName}: its template could not be had`,
          reason: answer.reason
        });
        return;
      }
      const json = answer.body.trimStart().startsWith("{");
      const shown = `deployed stack ${target.stackName}.${json ? "json" : "yaml"}`;
      const parameterValues = target.cdk ? void 0 : parameters?.(target.file);
      const parsed = parseDocument(
        shown,
        answer.body,
        target.cdk ? { stackName: target.stackName, constructPaths: /* @__PURE__ */ new Map() } : void 0,
        parameterValues ? { parameterValues } : {}
      );
      for (const d of parsed.diagnostics) {
        if (d.severity === "error") {
          diagnostics.push({
            ...d,
            severity: "warning",
            file: target.file,
            message: `the deployed template of stack ${target.stackName}: ${d.message}`
          });
        }
      }
      bases.set(target.file, {
        target,
        status: "found",
        entities: parsed.entities.map((e) => ({ ...e, file: target.file })),
        description: `the deployed stack ${target.stackName} (${environment(answer.account, answer.region)}), ${answer.stage} template fetched ${answer.fetchedAt.slice(0, 10)}`,
        reason: null
      });
    })
  );
  return { bases, diagnostics };
}

// src/change/sources.ts
function under(file, spec) {
  return spec === "" || file === spec || file.startsWith(`${spec}/`);
}
function treeSource(git, label, listTree, prefix = "") {
  const root = normalizeRelative(prefix);
  const full = (file) => root === "" ? file : `${root}/${file}`;
  let tree = null;
  const load = () => {
    tree ??= listTree().catch((error) => {
      throw new UserError(`cannot list files of the ${label}: ${error.message}`);
    });
    return tree;
  };
  const entryOf = async (file) => {
    const relative = normalizeRelative(file);
    if (!isInside(relative) || relative === "") return void 0;
    const entry = (await load()).get(full(relative));
    return isRegularFile(entry) ? entry : void 0;
  };
  return {
    label,
    async list(paths) {
      const specs = (paths.length > 0 ? paths : ["."]).map(normalizeRelative).filter(isInside);
      if (specs.length === 0) return [];
      const out = [];
      for (const [file, entry] of await load()) {
        if (!isRegularFile(entry)) continue;
        if (root !== "" && !under(file, root)) continue;
        const relative = root === "" ? file : file.slice(root.length + 1);
        if (specs.some((spec) => under(relative, spec))) out.push(relative);
      }
      return out.sort();
    },
    async read(file) {
      const entry = await entryOf(file);
      if (!entry) return null;
      const bytes = await git.blob(entry.oid);
      return bytes === null ? null : bytes.toString("utf8");
    },
    async size(file) {
      const entry = await entryOf(file);
      if (!entry) return null;
      return entry.size ?? await git.blobSize(entry.oid);
    }
  };
}
function commitSource(git, commit, prefix = "", label = `git ref ${commit}`) {
  assertRef(commit);
  return treeSource(git, label, () => git.tree(commit), prefix);
}
function indexSource(git, prefix = "") {
  return treeSource(git, "git index", () => git.index(), prefix);
}

// src/change/namesakes.ts
function literalName(entity) {
  const name = entity.name;
  return name && name.length >= 3 && !name.includes("${") ? name : null;
}
async function namesakesAtBase(git, commit, unmatched, alreadyRead, paths, options) {
  const names = [...new Set(unmatched.map(literalName).filter((n) => n !== null))];
  if (names.length === 0) return [];
  const { onlyFiles: _scoped, ...unscoped } = options;
  const selected = selection(unscoped);
  const files = (await git.filesContaining(commit, names, paths)).filter(
    (f) => !alreadyRead.has(f) && selected(f)
  );
  if (files.length === 0) return [];
  const read = await readIac(
    commitSource(git, commit, "", `git base ${commit.slice(0, 12)}`),
    files,
    unscoped
  );
  const wanted = new Set(unmatched.flatMap(identitiesOf));
  return read.entities.filter((e) => identitiesOf(e).some((id) => wanted.has(id)));
}

// src/change/paths.ts
import { existsSync, lstatSync, readFileSync } from "node:fs";
import path from "node:path";
function toPosix(p) {
  return p.split(path.sep).join("/");
}
async function resolvePaths(cwd, root, paths, exists) {
  const given = paths.length > 0 ? paths : ["."];
  const out = [];
  const missing = [];
  for (const p of given) {
    const relative = toPosix(path.relative(root, path.resolve(cwd, p)));
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      throw new UserError(`${p} lies outside the repository (${root}): name files or folders inside it`);
    }
    const normalized = relative === "" ? "." : relative;
    if (!await exists(normalized)) missing.push(p);
    out.push(normalized);
  }
  if (missing.length > 0) throw new UserError(`no such file or folder: ${missing.join(", ")}`);
  return out;
}
function existsInWorktree(root) {
  return async (relative) => {
    const absolute = path.join(root, relative);
    if (existsSync(absolute)) return true;
    try {
      lstatSync(absolute);
      return true;
    } catch {
      return false;
    }
  };
}
function assemblyDirOf(root, cdkJson) {
  const dir = path.posix.dirname(cdkJson);
  let output = "cdk.out";
  try {
    const parsed = JSON.parse(readFileSync(path.join(root, cdkJson), "utf8"));
    if (typeof parsed.output === "string" && parsed.output.trim() !== "") output = parsed.output.trim();
  } catch {
  }
  return path.posix.normalize(dir === "." ? output : `${dir}/${output}`);
}
async function requireSynthesized(root, worktree, paths) {
  const listed = await worktree.list(paths);
  const apps = listed.filter((file) => file === "cdk.json" || file.endsWith("/cdk.json"));
  const assemblies = [];
  for (const app of apps) {
    const assembly = assemblyDirOf(root, app);
    if (!existsSync(path.join(root, assembly, "manifest.json"))) {
      const folder = path.posix.dirname(app);
      throw new UserError(
        `${folder === "." ? "this folder" : folder} is a CDK app (cdk.json) with no cloud assembly at ${assembly}: run \`cdk synth\` first (or \`cdk synth -o ${assembly}\`), so its templates can be checked`
      );
    }
    assemblies.push(assembly);
  }
  return assemblies;
}

// src/change/related.ts
function namesOf(entities) {
  const names = /* @__PURE__ */ new Set();
  for (const e of entities) {
    if (e.kind === "policy") continue;
    const name = joinableName(e.name);
    if (name !== null) names.add(name);
  }
  return names;
}
function mentionsIn(head, base, options = {}) {
  const same = options.same ?? (() => false);
  const touches = options.touches ?? (() => false);
  const cache = /* @__PURE__ */ new Map();
  const namesIn = (file) => {
    let known = cache.get(file);
    if (!known) {
      const read = (source) => source?.read(file).catch(() => null) ?? Promise.resolve(null);
      known = Promise.all([read(head), same(file) ? null : read(base)]).then(([atHead, atBase]) => {
        const names = namesWritten(atHead ?? "");
        if (atBase) for (const name of namesWritten(atBase)) names.add(name);
        return names;
      });
      cache.set(file, known);
    }
    return known;
  };
  const mentions = async (file, name) => touches(file) || (await namesIn(file)).has(name);
  return Object.assign(mentions, { namesIn });
}
var NameSearch = class {
  constructor(git, where) {
    this.git = git;
    this.where = where;
  }
  git;
  where;
  searched = /* @__PURE__ */ new Set();
  runs = [];
  start(names) {
    const fresh = [...names].filter((name) => !this.searched.has(name));
    if (fresh.length === 0) return;
    for (const name of fresh) this.searched.add(name);
    const { git, where } = this;
    this.runs.push(
      Promise.all([
        git.grep(fresh, where.head),
        where.base ? git.grep(fresh, { commit: where.base }) : Promise.resolve(/* @__PURE__ */ new Set())
      ]).then(([atHead, atBase]) => /* @__PURE__ */ new Set([...atHead, ...atBase]))
    );
  }
  async files(names) {
    this.start(names);
    const found = /* @__PURE__ */ new Set();
    for (const run of await Promise.all(this.runs)) for (const file of run) found.add(file);
    return found;
  }
};
async function relatedFiles(search, names, mentions, skip) {
  if (names.size === 0) return [];
  const words = [...names];
  const candidates = await search.files(words);
  const out = [];
  for (const file of [...candidates].sort()) {
    if (skip(file)) continue;
    const written = await mentions.namesIn(file);
    const tying = words.filter((name) => written.has(name));
    if (tying.length > 0) out.push({ file, names: tying.sort() });
  }
  return out;
}
function mergeReads(first, second) {
  const owned = new Set(first.files);
  const mine = (items) => items.filter((item) => !owned.has(item.file));
  const merged = {
    entities: [...first.entities, ...mine(second.entities)],
    diagnostics: [...first.diagnostics, ...mine(second.diagnostics)].sort(
      (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0
    ),
    files: [.../* @__PURE__ */ new Set([...first.files, ...second.files])].sort()
  };
  const notes = [...first.notes ?? [], ...mine(second.notes ?? [])];
  if (notes.length > 0) merged.notes = notes;
  if (first.priorEntities || second.priorEntities) {
    merged.priorEntities = [...first.priorEntities ?? [], ...mine(second.priorEntities ?? [])];
  }
  return merged;
}

// src/change/scope.ts
function memoized(source) {
  const lists = /* @__PURE__ */ new Map();
  return {
    ...source,
    list(paths) {
      const key = JSON.stringify(paths);
      let listed = lists.get(key);
      if (!listed) {
        listed = source.list(paths);
        lists.set(key, listed);
      }
      return listed;
    },
    read: (file) => source.read(file),
    ...source.size ? { size: (file) => source.size(file) } : {}
  };
}
function filtered(source, keep) {
  return {
    ...source,
    list: async (paths) => (await source.list(paths)).filter(keep),
    read: (file) => source.read(file),
    ...source.size ? { size: (file) => source.size(file) } : {}
  };
}
function withUntracked(primary, worktree, tracked) {
  const fromWorktree = /* @__PURE__ */ new Set();
  return {
    label: primary.label,
    async list(paths) {
      const [own, extra] = await Promise.all([primary.list(paths), worktree.list(paths)]);
      const untracked = extra.filter((file) => !tracked(file));
      for (const file of untracked) fromWorktree.add(file);
      return [.../* @__PURE__ */ new Set([...own, ...untracked])].sort();
    },
    read: (file) => fromWorktree.has(file) ? worktree.read(file) : primary.read(file),
    size: (file) => fromWorktree.has(file) ? worktree.size?.(file) ?? Promise.resolve(null) : primary.size?.(file) ?? Promise.resolve(null)
  };
}
function pruned(relative, spec, folder = false) {
  const below = spec === "." || spec === "" ? relative : relative === spec ? "" : relative.slice(spec.length + 1);
  const parts = below.split("/").filter((part) => part !== "");
  return (folder ? parts : parts.slice(0, -1)).some((part) => PRUNED_FOLDERS.has(part));
}
function listedByGit(git, worktree) {
  return {
    ...worktree,
    async list(paths) {
      const specs = paths.length > 0 ? paths : ["."];
      const [index, others] = await Promise.all([git.index(), git.others()]);
      const out = /* @__PURE__ */ new Set();
      for (const [file, entry] of index) {
        if (!isRegularFile(entry)) continue;
        if (specs.some((spec) => isUnder(file, spec) && !pruned(file, spec))) out.add(file);
      }
      for (const other of others) {
        const folder = other.endsWith("/");
        const entry = folder ? other.slice(0, -1) : other;
        for (const spec of specs) {
          const walked = isUnder(entry, spec) ? entry : folder && isUnder(spec, entry) ? spec : null;
          if (walked === null || walked === entry && pruned(entry, spec, folder)) continue;
          for (const file of await worktree.list([walked])) out.add(file);
        }
      }
      return [...out].sort();
    },
    read: (file) => worktree.read(file),
    ...worktree.size ? { size: (file) => worktree.size(file) } : {}
  };
}

// src/change/vanish.ts
var EXPECTED = {
  cloudformation: "template",
  cdk: "template",
  terraform: "terraform-plan",
  policy: "policy"
};
var LABEL = {
  template: "a CloudFormation template",
  "terraform-plan": "a Terraform plan",
  policy: "an IAM policy document",
  "resource-policy": "a resource-based policy",
  binary: "binary content",
  unparseable: "text that does not parse",
  other: "something else"
};
async function unreadableAs(file, expected, input) {
  const state = await input.state(file);
  switch (state) {
    case "absent":
      return null;
    case "symlink":
      return "is now a symbolic link, which the scan never follows";
    case "folder":
      return "is now a folder";
    case "special":
      return "is no longer a regular file";
    case "file":
      break;
  }
  const size = await input.size(file);
  if (size !== null && size > input.maxBytes)
    return `is now over the size limit (maxFileBytes ${input.maxBytes})`;
  const text = await input.text(file);
  if (text === null) return "can no longer be read";
  const found = classifyDocument(file, text);
  if (found.kind === "binary") return "now has binary content, which the scan skips";
  if (found.kind === "unparseable") return "no longer parses";
  if (found.kind === "resource-policy" && expected === "policy")
    return "is now a resource-based policy (a statement names a Principal), which the scan skips as no identity of its own";
  if (found.kind !== expected)
    return `no longer reads as ${LABEL[expected]} (it reads as ${LABEL[found.kind]})`;
  if (found.opaque.length > 0) {
    const parts = found.opaque.map((p) => `${p.description} at line ${p.line}`).join(", ");
    return `now holds ${parts}, whose resources the scan cannot see: the entity may be declared there`;
  }
  if (!input.headFiles.has(file)) return "is no longer among the files the scan reads";
  return null;
}
async function suspect(file, input) {
  if (await input.state(file) !== "file") return null;
  const size = await input.size(file);
  if (size !== null && size > input.maxBytes) return "over the size limit";
  const text = await input.text(file);
  if (text === null) return null;
  const found = classifyDocument(file, text);
  if (!found.mentionsIac) return null;
  return found.kind === "binary" ? "binary" : found.kind === "unparseable" ? "not parseable" : null;
}
async function whyGone(file, format, input, suspects) {
  const expected = EXPECTED[format];
  if (await input.state(file) !== "absent") return unreadableAs(file, expected, input);
  const renamed = input.renamedTo.get(file);
  if (renamed !== void 0) {
    const why = await unreadableAs(renamed, expected, input);
    return why === null ? null : `was renamed to ${renamed}, which ${why}`;
  }
  const list = await suspects();
  if (list.length === 0) return null;
  return `was deleted, while this change adds ${list.join(", ")}, which the scan cannot read: the entity may have moved there`;
}
async function vanishedEntities(input) {
  const byFile = /* @__PURE__ */ new Map();
  for (const entity of input.base) {
    if (input.present.has(entityKey(entity))) continue;
    const list = byFile.get(entity.file) ?? [];
    list.push(entity);
    byFile.set(entity.file, list);
  }
  let found = null;
  const suspects = () => {
    found ??= (async () => {
      const out2 = [];
      for (const file of input.added) {
        const why = await suspect(file, input);
        if (why) out2.push(`${file} (${why})`);
      }
      return out2;
    })();
    return found;
  };
  const out = [];
  for (const [file, entities] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const what = await whyGone(file, entities[0].format, input, suspects);
    if (what === null) continue;
    for (const entity of entities) {
      out.push({
        entity,
        reason: `${file}, where ${entity.kind} ${entity.id} is declared at base, ${what}, so what this change does to it cannot be seen`
      });
    }
  }
  return out;
}

// src/change/index.ts
var SOURCE_RANK = {
  deployed: 0,
  "terraform-prior-state": 1,
  artifact: 2,
  git: 3,
  none: 4
};
function toPosix2(p) {
  return p.split(path2.sep).join("/");
}
async function readArtifacts(cwd, given) {
  const entities = [];
  const stacks = [];
  for (const p of given) {
    const absolute = path2.resolve(cwd, p);
    const exists = await existsInWorktree(path2.dirname(absolute))(path2.basename(absolute));
    if (!exists) throw new UserError(`base artifact ${p}: no such file or folder`);
    const folder = statSync(absolute).isDirectory();
    const source = worktreeSource(folder ? absolute : path2.dirname(absolute));
    const paths = folder ? ["."] : [path2.basename(absolute)];
    const read = await readIac(source, paths);
    entities.push(...read.entities);
    for (const manifest of read.files.filter((f) => f === "manifest.json" || f.endsWith("/manifest.json"))) {
      for (const stack of await assemblyStacks(source, manifest)) stacks.push(stack.stackName);
    }
  }
  return { entities, stacks };
}
function artifactsOf(head, tracked, committedPlans = /* @__PURE__ */ new Map()) {
  const out = [];
  for (const file of head.files.filter((f) => f === "manifest.json" || f.endsWith("/manifest.json"))) {
    const dir = path2.posix.dirname(file);
    out.push({
      path: dir,
      kind: "cdk-assembly",
      why: tracked(file) ? "committed" : "synthesized in this run, not in git"
    });
  }
  const plans = new Set(head.entities.filter((e) => e.format === "terraform").map((e) => e.file));
  for (const file of plans) {
    const inChange = committedPlans.get(file);
    out.push({
      path: file,
      kind: "terraform-plan",
      why: inChange ? inChange.atBase ? "committed in this change: compared with the plan at the git base, not with its own prior state" : "committed in this change, with no plan at the git base: its prior state is not a witness" : tracked(file) ? "committed" : "produced in this run, not in git"
    });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
async function stackTargets(head, source, spec) {
  const withEntities = new Set(head.entities.map((e) => e.file));
  const targets = /* @__PURE__ */ new Map();
  for (const manifest of head.files.filter((f) => f === "manifest.json" || f.endsWith("/manifest.json"))) {
    for (const stack of await assemblyStacks(source, manifest)) {
      if (!withEntities.has(stack.templateFile)) continue;
      targets.set(stack.templateFile, { file: stack.templateFile, ...stack, cdk: true });
    }
  }
  for (const entity of head.entities) {
    if (entity.format !== "cloudformation" || targets.has(entity.file)) continue;
    const mapped = spec.stacks?.find((s) => minimatch(entity.file, s.template, { dot: true }));
    if (mapped) {
      targets.set(entity.file, {
        file: entity.file,
        stackName: mapped.stackName,
        account: null,
        region: null,
        cdk: false
      });
    }
  }
  return [...targets.values()];
}
function describeFile(sources, parts) {
  const first = sources[0] ?? "none";
  const main = first === "deployed" ? parts.deployed ?? "the deployed stack" : first === "terraform-prior-state" ? "the plan's prior state (what is deployed now)" : first === "artifact" ? parts.artifact : first === "git" ? parts.git : parts.none;
  const others = sources.slice(1).filter((s) => s !== "none");
  const rest = others.length > 0 ? `; some entities: ${others.join(", ")}` : "";
  const missing = sources.includes("none") && first !== "none" ? `; some entities: no base (${parts.none})` : "";
  return `${main}${rest}${missing}`;
}
async function resolveChange(spec, given) {
  const revisions = given ?? await resolveRevisions(spec.cwd, spec.base, {
    ...spec.trust ? { trust: spec.trust } : {},
    ...spec.env ? { env: spec.env } : {}
  });
  const { git, root, compare } = revisions;
  try {
    return await readChange(spec, revisions, git, root, compare);
  } finally {
    git?.close();
  }
}
async function changedFiles(spec, git, compare, staged, tracked) {
  const scoped = (spec.scope ?? (spec.onlyFiles ? "change" : "everything")) === "change";
  const touchedBy = (files) => {
    const set = new Set(files);
    return (file) => set.has(file) || !tracked(file);
  };
  const changes = git && compare ? await git.changesSince(compare, staged) : [];
  if (spec.onlyFiles) {
    const changed2 = [...new Set(spec.onlyFiles)].sort();
    const touches2 = touchedBy(changed2);
    return { changed: scoped ? changed2 : null, changedFrom: "list", touches: touches2, listed: changed2, changes };
  }
  if (!git || !compare) {
    return { changed: null, changedFrom: null, touches: () => true, listed: null, changes };
  }
  const changed = [...new Set(changes.flatMap((c) => c.from ? [c.from, c.file] : [c.file]))].sort();
  const touches = touchedBy(changed);
  return { changed: scoped ? changed : null, changedFrom: "diff", touches, listed: changed, changes };
}
async function headOf(spec, git, root, compare) {
  if (spec.head.kind === "index" && !git) throw new UserError("--staged needs a git repository");
  const worktree = memoized(git ? listedByGit(git, worktreeSource(root)) : worktreeSource(root));
  const index = git ? await git.index() : null;
  const tracked = (file) => index?.has(file) ?? false;
  const staged = spec.head.kind === "index" && git !== null;
  const inIndex = async (p) => p === "." || [...index.keys()].some((f) => isUnder(f, p)) || existsInWorktree(root)(p);
  const paths = await resolvePaths(spec.cwd, root, spec.paths, staged ? inIndex : existsInWorktree(root));
  await requireSynthesized(root, worktree, paths);
  const artifactRoots = (spec.baseArtifacts ?? []).map((p) => toPosix2(path2.relative(root, path2.resolve(spec.cwd, p)))).filter((p) => !p.startsWith("..") && !path2.isAbsolute(p));
  const notArtifact = (file) => !artifactRoots.some((a) => isUnder(file, a));
  const touched = await changedFiles(spec, git, compare, staged, tracked);
  const { changed } = touched;
  const only = changed ? new Set(changed) : null;
  const inScope = (file) => notArtifact(file) && (only === null || only.has(file) || !tracked(file));
  const whole = staged ? withUntracked(indexSource(git), worktree, tracked) : worktree;
  const source = filtered(whole, inScope);
  const readOptions = {
    ...spec.include && spec.include.length > 0 ? { include: spec.include } : {},
    ...spec.exclude && spec.exclude.length > 0 ? { exclude: spec.exclude } : {},
    ...spec.parameters ? { parameters: spec.parameters } : {}
  };
  const state = staged ? indexState(index) : worktreeState(root);
  return { source, whole, paths, staged, tracked, notArtifact, readOptions, ...touched, state };
}
function worktreeState(root) {
  return async (file) => {
    try {
      const stat = await lstat(path2.join(root, file));
      if (stat.isSymbolicLink()) return "symlink";
      if (stat.isDirectory()) return "folder";
      return stat.isFile() ? "file" : "special";
    } catch {
      return "absent";
    }
  };
}
function indexState(index) {
  return async (file) => {
    const entry = index.get(file);
    if (entry) return isRegularFile(entry) ? "file" : isSymlink(entry) ? "symlink" : "special";
    for (const other of index.keys()) if (other.startsWith(`${file}/`)) return "folder";
    return "absent";
  };
}
async function beyondSelection(read, gitBase) {
  const selected = selection(read.readOptions, read.paths);
  const headFiles = new Set(read.head.files);
  const files = (read.listed ?? []).filter(
    (f) => !selected(f) && !headFiles.has(f) && read.paths.some((p) => isUnder(f, p)) && read.notArtifact(f)
  );
  const options = {
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    ...read.readOptions.parameters ? { parameters: read.readOptions.parameters } : {}
  };
  const head = await readBeyondSelection(read.source, files, options);
  const base = gitBase ? await readBeyondSelection(commitSource(gitBase.git, gitBase.compare), files, options) : null;
  const unreadable = head.unreadable.map(
    (u) => ({
      severity: "warning",
      file: u.file,
      line: null,
      message: `${u.file} is outside files.include and mentions IaC, but is not read: ${u.why}`
    })
  );
  return { head, base, notices: [...head.read.map(beyondSelectionNotice), ...unreadable] };
}
function limitedTo(options, files) {
  return files === null ? options : { ...options, onlyFiles: files };
}
function sameAtBase(read) {
  if (read.changedFrom !== "diff") return () => false;
  return (file) => !read.touches(file);
}
async function withRelated(read, search, base, mentions) {
  const { changed } = read;
  if (changed === null || !search) {
    return {
      head: read.head,
      gitBase: base.result,
      scope: { scope: "everything", files: null, changed: [], related: [] }
    };
  }
  const own = new Set(changed);
  const names = namesOf([...read.head.entities, ...base.result?.entities ?? []]);
  const related = await relatedFiles(
    search,
    names,
    mentions,
    // What git does not hold was read with the change's own files.
    (file) => own.has(file) || !read.notArtifact(file) || !read.tracked(file)
  );
  let { head } = read;
  let gitBase = base.result;
  if (related.length > 0) {
    const files2 = related.map((r) => r.file);
    const options = limitedTo(read.readOptions, files2);
    const atHead = await readIac(filtered(read.whole, read.notArtifact), read.paths, options);
    head = mergeReads(head, atHead);
    if (base.source && gitBase) {
      const same = read.changedFrom === "diff";
      gitBase = mergeReads(gitBase, same ? atHead : await readIac(base.source, read.paths, options));
    }
  }
  const files = [.../* @__PURE__ */ new Set([...changed, ...related.map((r) => r.file)])].sort();
  return { head, gitBase, scope: { scope: "change", files, changed, related } };
}
async function baseCandidates(spec, read, git, gitBase, extras) {
  const { head } = read;
  const candidates = [];
  let diagnostics = [];
  let deployed = /* @__PURE__ */ new Map();
  if (spec.deployedTemplate) {
    const targets = await stackTargets(head, read.source, spec);
    const fetched = await deployedBases(targets, read.source, spec.deployedTemplate, spec.parameters);
    deployed = fetched.bases;
    diagnostics = fetched.diagnostics;
    const all = [...deployed.values()].flatMap((b) => b.entities);
    candidates.push({
      source: "deployed",
      entities: byKey(all),
      answers: (e) => ["found", "absent"].includes(deployed.get(e.file)?.status ?? ""),
      identities: byIdentity(all)
    });
  }
  const witnessed = (head.priorEntities ?? []).filter((e) => extras.witnessPlans.has(e.file));
  candidates.push({
    source: "terraform-prior-state",
    entities: byKey(witnessed),
    answers: (e) => e.format === "terraform" && extras.witnessPlans.has(e.file),
    identities: byIdentity(witnessed)
  });
  if (spec.baseArtifacts && spec.baseArtifacts.length > 0) {
    const artifact = await readArtifacts(spec.cwd, spec.baseArtifacts);
    const matcher = artifactMatcher(artifact.entities, artifact.stacks);
    candidates.push({
      source: "artifact",
      entities: matcher.entities(head.entities),
      answers: matcher.answers,
      identities: byIdentity(artifact.entities)
    });
  }
  if (git && gitBase) {
    const entities = byKey(gitBase.entities);
    for (const [key, moved] of movedEntities(head, gitBase, extras.origins, extras.renames))
      entities.set(key, moved);
    const ignored = await git.ignored(read.staged ? [] : head.files.filter((f) => !read.tracked(f)));
    candidates.push({
      source: "git",
      entities,
      answers: (e) => !ignored.has(e.file),
      identities: byIdentity([...gitBase.entities, ...extras.namesakes])
    });
  }
  return { candidates, deployed, diagnostics };
}
async function witnessPlans(read, git, compare, renames) {
  const plans = [...new Set(read.head.entities.filter((e) => e.format === "terraform").map((e) => e.file))];
  const witnesses = /* @__PURE__ */ new Set();
  const committed = /* @__PURE__ */ new Map();
  const index = git ? indexSource(git) : null;
  const base = git && compare ? commitSource(git, compare) : null;
  for (const plan of plans) {
    if (!git || !compare || !base || !index || !read.staged && !read.tracked(plan)) {
      witnesses.add(plan);
      continue;
    }
    const [text, staged, atBase] = await Promise.all([
      read.whole.read(plan),
      index.read(plan),
      base.read(renames.get(plan) ?? plan)
    ]);
    const regenerated = !read.staged && text !== staged;
    if (regenerated || atBase !== null && atBase === text) witnesses.add(plan);
    else committed.set(plan, { atBase: atBase !== null });
  }
  return { witnesses, committed };
}
function unwitnessedPlans(head, committed) {
  for (const entity of head.entities) {
    if (committed.get(entity.file)?.atBase !== false) continue;
    entity.unknowns.push({
      message: `${entity.file} is committed in this change, so its prior state is the author's to write, and the git base has no ${entity.file} to compare with: produce the plan in the workflow (terraform show -json, not committed), or commit it at the base first`,
      location: { file: entity.file, line: entity.line, path: entity.path }
    });
  }
}
function deployedFailures(deployed, head, bases) {
  const out = [];
  for (const base of deployed.values()) {
    if (base.status !== "failed") continue;
    const affected = head.entities.filter((e) => e.file === base.target.file);
    const uncovered = affected.filter((e) => bases.get(entityKey(e))?.source === "none");
    out.push({
      severity: uncovered.length > 0 ? "error" : "warning",
      file: base.target.file,
      line: null,
      message: uncovered.length > 0 ? `the deployed template of stack ${base.target.stackName} could not be had (${base.reason}), and no other base knows ${uncovered.map((e) => e.id).join(", ")}: what the change widens there cannot be judged. Grant cloudformation:GetTemplate, or pass a base artifact (--base-path / base-paths)` : `the deployed template of stack ${base.target.stackName} could not be had (${base.reason}); compared with the next best base instead`
    });
  }
  return out;
}
async function joined(head, chosen, gitBase, mentions) {
  const headKeys = new Set(head.entities.map(entityKey));
  const atHead = await joinAcrossFiles(head.entities, mentions);
  if (atHead.links.size === 0 && !(gitBase?.entities ?? []).some((e) => e.namedOnly)) {
    return { head, baseEntities: chosen.entities, bases: chosen.bases, attached: atHead.links };
  }
  const kept = new Set(atHead.entities.map(entityKey));
  const atBase = await joinBases(chosen.entities, gitBase?.entities ?? [], headKeys, mentions);
  const bases = new Map([...chosen.bases].filter(([key]) => kept.has(key)));
  return {
    head: { ...head, entities: atHead.entities },
    baseEntities: atBase.filter((e) => kept.has(entityKey(e))),
    bases,
    attached: atHead.links
  };
}
async function readChange(spec, revisions, git, root, compare) {
  const baseDate = git && compare ? commitDate(git, compare) : Promise.resolve(null);
  baseDate.catch(() => {
  });
  const historyCommit = historyCommitOf(spec, revisions);
  const of = await headOf(spec, git, root, compare);
  const baseSource = git && compare ? commitSource(git, compare, "", `git base ${compare.slice(0, 12)}`) : null;
  const atHead = await readIac(of.source, of.paths, of.readOptions);
  const search = git && of.changed !== null ? new NameSearch(git, {
    head: of.staged ? "index" : "worktree",
    base: of.changedFrom === "list" ? compare : null
  }) : null;
  search?.start(namesOf(atHead.entities));
  const ownBase = baseSource ? await readIac(baseSource, of.paths, limitedTo(of.readOptions, of.changed)) : null;
  const beyond = await beyondSelection({ ...of, head: atHead }, git && compare ? { git, compare } : null);
  const read = { ...of, head: mergeReads(atHead, beyond.head.result) };
  const ownBaseRead = ownBase && beyond.base ? mergeReads(ownBase, beyond.base.result) : ownBase;
  const mentions = mentionsIn(read.whole, baseSource, { same: sameAtBase(read), touches: read.touches });
  const scoped = await withRelated(read, search, { source: baseSource, result: ownBaseRead }, mentions);
  const { gitBase } = scoped;
  const perFile = { ...read, head: scoped.head };
  const renames = new Map(
    of.changes.flatMap((c) => c.status === "renamed" && c.from ? [[c.file, c.from]] : [])
  );
  const extras = { renames, namesakes: [], origins: /* @__PURE__ */ new Map() };
  const plans = await witnessPlans(perFile, git, compare, renames);
  unwitnessedPlans(perFile.head, plans.committed);
  if (git && compare && gitBase && of.changed !== null) {
    const baseKeys = new Set(gitBase.entities.map(entityKey));
    const unmatched = perFile.head.entities.filter((e) => !e.namedOnly && !baseKeys.has(entityKey(e)));
    extras.namesakes = await namesakesAtBase(
      git,
      compare,
      unmatched,
      new Set(gitBase.files),
      of.paths,
      of.readOptions
    );
  }
  const {
    candidates,
    deployed,
    diagnostics: fetching
  } = await baseCandidates(spec, perFile, git, gitBase, {
    ...extras,
    witnessPlans: plans.witnesses
  });
  const chosen = chooseBases(perFile.head.entities, candidates);
  const { head, baseEntities, bases, attached } = await joined(perFile.head, chosen, gitBase, mentions);
  const diagnostics = [...fetching, ...deployedFailures(deployed, head, bases), ...beyond.notices];
  return {
    root,
    base: compare,
    trusted: revisions.trusted,
    baseDate: await baseDate,
    head,
    baseEntities: { entities: baseEntities, diagnostics: [], files: gitBase?.files ?? [] },
    bases,
    baseAsked: Boolean(compare || spec.deployedTemplate || (spec.baseArtifacts?.length ?? 0) > 0),
    baseDiagnostics: gitBase?.diagnostics ?? [],
    diagnostics,
    files: fileBases(head, bases, deployed, compare, spec),
    artifacts: artifactsOf(head, (f) => read.staged || read.tracked(f), plans.committed),
    history: await readHistory(
      revisions,
      await historyCommit,
      read.paths,
      limitedTo(read.readOptions, scoped.scope.files),
      mentions,
      { commit: compare, read: gitBase }
    ),
    read: scoped.scope,
    attached,
    vanished: gitBase ? await vanished(perFile, gitBase, chosen, extras.origins, of.changes) : [],
    notes: pairingNotes(head, chosen),
    gitProcesses: git?.stats.spawned ?? 0
  };
}
function vanished(read, gitBase, chosen, origins, changes) {
  const present = new Set(read.head.entities.map(entityKey));
  for (const from of origins.values()) present.add(from);
  for (const pairing of chosen.byIdentity.values()) for (const e of pairing.from) present.add(entityKey(e));
  return vanishedEntities({
    base: gitBase.entities,
    present,
    headFiles: new Set(read.head.files),
    state: read.state,
    text: (file) => read.whole.read(file),
    size: (file) => read.whole.size?.(file) ?? Promise.resolve(null),
    maxBytes: DEFAULT_MAX_FILE_BYTES,
    renamedTo: new Map(
      changes.flatMap((c) => c.status === "renamed" && c.from ? [[c.from, c.file]] : [])
    ),
    added: changes.filter((c) => c.status === "added" || c.status === "copied").map((c) => c.file)
  });
}
function pairingNotes(head, chosen) {
  const notes = [];
  for (const entity of head.entities) {
    const pairing = chosen.byIdentity.get(entityKey(entity));
    if (!pairing) continue;
    const from = pairing.from.map((e) => `${e.file}#${e.id}`).join(", ");
    notes.push({
      file: entity.file,
      line: entity.line,
      entity: entity.id,
      message: `${entity.id} is ${entity.kind} ${entity.name ?? entity.arn} as the ${pairing.source} base has it (${from}): judged as a change of that ${entity.kind}`
    });
  }
  return notes;
}
function fileBases(head, bases, deployed, compare, spec) {
  const perFile = /* @__PURE__ */ new Map();
  for (const e of head.entities) {
    const sources = perFile.get(e.file) ?? /* @__PURE__ */ new Set();
    sources.add(bases.get(entityKey(e))?.source ?? "none");
    perFile.set(e.file, sources);
  }
  const noBase = "no base from any source: judged as it stands. Give AWS credentials (the deployed template), a base artifact (--base-path) or commit the file";
  return [...perFile].map(([file, set]) => {
    const sources = [...set].sort((a, b) => SOURCE_RANK[a] - SOURCE_RANK[b]);
    const deployedPart = deployed.get(file)?.description;
    return {
      file,
      sources,
      comparedWith: describeFile(sources, {
        ...deployedPart ? { deployed: deployedPart } : {},
        artifact: `the base artifact ${(spec.baseArtifacts ?? []).join(", ")}`,
        git: `the git base ${compare?.slice(0, 12) ?? ""}`,
        none: noBase
      })
    };
  }).sort((a, b) => a.file.localeCompare(b.file));
}
function historyCommitOf(spec, revisions) {
  const { git, trusted } = revisions;
  if (!spec.history || !git || !trusted) return Promise.resolve(null);
  const before = new Date(spec.history.now.getTime() - spec.history.days * DAY_MS);
  const asked = firstParentBefore(git, trusted, before).then((then) => {
    if (then) git.tree(then.commit).catch(() => {
    });
    return then;
  });
  asked.catch(() => {
  });
  return asked;
}
async function readHistory(revisions, then, paths, readOptions, mentions, base) {
  const { git } = revisions;
  if (!then || !git) return null;
  try {
    const same = await sameBlobs(git, then.commit, base);
    const source = commitSource(git, then.commit, "", `git history ${then.commit.slice(0, 12)}`);
    const read = await readIac(
      filtered(source, (file) => !same.has(file)),
      paths,
      readOptions
    );
    const reused = onlyFilesOf(base.read, same);
    const result = same.size > 0 ? mergeReads(read, reused) : read;
    const { entities } = await joinAcrossFiles(result.entities, mentions);
    return { ...then, result: { ...result, entities } };
  } catch {
    return null;
  }
}
async function sameBlobs(git, then, base) {
  if (!base.commit || !base.read) return /* @__PURE__ */ new Set();
  const [thenTree, baseTree] = await Promise.all([git.tree(then), git.tree(base.commit)]);
  const same = new Set(
    base.read.files.filter((file) => {
      const a = thenTree.get(file);
      const b = baseTree.get(file);
      return isRegularFile(a) && isRegularFile(b) && a.oid === b.oid;
    })
  );
  for (const e of base.read.entities) if (e.format === "cdk") same.delete(e.file);
  return same;
}
function onlyFilesOf(read, files) {
  const out = {
    entities: read.entities.filter((e) => files.has(e.file)),
    diagnostics: read.diagnostics.filter((d) => files.has(d.file)),
    files: read.files.filter((f) => files.has(f))
  };
  const notes = (read.notes ?? []).filter((n) => files.has(n.file));
  if (notes.length > 0) out.notes = notes;
  return out;
}

export {
  touchedEntities,
  resolveChange
};
//# sourceMappingURL=chunk-TL5VAJK4.js.map
