import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
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
  Minimatch
} from "./chunk-LQSF6SQI.js";
import {
  UserError,
  errorMessage
} from "./chunk-PSDFGU3R.js";

// src/iac/cdk.ts
var MAX_ASSEMBLY_DEPTH = 8;
function joinFile(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function dirOf(file) {
  const slash = file.lastIndexOf("/");
  return slash === -1 ? "" : file.slice(0, slash);
}
function isAssemblyManifest(document) {
  return isRecord(document) && typeof document["version"] === "string" && isRecord(document["artifacts"]);
}
async function readAssembly(reader, dir, depth = 0) {
  const result = { entities: [], diagnostics: [], files: [] };
  const manifestFile = joinFile(dir, "manifest.json");
  const text = await reader.readText(manifestFile);
  if (text === null) return result;
  const parsed = parseStructured(text, true);
  if (!parsed.ok || !isAssemblyManifest(parsed.value)) {
    result.diagnostics.push({
      severity: "error",
      file: manifestFile,
      line: parsed.ok ? 1 : parsed.line,
      message: parsed.ok ? `${manifestFile} is not a cloud assembly manifest` : parsed.message
    });
    return result;
  }
  result.files.push(manifestFile);
  const artifacts = parsed.value["artifacts"];
  for (const [id, artifact] of Object.entries(artifacts)) {
    if (!isRecord(artifact)) continue;
    const properties = isRecord(artifact["properties"]) ? artifact["properties"] : {};
    try {
      if (artifact["type"] === "aws:cloudformation:stack" && typeof properties["templateFile"] === "string") {
        const file = joinFile(dir, properties["templateFile"]);
        if (!reader.wanted(file)) continue;
        const template = await reader.readText(file);
        if (template === null) continue;
        const stackName = typeof properties["stackName"] === "string" ? properties["stackName"] : id;
        const paths = constructPaths(artifact["metadata"]);
        if (typeof artifact["additionalMetadataFile"] === "string") {
          const extra = await reader.readText(joinFile(dir, artifact["additionalMetadataFile"]));
          const parsedExtra = extra === null ? null : parseStructured(extra, true);
          if (parsedExtra?.ok)
            for (const [logicalId, at] of constructPaths(parsedExtra.value)) paths.set(logicalId, at);
        }
        merge(result, parseDocument(file, template, { stackName, constructPaths: paths }));
      } else if (artifact["type"] === "cdk:cloud-assembly" && typeof properties["directoryName"] === "string") {
        if (depth >= MAX_ASSEMBLY_DEPTH) {
          result.diagnostics.push(
            problem(
              manifestFile,
              `nested assembly ${id} is deeper than ${MAX_ASSEMBLY_DEPTH} levels; not read`
            )
          );
          continue;
        }
        merge(result, await readAssembly(reader, joinFile(dir, properties["directoryName"]), depth + 1));
      }
    } catch (error) {
      result.diagnostics.push(problem(manifestFile, `artifact ${id}: ${errorMessage(error)}`));
    }
  }
  return result;
}
function problem(file, message) {
  return { severity: "error", file, line: null, message };
}
function constructPaths(metadata) {
  const out = /* @__PURE__ */ new Map();
  if (!isRecord(metadata)) return out;
  for (const [constructPath, entries] of Object.entries(metadata)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (isRecord(entry) && entry["type"] === "aws:cdk:logicalId" && typeof entry["data"] === "string") {
        out.set(entry["data"], constructPath.replace(/^\//, ""));
      }
    }
  }
  return out;
}
function merge(into, from) {
  into.entities.push(...from.entities);
  into.diagnostics.push(...from.diagnostics);
  if (from.notes) {
    into.notes ??= [];
    into.notes.push(...from.notes);
  }
  for (const file of from.files) if (!into.files.includes(file)) into.files.push(file);
  if (from.priorEntities) {
    into.priorEntities ??= [];
    into.priorEntities.push(...from.priorEntities);
  }
}

// src/iac/outside.ts
var IAC_KINDS = /* @__PURE__ */ new Set(["template", "terraform-plan", "policy", "resource-policy"]);
async function readBeyondSelection(source, files, options) {
  const out = {
    result: { entities: [], diagnostics: [], files: [] },
    read: [],
    unreadable: []
  };
  for (const file of [...files].sort()) {
    let text;
    try {
      const size = source.size ? await source.size(file) : null;
      if (size !== null && size > options.maxFileBytes) {
        out.unreadable.push({
          file,
          why: `it is over the ${options.maxFileBytes} bytes limit (maxFileBytes)`
        });
        continue;
      }
      text = await source.read(file);
    } catch (error) {
      out.unreadable.push({ file, why: `it could not be read (${errorMessage(error)})` });
      continue;
    }
    if (text === null) continue;
    const kind = classifyDocument(file, text);
    if (!IAC_KINDS.has(kind.kind)) {
      if (kind.mentionsIac && (kind.kind === "binary" || kind.kind === "unparseable"))
        out.unreadable.push({
          file,
          why: kind.kind === "binary" ? "it has binary content" : "it does not parse"
        });
      continue;
    }
    const parameterValues = options.parameters?.(file);
    merge(out.result, parseDocument(file, text, void 0, parameterValues ? { parameterValues } : {}));
    out.read.push(file);
  }
  return out;
}
function beyondSelectionNotice(file) {
  return {
    severity: "warning",
    file,
    line: null,
    message: `${file} is outside files.include (or under files.exclude), but this change touches it and its content is IaC: read anyway, so a rename cannot hide what it grants`
  };
}

// src/iac/index.ts
var DEFAULT_INCLUDE = [
  "**/*.json",
  "**/*.yaml",
  "**/*.yml",
  "**/*.template",
  "**/cdk.out/**"
];
var DEFAULT_EXCLUDE = [
  "**/node_modules/**",
  "**/.git/**",
  "**/.terraform/**",
  "**/.venv/**",
  "**/.idea/**",
  "**/.vscode/**",
  "**/coverage/**",
  "**/cdk.out/asset.*/**",
  "**/cdk.out/**/asset.*/**",
  "**/cdk.out/**/tree.json",
  "**/cdk.out/**/*.assets.json",
  "**/package.json",
  "**/package-lock.json",
  "**/tsconfig*.json",
  "**/cdk.json",
  "**/cdk.context.json",
  "**/.github/**",
  // Build output of SAM and the Serverless Framework: copies of the templates beside them.
  "**/.aws-sam/**",
  "**/.serverless/**"
];
var DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
var READ_CONCURRENCY = 8;
function normalize(file) {
  return file.replaceAll("\\", "/").replace(/^\.\//, "").replace(/\/$/, "");
}
function matcher(globs) {
  const compiled = globs.map((glob) => new Minimatch(glob, { dot: true, matchBase: !glob.includes("/") }));
  return (file) => compiled.some((m) => m.match(file));
}
async function readIac(source, paths, options = {}) {
  const result = { entities: [], diagnostics: [], files: [] };
  const candidates = await candidateFiles(source, paths, options);
  const readText = textReader(source, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, result.diagnostics);
  const { plain, assemblies } = await byAssembly(source, candidates);
  for (const [dir, members] of assemblies) {
    const everything = members.has(joinFile(dir, "manifest.json"));
    merge(
      result,
      await readAssembly({ source, readText, wanted: (file) => everything || members.has(file) }, dir)
    );
  }
  for (const one of await parseFiles(plain, readText, options)) merge(result, one);
  result.diagnostics.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  result.files.sort();
  return result;
}
function selection(options, paths = []) {
  const included = matcher(options.include ?? DEFAULT_INCLUDE);
  const excluded = matcher(options.exclude ?? DEFAULT_EXCLUDE);
  const explicit = new Set(paths.map(normalize));
  return (file) => !excluded(file) && (explicit.has(file) || included(file));
}
async function candidateFiles(source, paths, options) {
  const selected = selection(options, paths);
  const only = options.onlyFiles ? new Set(options.onlyFiles.map(normalize)) : null;
  let listed;
  try {
    listed = await source.list(paths);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot list files in the ${source.label}: ${errorMessage(error)}`);
  }
  return listed.map(normalize).filter((file) => (only === null || only.has(file)) && selected(file)).sort();
}
function textReader(source, maxBytes, diagnostics) {
  return async (file) => {
    try {
      const size = source.size ? await source.size(file) : null;
      if (size !== null && size > maxBytes) {
        diagnostics.push(tooLarge(file, size, maxBytes));
        return null;
      }
      const text = await source.read(file);
      if (text === null) return null;
      const bytes = size ?? Buffer.byteLength(text, "utf8");
      if (bytes > maxBytes) {
        diagnostics.push(tooLarge(file, bytes, maxBytes));
        return null;
      }
      return text;
    } catch (error) {
      diagnostics.push({
        severity: "error",
        file,
        line: null,
        message: `cannot read ${file}: ${errorMessage(error)}`
      });
      return null;
    }
  };
}
async function byAssembly(source, candidates) {
  const manifestCache = /* @__PURE__ */ new Map();
  const isAssemblyDir = (dir) => {
    let known = manifestCache.get(dir);
    if (!known) {
      known = (async () => {
        const text = await source.read(joinFile(dir, "manifest.json")).catch(() => null);
        if (text === null || !text.includes('"artifacts"')) return false;
        const parsed = parseStructured(text, true);
        return parsed.ok && isAssemblyManifest(parsed.value);
      })();
      manifestCache.set(dir, known);
    }
    return known;
  };
  const assemblyOf = async (file) => {
    const name = file.slice(file.lastIndexOf("/") + 1);
    const inCdkOut = file.includes("cdk.out/") || file.startsWith("cdk.out");
    if (!inCdkOut && name !== "manifest.json" && !name.endsWith(".template.json")) return null;
    let found = null;
    let dir = dirOf(file);
    for (let steps = 0; steps < 12; steps++) {
      if (await isAssemblyDir(dir)) found = dir;
      else if (found !== null) break;
      if (dir === "") break;
      dir = dirOf(dir);
    }
    return found;
  };
  const plain = [];
  const assemblies = /* @__PURE__ */ new Map();
  for (const file of candidates) {
    const assembly = await assemblyOf(file);
    if (assembly === null) {
      plain.push(file);
      continue;
    }
    let members = assemblies.get(assembly);
    if (!members) {
      members = /* @__PURE__ */ new Set();
      assemblies.set(assembly, members);
    }
    members.add(file);
  }
  return { plain, assemblies };
}
async function parseFiles(files, readText, options) {
  const parsed = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      const text = await readText(file);
      const parameterValues = options.parameters?.(file);
      parsed[index] = text === null ? { entities: [], diagnostics: [], files: [] } : parseDocument(file, text, void 0, parameterValues ? { parameterValues } : {});
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return parsed.filter((one) => one !== void 0);
}
function tooLarge(file, bytes, max) {
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    severity: "error",
    file,
    line: null,
    message: `${file} is ${mb(bytes)}, over the ${mb(max)} limit (maxFileBytes); skipped`
  };
}

export {
  joinFile,
  dirOf,
  isAssemblyManifest,
  readBeyondSelection,
  beyondSelectionNotice,
  DEFAULT_INCLUDE,
  DEFAULT_EXCLUDE,
  DEFAULT_MAX_FILE_BYTES,
  readIac,
  selection
};
//# sourceMappingURL=chunk-FAT564BU.js.map
