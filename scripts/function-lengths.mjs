// Lists the functions in src/ longer than a number of lines (default 80), longest first, read with the TypeScript
// compiler's parser. `.ci/run` prints it as information; test/house/function-length.test.ts fails past 100 lines.
//   node scripts/function-lengths.mjs [--over N] [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The name a reader would search for: the declaration's, else the variable or property it is assigned to. */
function nameOf(node, file) {
  if (ts.isConstructorDeclaration(node)) return `${nameOf(node.parent, file)}.constructor`;
  if (node.name) {
    const own = node.name.getText(file);
    const owner = node.parent && ts.isClassLike(node.parent) ? node.parent.name?.getText(file) : undefined;
    return owner ? `${owner}.${own}` : own;
  }
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
  ) {
    return parent.name.getText(file);
  }
  return '(anonymous)';
}

function isFunction(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node)
  );
}

/** Every function with a body in `dir` (default src/): file (relative to the repository), name, first line, lines. */
export function functionLengths(dir = path.join(repoRoot, 'src')) {
  const functions = [];
  for (const fileName of sourceFiles(dir)) {
    const text = readFileSync(fileName, 'utf8');
    const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (isFunction(node) && node.body) {
        // From the declaration's first token (its doc comment is not counted) to its closing brace.
        const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        const last = file.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
        functions.push({
          file: path.relative(repoRoot, fileName),
          name: nameOf(node, file),
          line: first,
          lines: last - first + 1,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return functions.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const overAt = args.indexOf('--over');
  const over = overAt >= 0 ? Number(args[overAt + 1]) : 80;
  const dirArg = args.filter((a, i) => a !== '--over' && i !== overAt + 1)[0];
  const long = functionLengths(dirArg ? path.resolve(dirArg) : undefined).filter((f) => f.lines > over);
  if (long.length === 0) console.log(`No function in src/ is longer than ${over} lines.`);
  else {
    console.log(`Functions longer than ${over} lines (informational; the test fails past 100):`);
    for (const f of long) console.log(`${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`);
  }
}
