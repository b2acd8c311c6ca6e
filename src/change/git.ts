// The one place that runs git: plain commands, one tree listing per revision, and every blob through one long-lived
// `git cat-file --batch-command` process, so a check costs a handful of git processes whatever the repository's size.
import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { isUnder } from '../iac/source.js';

/** One entry of a tree or of the index: regular files have mode 100644/100755, symlinks 120000. */
export interface TreeEntry {
  mode: string;
  /** The blob's object id. */
  oid: string;
  /** Bytes, when the listing says (`ls-tree --long`); null for the index. */
  size: number | null;
}

export type Tree = ReadonlyMap<string, TreeEntry>;

export function isRegularFile(entry: TreeEntry | undefined): entry is TreeEntry {
  return entry !== undefined && (entry.mode === '100644' || entry.mode === '100755');
}

export function isSymlink(entry: TreeEntry | undefined): boolean {
  return entry?.mode === '120000';
}

/** Object names the tool passes to git come from git itself (SHAs) or from the user (refs); never an option. */
export function assertRef(ref: string): void {
  if (ref === '' || ref.startsWith('-') || /[\s\0]/.test(ref)) {
    throw new GitError(`not a usable git ref: ${JSON.stringify(ref)}`);
  }
}

export class GitError extends Error {
  override name = 'GitError';
}

interface Pending {
  resolve: (value: { header: string; body: Buffer | null }) => void;
  reject: (error: Error) => void;
  withBody: boolean;
}

/** `git cat-file --batch-command`: requests in, answers out in the same order. */
class BatchReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failed: Error | null = null;

  constructor(root: string, env: NodeJS.ProcessEnv) {
    this.child = spawn('git', ['cat-file', '--batch-command'], { cwd: root, env, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    let stderr = '';
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const fail = (error: Error) => {
      this.failed ??= error;
      for (const pending of this.queue.splice(0)) pending.reject(this.failed);
    };
    this.child.on('error', (error) => fail(new GitError(`git cat-file could not start: ${error.message}`)));
    this.child.on('close', (code) => {
      fail(new GitError(`git cat-file exited (${code ?? 'signal'}): ${stderr.trim().split('\n')[0] ?? ''}`));
    });
    // A closed pipe is reported through 'close'; without this listener it would be an uncaught EPIPE.
    this.child.stdin.on('error', () => {});
  }

  private drain(): void {
    for (;;) {
      const pending = this.queue[0];
      if (!pending) return;
      const newline = this.buffer.indexOf(10);
      if (newline === -1) return;
      const header = this.buffer.subarray(0, newline).toString('utf8');
      const parts = header.split(' ');
      const missing = parts[parts.length - 1] === 'missing' || parts[parts.length - 1] === 'ambiguous';
      if (!pending.withBody || missing) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.queue.shift();
        pending.resolve({ header, body: null });
        continue;
      }
      const size = Number(parts[2]);
      // The body is followed by one newline.
      if (this.buffer.length < newline + 1 + size + 1) return;
      const body = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size));
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.queue.shift();
      pending.resolve({ header, body });
    }
  }

  request(command: 'contents' | 'info', oid: string): Promise<{ header: string; body: Buffer | null }> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject, withBody: command === 'contents' });
      this.child.stdin.write(`${command} ${oid}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

/** Words per alternation in `grep`: past a few thousand, compiling one costs more than matching several. */
const GREP_WORDS_PER_PATTERN = 500;

/** The git environment: no pager, no prompt for credentials, no system config that could change output. */
function gitEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...base, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
}

/** Parses `-z` listings whose records are `<mode> <type> <oid>[ <size>]\t<path>` or `<mode> <oid> <stage>\t<path>`. */
function parseListing(output: string, index: boolean): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const meta = record.slice(0, tab).trim().split(/\s+/);
    const file = record.slice(tab + 1);
    if (index) {
      // Unmerged entries (stage 1-3) are not a file the index holds as one version.
      if (meta[2] !== '0') continue;
      entries.set(file, { mode: meta[0] ?? '', oid: meta[1] ?? '', size: null });
    } else {
      const size = meta[3] === undefined || meta[3] === '-' ? null : Number(meta[3]);
      entries.set(file, { mode: meta[0] ?? '', oid: meta[2] ?? '', size });
    }
  }
  return entries;
}

/** One file a change touches, as `git diff --name-status` says. */
export interface FileChange {
  file: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'typechange';
  /** The file it was renamed or copied from. */
  from?: string;
}

const STATUS: Record<string, FileChange['status']> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'typechange',
};

/** `-z` name-status records: `R100\0old\0new\0M\0file\0…`. */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0');
  const out: FileChange[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++] ?? '';
    if (code === '') continue;
    const status = STATUS[code[0]!] ?? 'modified';
    if (status === 'renamed' || status === 'copied') {
      const from = fields[i++] ?? '';
      out.push({ file: fields[i++] ?? '', status, from });
    } else out.push({ file: fields[i++] ?? '', status });
  }
  return out;
}

/**
 * A repository, seen through git. Every spawned process is counted in `stats.spawned` (tests assert it), trees
 * are listed once per revision, and blobs are read through one batch process started on the first read.
 */
export class Git {
  readonly stats = { spawned: 0 };
  private readonly env: NodeJS.ProcessEnv;
  private batch: BatchReader | null = null;
  private readonly trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  private indexListing: Promise<Map<string, TreeEntry>> | null = null;
  private otherListing: Promise<string[]> | null = null;

  constructor(
    readonly root: string,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.env = gitEnv(env);
  }

  /** The repository whose work tree holds `cwd`, rooted at its top; null outside git. One process. */
  static async open(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Git | null> {
    const probe = new Git(cwd, env);
    const top = await probe.tryRun(['rev-parse', '--show-toplevel']);
    if (!top) return null;
    const git = new Git(top, env);
    git.stats.spawned += probe.stats.spawned;
    return git;
  }

  /**
   * Runs one git command in the repository; rejects with git's first line of stderr. An exit code in `quietExits`
   * (`git grep` exits 1 when nothing matches) resolves with the output instead.
   */
  run(args: string[], quietExits: readonly number[] = []): Promise<string> {
    this.stats.spawned++;
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        args,
        { cwd: this.root, env: this.env, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
        (error, stdout, stderr) => {
          if (error && !quietExits.includes((error as { code?: unknown }).code as number)) {
            const reason =
              String(stderr || error.message)
                .trim()
                .split('\n')[0] ?? '';
            reject(new GitError(`git ${args[0]} failed: ${reason}`));
          } else resolve(stdout);
        },
      );
    });
  }

  /** Which of `files` (repository-relative) the repository's ignore rules exclude: one process for all of them. */
  ignored(files: string[]): Promise<Set<string>> {
    if (files.length === 0) return Promise.resolve(new Set());
    this.stats.spawned++;
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        ['check-ignore', '-z', '--stdin'],
        { cwd: this.root, env: this.env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
        (error, stdout, stderr) => {
          // Exit 1: none of them is ignored.
          if (error && (error as { code?: unknown }).code !== 1) {
            reject(new GitError(`git check-ignore failed: ${String(stderr || error.message).trim()}`));
          } else resolve(new Set(stdout.split('\0').filter((f) => f !== '')));
        },
      );
      child.stdin?.on('error', () => {});
      child.stdin?.end(files.map((f) => `${f}\0`).join(''));
    });
  }

  /**
   * What differs between `commit` and the work tree (or, `staged`, the index): each file's status, renames with the
   * file they came from (git's rename detection). One process. Untracked files are not listed.
   */
  async changesSince(commit: string, staged: boolean): Promise<FileChange[]> {
    assertRef(commit);
    const out = await this.run([
      'diff',
      '--name-status',
      '-z',
      '-M',
      '--no-ext-diff',
      ...(staged ? ['--cached'] : []),
      commit,
      '--',
    ]);
    return parseNameStatus(out);
  }

  /**
   * Files of `commit` under `paths` whose text holds any of `needles` (fixed strings, ASCII case-insensitive): one
   * `git grep` process (`grep`).
   */
  async filesContaining(commit: string, needles: string[], paths: string[]): Promise<string[]> {
    const found = await this.grep(needles, { commit });
    return [...found].filter((file) => paths.length === 0 || paths.some((p) => isUnder(file, p))).sort();
  }

  /**
   * Files that contain any of `words` (fixed strings, ASCII case-insensitive), at a commit, in the index or in the
   * working tree's tracked files. One process, the words on its stdin whatever their number: as alternations of a
   * few hundred each, since git matches each pattern of `-F -f` on its own (seconds for a thousand words) and one
   * alternation in one pass.
   */
  grep(words: string[], where: { commit: string } | 'index' | 'worktree'): Promise<Set<string>> {
    const escaped = words
      .filter((w) => w !== '' && !/[\n\r\0]/.test(w))
      .map((w) => w.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'));
    const patterns: string[] = [];
    for (let i = 0; i < escaped.length; i += GREP_WORDS_PER_PATTERN)
      patterns.push(escaped.slice(i, i + GREP_WORDS_PER_PATTERN).join('|'));
    if (patterns.length === 0) return Promise.resolve(new Set());
    const at = typeof where === 'object' ? [where.commit] : where === 'index' ? ['--cached'] : [];
    if (typeof where === 'object') assertRef(where.commit);
    // `<commit>:` prefixes each path of a commit's tree.
    const prefix = typeof where === 'object' ? `${where.commit}:` : '';
    this.stats.spawned++;
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        ['grep', '-l', '-z', '-i', '-E', '--no-color', '-f', '-', ...at, '--'],
        { cwd: this.root, env: this.env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
        (error, stdout, stderr) => {
          // Exit 1: no file holds any of them.
          if (error && (error as { code?: unknown }).code !== 1) {
            reject(
              new GitError(
                `git grep failed: ${
                  String(stderr || error.message)
                    .trim()
                    .split('\n')[0]
                }`,
              ),
            );
            return;
          }
          const files = new Set<string>();
          for (const entry of stdout.split('\0')) {
            if (entry === '') continue;
            files.add(prefix && entry.startsWith(prefix) ? entry.slice(prefix.length) : entry);
          }
          resolve(files);
        },
      );
      child.stdin?.on('error', () => {});
      child.stdin?.end(`${patterns.join('\n')}\n`);
    });
  }

  /** The command's trimmed output, or null when it fails. */
  async tryRun(args: string[]): Promise<string | null> {
    try {
      return (await this.run(args)).trim();
    } catch {
      return null;
    }
  }

  /** The commit a ref names, or null. */
  commitOf(ref: string): Promise<string | null> {
    assertRef(ref);
    return this.tryRun(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  }

  /** Every file of a commit's tree (repository-relative paths), listed once. */
  tree(commit: string): Promise<Tree> {
    assertRef(commit);
    let listing = this.trees.get(commit);
    if (!listing) {
      listing = this.run(['ls-tree', '-r', '-z', '--long', '--full-tree', commit]).then((out) =>
        parseListing(out, false),
      );
      this.trees.set(commit, listing);
    }
    return listing;
  }

  /**
   * What the working tree holds that the index does not (untracked and ignored alike), a wholly untracked folder as
   * one entry ending in `/`. Listed once.
   */
  others(): Promise<string[]> {
    this.otherListing ??= this.run(['ls-files', '--others', '--directory', '-z']).then((out) =>
      out.split('\0').filter((entry) => entry !== ''),
    );
    return this.otherListing;
  }

  /** Every file of the index (stage 0), listed once. */
  index(): Promise<Tree> {
    this.indexListing ??= this.run(['ls-files', '--stage', '-z', '--full-name']).then((out) =>
      parseListing(out, true),
    );
    return this.indexListing;
  }

  private reader(): BatchReader {
    if (!this.batch) {
      this.stats.spawned++;
      this.batch = new BatchReader(this.root, this.env);
    }
    return this.batch;
  }

  /** A blob's bytes, or null when git does not have it. */
  async blob(oid: string): Promise<Buffer | null> {
    const answer = await this.reader().request('contents', oid);
    return answer.body;
  }

  /** A blob's size in bytes, or null when git does not have it. */
  async blobSize(oid: string): Promise<number | null> {
    const answer = await this.reader().request('info', oid);
    const size = Number(answer.header.split(' ')[2]);
    return answer.header.endsWith(' missing') || Number.isNaN(size) ? null : size;
  }

  /** Ends the batch process; later reads start a new one. */
  close(): void {
    this.batch?.close();
    this.batch = null;
  }
}
