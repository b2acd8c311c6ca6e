// The paths a front door names: each must exist inside the repository, and a CDK app must have been synthesized,
// so a typo or a missing `cdk synth` fails loudly instead of passing as "no IaC files found".
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { FileSource } from '../iac/source.js';

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Repository-relative forms of `paths` (relative to `cwd`; default `.`). A path outside `root`, or one that exists
 * nowhere (`exists` says, for the index), is a usage error.
 */
export async function resolvePaths(
  cwd: string,
  root: string,
  paths: string[],
  exists: (relative: string) => Promise<boolean>,
): Promise<string[]> {
  const given = paths.length > 0 ? paths : ['.'];
  const out: string[] = [];
  const missing: string[] = [];
  for (const p of given) {
    const relative = toPosix(path.relative(root, path.resolve(cwd, p)));
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new UserError(`${p} lies outside the repository (${root}): name files or folders inside it`);
    }
    const normalized = relative === '' ? '.' : relative;
    if (!(await exists(normalized))) missing.push(p);
    out.push(normalized);
  }
  if (missing.length > 0) throw new UserError(`no such file or folder: ${missing.join(', ')}`);
  return out;
}

/** Whether a path exists in the working tree (a dangling symlink counts: it is there, and is not read). */
export function existsInWorktree(root: string): (relative: string) => Promise<boolean> {
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

/** The cloud assembly folder a `cdk.json` names (`output`, default `cdk.out`), repository-relative. */
function assemblyDirOf(root: string, cdkJson: string): string {
  const dir = path.posix.dirname(cdkJson);
  let output = 'cdk.out';
  try {
    const parsed = JSON.parse(readFileSync(path.join(root, cdkJson), 'utf8')) as { output?: unknown };
    if (typeof parsed.output === 'string' && parsed.output.trim() !== '') output = parsed.output.trim();
  } catch {
    // An unreadable cdk.json still names a CDK app; its assembly is looked for where CDK puts it by default.
  }
  return path.posix.normalize(dir === '.' ? output : `${dir}/${output}`);
}

/**
 * Every CDK app (a `cdk.json`) under `paths` must have its cloud assembly in the working tree: without it the
 * check would read nothing and pass. Throws a usage error that says to run `cdk synth`.
 */
export async function requireSynthesized(
  root: string,
  worktree: FileSource,
  paths: string[],
): Promise<string[]> {
  const listed = await worktree.list(paths);
  const apps = listed.filter((file) => file === 'cdk.json' || file.endsWith('/cdk.json'));
  const assemblies: string[] = [];
  for (const app of apps) {
    const assembly = assemblyDirOf(root, app);
    if (!existsSync(path.join(root, assembly, 'manifest.json'))) {
      const folder = path.posix.dirname(app);
      throw new UserError(
        `${folder === '.' ? 'this folder' : folder} is a CDK app (cdk.json) with no cloud assembly at ${assembly}: run \`cdk synth\` first (or \`cdk synth -o ${assembly}\`), so its templates can be checked`,
      );
    }
    assemblies.push(assembly);
  }
  return assemblies;
}
