// The import graph of src/ and its cycles. Between files: the imports that stay in the compiled JavaScript (static,
// `export … from`, dynamic `import()`), the order modules evaluate in. Between folders: every import, `import type`
// too, since a type binds two layers as much as a value does. A folder is a first-level folder of src/ (`usage/`,
// `iac/` with its subfolders); a top-level file is its own. test/house/import-graph.test.ts fails on either kind of
// cycle; `node scripts/import-graph.mjs` prints them (and, for information, cycles through types only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = path.join(repoRoot, 'src');

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** `./x.js` as written in ESM TypeScript → the `.ts` file it names; null for a package or a missing file. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const target = path.resolve(path.dirname(from), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), `${target}.ts`, path.join(target, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Whether an import or re-export is erased when compiled: `import type`, `export type`, or only `type` names. */
function typeOnly(node) {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false; // `import './x.js'`: for its effects
    if (clause.isTypeOnly) return true;
    if (clause.name) return false;
    const bindings = clause.namedBindings;
    if (!bindings || ts.isNamespaceImport(bindings)) return false;
    // verbatimModuleSyntax is off: an import of `type` names only is elided like `import type`
    return bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
  }
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return Boolean(
    clause &&
      ts.isNamedExports(clause) &&
      clause.elements.length > 0 &&
      clause.elements.every((e) => e.isTypeOnly),
  );
}

/** Every module specifier of a file, with whether it stays at run time (dynamic `import()` does). */
function specifiers(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) {
        found.push({ specifier: node.moduleSpecifier.text, runtime: !typeOnly(node) });
      }
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, runtime: true });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, runtime: false }); // `import('./x.js').T` in a type
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Map of file (relative to src/) → the src files it imports (relative to src/). `runtime: true` keeps only the
 * imports that remain in the compiled JavaScript (what module evaluation and the bundles see).
 */
export function importGraph(src = SRC, { runtime = false } = {}) {
  const graph = new Map();
  for (const file of sourceFiles(src)) {
    const targets = new Set();
    for (const found of specifiers(file)) {
      if (runtime && !found.runtime) continue;
      const resolved = resolveImport(file, found.specifier);
      if (resolved) targets.add(path.relative(src, resolved));
    }
    graph.set(path.relative(src, file), [...targets].sort());
  }
  return graph;
}

/** `usage/arn.ts` → `usage/`; `pipeline.ts` → `pipeline.ts`. */
export function folderOf(file) {
  const slash = file.indexOf(path.sep === '\\' ? '\\' : '/');
  return slash < 0 ? file : `${file.slice(0, slash)}/`;
}

/** The graph between folders: an edge wherever a file of one imports a file of another. */
export function folderGraph(graph) {
  const folders = new Map();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    if (!folders.has(from)) folders.set(from, new Set());
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== from) folders.get(from).add(to);
    }
  }
  return new Map([...folders].map(([k, v]) => [k, [...v].sort()]));
}

/** Strongly connected components with more than one node, or a node importing itself (Tarjan). */
export function cycles(graph) {
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const connect = (node) => {
    indexOf.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), indexOf.get(next)));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) connect(node);
  return found;
}

/** One path around a cycle, for the message: from the first member back to it. */
export function cyclePath(graph, component) {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const trail = [];
        for (let at = node; at !== null; at = previous.get(at)) trail.unshift(at);
        return [...trail, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const all = importGraph();
  const runtime = importGraph(SRC, { runtime: true });
  const folders = folderGraph(all);
  const fileCycles = cycles(runtime);
  const folderCycles = cycles(folders);
  console.log(`${all.size} files, ${[...all.values()].reduce((n, t) => n + t.length, 0)} imports in src/.`);
  for (const c of fileCycles) console.log(`file cycle: ${cyclePath(runtime, c).join(' → ')}`);
  for (const c of folderCycles) console.log(`folder cycle: ${cyclePath(folders, c).join(' → ')}`);
  // Types only (erased when compiled): no evaluation order, no bundle, told for information.
  for (const c of cycles(all).filter((c) => !fileCycles.some((r) => c.every((f) => r.includes(f))))) {
    console.log(`(types only) ${cyclePath(all, c).join(' → ')}`);
  }
  if (fileCycles.length + folderCycles.length === 0) console.log('No import cycle between files or folders.');
  process.exitCode = fileCycles.length + folderCycles.length > 0 ? 1 : 0;
}
