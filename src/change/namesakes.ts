// The base of an entity the change declares somewhere new (another file, another logical id, a policy in a new file
// naming an existing role) is the entity IAM knows by that name. When the base read covered only the files the
// change touches, the files at base that declare that name are found with one `git grep` and read.

import type { ReadOptions } from '../iac/index.js';
import { readIac, selection } from '../iac/index.js';
import type { Entity } from '../policy/model.js';
import { identitiesOf } from './bases.js';
import type { Git } from './git.js';
import { commitSource } from './sources.js';

/** A name worth looking for: fixed by the code (no `${…}` left), long enough not to match everything. */
function literalName(entity: Entity): string | null {
  const name = entity.name;
  return name && name.length >= 3 && !name.includes('${') ? name : null;
}

/**
 * Base entities outside `alreadyRead` that share an identity with one of `unmatched` (head entities no base key
 * matches): a role declared in a file the change does not touch, which a policy in a new file names.
 */
export async function namesakesAtBase(
  git: Git,
  commit: string,
  unmatched: Entity[],
  alreadyRead: ReadonlySet<string>,
  paths: string[],
  options: ReadOptions,
): Promise<Entity[]> {
  const names = [...new Set(unmatched.map(literalName).filter((n): n is string => n !== null))];
  if (names.length === 0) return [];
  const { onlyFiles: _scoped, ...unscoped } = options;
  const selected = selection(unscoped);
  const files = (await git.filesContaining(commit, names, paths)).filter(
    (f) => !alreadyRead.has(f) && selected(f),
  );
  if (files.length === 0) return [];
  const read = await readIac(
    commitSource(git, commit, '', `git base ${commit.slice(0, 12)}`),
    files,
    unscoped,
  );
  const wanted = new Set(unmatched.flatMap(identitiesOf));
  return read.entities.filter((e) => identitiesOf(e).some((id) => wanted.has(id)));
}
