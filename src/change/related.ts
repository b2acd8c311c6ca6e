// What a change's own files need from the unchanged rest of the repository: the files that write out a physical
// name the changed files' entities declare or attach to (a role in an unchanged file that a changed policy names,
// a policy in an unchanged file that names a changed role), at head or at base. One `git grep` per side finds the
// candidates; each is then kept only when it writes a name out as attached.ts's join requires, so the files read
// are the files a join can use, and no more.
import type { FileSource } from '../iac/source.js';
import type { Entity, ParseResult } from '../policy/model.js';
import { joinableName, type Mentions, namesWritten } from './attached.js';
import type { Git } from './git.js';

/** The names to look for: of every role, user and group the entities declare or name, lower-cased. */
export function namesOf(entities: Iterable<Entity>): Set<string> {
  const names = new Set<string>();
  for (const e of entities) {
    if (e.kind === 'policy') continue;
    const name = joinableName(e.name);
    if (name !== null) names.add(name);
  }
  return names;
}

/**
 * Whether an entity of a file may join under a name: the file writes the name out, at head or at base, or the change
 * touches the file (its own computed names are known, since it is read). The one answer the joins of head, base and
 * history share, so all three agree on which entities join, whichever files were read. Each file is read once;
 * `same(file)` says its base text is its head text (a file the diff does not name), so only one is read.
 */
export function mentionsIn(
  head: FileSource,
  base: FileSource | null,
  options: { same?: (file: string) => boolean; touches?: (file: string) => boolean } = {},
): Mentions & { namesIn(file: string): Promise<Set<string>> } {
  const same = options.same ?? (() => false);
  const touches = options.touches ?? (() => false);
  const cache = new Map<string, Promise<Set<string>>>();
  const namesIn = (file: string): Promise<Set<string>> => {
    let known = cache.get(file);
    if (!known) {
      const read = (source: FileSource | null) =>
        source?.read(file).catch(() => null) ?? Promise.resolve(null);
      known = Promise.all([read(head), same(file) ? null : read(base)]).then(([atHead, atBase]) => {
        const names = namesWritten(atHead ?? '');
        if (atBase) for (const name of namesWritten(atBase)) names.add(name);
        return names;
      });
      cache.set(file, known);
    }
    return known;
  };
  const mentions = async (file: string, name: string) => touches(file) || (await namesIn(file)).has(name);
  return Object.assign(mentions, { namesIn });
}

/** Where the names are looked for: the head's tracked files, and the base when the change's files were given. */
export interface GrepWhere {
  head: 'worktree' | 'index';
  base: string | null;
}

/**
 * `git grep` for names, startable before every name is known: the head's names are searched while the base is
 * still being read, and a later search greps only the names not searched yet. The files found are the union, a
 * superset of what any one set of names finds (each candidate is checked by `relatedFiles` anyway).
 */
export class NameSearch {
  private readonly searched = new Set<string>();
  private readonly runs: Promise<Set<string>>[] = [];

  constructor(
    private readonly git: Git,
    private readonly where: GrepWhere,
  ) {}

  start(names: Iterable<string>): void {
    const fresh = [...names].filter((name) => !this.searched.has(name));
    if (fresh.length === 0) return;
    for (const name of fresh) this.searched.add(name);
    const { git, where } = this;
    this.runs.push(
      Promise.all([
        git.grep(fresh, where.head),
        where.base ? git.grep(fresh, { commit: where.base }) : Promise.resolve(new Set<string>()),
      ]).then(([atHead, atBase]) => new Set([...atHead, ...atBase])),
    );
  }

  async files(names: Iterable<string>): Promise<Set<string>> {
    this.start(names);
    const found = new Set<string>();
    for (const run of await Promise.all(this.runs)) for (const file of run) found.add(file);
    return found;
  }
}

/**
 * The unchanged files that write out any of `names`, at head (the working tree's or the index's tracked files) or
 * at the base (needed only when the change's files are a list given from outside: a file `git diff` does not name is
 * the same at both), with the names each writes. `skip`: files read already.
 */
export async function relatedFiles(
  search: NameSearch,
  names: ReadonlySet<string>,
  mentions: ReturnType<typeof mentionsIn>,
  skip: (file: string) => boolean,
): Promise<{ file: string; names: string[] }[]> {
  if (names.size === 0) return [];
  const words = [...names];
  const candidates = await search.files(words);
  const out: { file: string; names: string[] }[] = [];
  for (const file of [...candidates].sort()) {
    if (skip(file)) continue;
    // A substring match is a candidate; the file counts when it writes a name out as a name.
    const written = await mentions.namesIn(file);
    const tying = words.filter((name) => written.has(name));
    if (tying.length > 0) out.push({ file, names: tying.sort() });
  }
  return out;
}

/**
 * Two reads of disjoint file sets as one, in the order readIac gives them. A file both touch (an assembly manifest
 * read again for a second template) keeps what the first read of it found.
 */
export function mergeReads(first: ParseResult, second: ParseResult): ParseResult {
  const owned = new Set(first.files);
  const mine = <T extends { file: string }>(items: T[]) => items.filter((item) => !owned.has(item.file));
  const merged: ParseResult = {
    entities: [...first.entities, ...mine(second.entities)],
    diagnostics: [...first.diagnostics, ...mine(second.diagnostics)].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
    ),
    files: [...new Set([...first.files, ...second.files])].sort(),
  };
  const notes = [...(first.notes ?? []), ...mine(second.notes ?? [])];
  if (notes.length > 0) merged.notes = notes;
  if (first.priorEntities || second.priorEntities) {
    merged.priorEntities = [...(first.priorEntities ?? []), ...mine(second.priorEntities ?? [])];
  }
  return merged;
}
