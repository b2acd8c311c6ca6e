// Reading IaC: discovery by globs, one parser per format, CDK assemblies; every problem a diagnostic, never a throw.
import { Minimatch } from 'minimatch';
import { errorMessage, UserError } from '../errors.js';
import type { ParseResult } from '../policy/model.js';
import { dirOf, isAssemblyManifest, joinFile, merge, readAssembly } from './cdk.js';
import { parseDocument } from './parse.js';
import type { FileSource } from './source.js';
import { parseStructured } from './text.js';

export { statementsFromDocument } from '../policy/statements.js';
export { beyondSelectionNotice, readBeyondSelection } from './outside.js';
export { classifyDocument, parseDocument } from './parse.js';

/** Files that may hold IaC: templates, plans, policies, and everything in a cdk.out. */
export const DEFAULT_INCLUDE: string[] = [
  '**/*.json',
  '**/*.yaml',
  '**/*.yml',
  '**/*.template',
  '**/cdk.out/**',
];

/** Never IaC, or not ours to read: dependencies, VCS data, tool caches, CDK asset folders and bookkeeping. */
export const DEFAULT_EXCLUDE: string[] = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.terraform/**',
  '**/.venv/**',
  '**/.idea/**',
  '**/.vscode/**',
  '**/coverage/**',
  '**/cdk.out/asset.*/**',
  '**/cdk.out/**/asset.*/**',
  '**/cdk.out/**/tree.json',
  '**/cdk.out/**/*.assets.json',
  '**/package.json',
  '**/package-lock.json',
  '**/tsconfig*.json',
  '**/cdk.json',
  '**/cdk.context.json',
  '**/.github/**',
  // Build output of SAM and the Serverless Framework: copies of the templates beside them.
  '**/.aws-sam/**',
  '**/.serverless/**',
];

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  include?: string[];
  exclude?: string[];
  maxFileBytes?: number;
  /** Read only these files (e.g. a pull request's changed files); repository-relative. */
  onlyFiles?: string[];
  /** The parameter values a template file is deployed with (configuration `parameters`), if any. */
  parameters?: (file: string) => Readonly<Record<string, string | string[]>> | undefined;
}

const READ_CONCURRENCY = 8;

function normalize(file: string): string {
  return file.replaceAll('\\', '/').replace(/^\.\//, '').replace(/\/$/, '');
}

function matcher(globs: string[]): (file: string) => boolean {
  const compiled = globs.map((glob) => new Minimatch(glob, { dot: true, matchBase: !glob.includes('/') }));
  return (file) => compiled.some((m) => m.match(file));
}

/**
 * Reads every IaC file at or under `paths` from `source`. Bad files become diagnostics; only a source that cannot be
 * listed at all (a git ref that does not exist) throws a UserError.
 */
export async function readIac(
  source: FileSource,
  paths: string[],
  options: ReadOptions = {},
): Promise<ParseResult> {
  const result: ParseResult = { entities: [], diagnostics: [], files: [] };
  const candidates = await candidateFiles(source, paths, options);
  const readText = textReader(source, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, result.diagnostics);
  const { plain, assemblies } = await byAssembly(source, candidates);
  for (const [dir, members] of assemblies) {
    // Asking for the assembly (its manifest is among the candidates) reads every stack; else only the named templates.
    const everything = members.has(joinFile(dir, 'manifest.json'));
    merge(
      result,
      await readAssembly({ source, readText, wanted: (file) => everything || members.has(file) }, dir),
    );
  }
  for (const one of await parseFiles(plain, readText, options)) merge(result, one);
  // Diagnostics in file order (size checks are recorded while reading, parse problems after).
  result.diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  result.files.sort();
  return result;
}

/**
 * Whether the file selection picks a file: not excluded, and included (or named on the command line). A file named
 * on the command line is read even when the include globs would not pick it.
 */
export function selection(options: ReadOptions, paths: string[] = []): (file: string) => boolean {
  const included = matcher(options.include ?? DEFAULT_INCLUDE);
  const excluded = matcher(options.exclude ?? DEFAULT_EXCLUDE);
  const explicit = new Set(paths.map(normalize));
  return (file) => !excluded(file) && (explicit.has(file) || included(file));
}

/** The files to read: listed, within `onlyFiles`, picked by the selection. */
async function candidateFiles(source: FileSource, paths: string[], options: ReadOptions): Promise<string[]> {
  const selected = selection(options, paths);
  const only = options.onlyFiles ? new Set(options.onlyFiles.map(normalize)) : null;
  let listed: string[];
  try {
    listed = await source.list(paths);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot list files in the ${source.label}: ${errorMessage(error)}`);
  }
  return listed
    .map(normalize)
    .filter((file) => (only === null || only.has(file)) && selected(file))
    .sort();
}

/** Reads a file's text, or records why not (too large, unreadable) and gives null. */
function textReader(
  source: FileSource,
  maxBytes: number,
  diagnostics: ParseResult['diagnostics'],
): (file: string) => Promise<string | null> {
  return async (file) => {
    try {
      const size = source.size ? await source.size(file) : null;
      if (size !== null && size > maxBytes) {
        diagnostics.push(tooLarge(file, size, maxBytes));
        return null;
      }
      const text = await source.read(file);
      if (text === null) return null;
      const bytes = size ?? Buffer.byteLength(text, 'utf8');
      if (bytes > maxBytes) {
        diagnostics.push(tooLarge(file, bytes, maxBytes));
        return null;
      }
      return text;
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        file,
        line: null,
        message: `cannot read ${file}: ${errorMessage(error)}`,
      });
      return null;
    }
  };
}

/** Candidates inside a CDK cloud assembly (the outermost folder holding an assembly manifest.json), and the rest. */
async function byAssembly(
  source: FileSource,
  candidates: string[],
): Promise<{ plain: string[]; assemblies: Map<string, Set<string>> }> {
  const manifestCache = new Map<string, Promise<boolean>>();
  const isAssemblyDir = (dir: string): Promise<boolean> => {
    let known = manifestCache.get(dir);
    if (!known) {
      known = (async () => {
        const text = await source.read(joinFile(dir, 'manifest.json')).catch(() => null);
        if (text === null || !text.includes('"artifacts"')) return false;
        const parsed = parseStructured(text, true);
        return parsed.ok && isAssemblyManifest(parsed.value);
      })();
      manifestCache.set(dir, known);
    }
    return known;
  };
  const assemblyOf = async (file: string): Promise<string | null> => {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const inCdkOut = file.includes('cdk.out/') || file.startsWith('cdk.out');
    if (!inCdkOut && name !== 'manifest.json' && !name.endsWith('.template.json')) return null;
    // The outermost assembly folder: nested assemblies are read through their parent's manifest.
    let found: string | null = null;
    let dir = dirOf(file);
    for (let steps = 0; steps < 12; steps++) {
      if (await isAssemblyDir(dir)) found = dir;
      else if (found !== null) break;
      if (dir === '') break;
      dir = dirOf(dir);
    }
    return found;
  };
  const plain: string[] = [];
  const assemblies = new Map<string, Set<string>>();
  for (const file of candidates) {
    const assembly = await assemblyOf(file);
    if (assembly === null) {
      plain.push(file);
      continue;
    }
    let members = assemblies.get(assembly);
    if (!members) {
      members = new Set();
      assemblies.set(assembly, members);
    }
    members.add(file);
  }
  return { plain, assemblies };
}

/** Parses plain files READ_CONCURRENCY at a time, results in the order given. */
async function parseFiles(
  files: string[],
  readText: (file: string) => Promise<string | null>,
  options: ReadOptions,
): Promise<ParseResult[]> {
  const parsed: ParseResult[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      const text = await readText(file);
      const parameterValues = options.parameters?.(file);
      parsed[index] =
        text === null
          ? { entities: [], diagnostics: [], files: [] }
          : parseDocument(file, text, undefined, parameterValues ? { parameterValues } : {});
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return parsed.filter((one) => one !== undefined);
}

function tooLarge(file: string, bytes: number, max: number): ParseResult['diagnostics'][number] {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    severity: 'error',
    file,
    line: null,
    message: `${file} is ${mb(bytes)}, over the ${mb(max)} limit (maxFileBytes); skipped`,
  };
}
