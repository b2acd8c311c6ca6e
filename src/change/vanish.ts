// Entities do not vanish: an entity the base declares whose file is still there at head but no longer read (a
// symlink, binary, too large, no longer a template, now a resource policy, now a nested stack) is reported, one per
// entity, since what the change does to it cannot be seen. A file that is simply gone is a deletion, unless the same
// change touches a file the scan cannot read, where the entity may have moved.
import { classifyDocument, type DocumentKind } from '../iac/parse.js';
import { type Entity, entityKey, type SourceFormat } from '../policy/model.js';

/** What stands at a path at head. */
export type HeadState = 'absent' | 'symlink' | 'folder' | 'special' | 'file';

export interface Vanished {
  /** The entity as the base declared it (its file and line there). */
  entity: Entity;
  /** Why the scan does not see it at head, as a clause: "infra/app.yaml, where AppRole is declared at base, …". */
  reason: string;
}

export interface VanishInput {
  /** The git base's entities (the files the change touches, at least). */
  base: Entity[];
  /** Keys of the head's entities, and the base keys some head entity was paired with (a move, the same name). */
  present: ReadonlySet<string>;
  /** Files read at head. */
  headFiles: ReadonlySet<string>;
  state(file: string): Promise<HeadState>;
  /** The head's text of a regular file, or null when it cannot be read. */
  text(file: string): Promise<string | null>;
  size(file: string): Promise<number | null>;
  maxBytes: number;
  /** Base file → the head file git says it was renamed to. */
  renamedTo: ReadonlyMap<string, string>;
  /** Files the change adds (not renamed from anywhere): where a deleted file's entities could have gone. */
  added: readonly string[];
}

const EXPECTED: Record<SourceFormat, DocumentKind> = {
  cloudformation: 'template',
  cdk: 'template',
  terraform: 'terraform-plan',
  policy: 'policy',
};

const LABEL: Record<DocumentKind, string> = {
  template: 'a CloudFormation template',
  'terraform-plan': 'a Terraform plan',
  policy: 'an IAM policy document',
  'resource-policy': 'a resource-based policy',
  binary: 'binary content',
  unparseable: 'text that does not parse',
  other: 'something else',
};

/** Why a file at head does not show its entities, or null when it reads as `expected` does. */
async function unreadableAs(
  file: string,
  expected: DocumentKind,
  input: VanishInput,
): Promise<string | null> {
  const state = await input.state(file);
  switch (state) {
    case 'absent':
      return null;
    case 'symlink':
      return 'is now a symbolic link, which the scan never follows';
    case 'folder':
      return 'is now a folder';
    case 'special':
      return 'is no longer a regular file';
    case 'file':
      break;
  }
  const size = await input.size(file);
  if (size !== null && size > input.maxBytes)
    return `is now over the size limit (maxFileBytes ${input.maxBytes})`;
  const text = await input.text(file);
  if (text === null) return 'can no longer be read';
  const found = classifyDocument(file, text);
  if (found.kind === 'binary') return 'now has binary content, which the scan skips';
  if (found.kind === 'unparseable') return 'no longer parses';
  if (found.kind === 'resource-policy' && expected === 'policy')
    return 'is now a resource-based policy (a statement names a Principal), which the scan skips as no identity of its own';
  if (found.kind !== expected)
    return `no longer reads as ${LABEL[expected]} (it reads as ${LABEL[found.kind]})`;
  if (found.opaque.length > 0) {
    const parts = found.opaque.map((p) => `${p.description} at line ${p.line}`).join(', ');
    return `now holds ${parts}, whose resources the scan cannot see: the entity may be declared there`;
  }
  if (!input.headFiles.has(file)) return 'is no longer among the files the scan reads';
  return null;
}

/** An added file that mentions IaC and cannot be read as it: where a deleted file's entities may have gone. */
async function suspect(file: string, input: VanishInput): Promise<string | null> {
  if ((await input.state(file)) !== 'file') return null;
  const size = await input.size(file);
  if (size !== null && size > input.maxBytes) return 'over the size limit';
  const text = await input.text(file);
  if (text === null) return null;
  const found = classifyDocument(file, text);
  if (!found.mentionsIac) return null;
  return found.kind === 'binary' ? 'binary' : found.kind === 'unparseable' ? 'not parseable' : null;
}

/** Why a base file's entities are not at head, or null when the change simply removed them. */
async function whyGone(
  file: string,
  format: SourceFormat,
  input: VanishInput,
  suspects: () => Promise<string[]>,
): Promise<string | null> {
  const expected = EXPECTED[format];
  if ((await input.state(file)) !== 'absent') return unreadableAs(file, expected, input);
  const renamed = input.renamedTo.get(file);
  if (renamed !== undefined) {
    const why = await unreadableAs(renamed, expected, input);
    return why === null ? null : `was renamed to ${renamed}, which ${why}`;
  }
  const list = await suspects();
  if (list.length === 0) return null;
  return `was deleted, while this change adds ${list.join(', ')}, which the scan cannot read: the entity may have moved there`;
}

export async function vanishedEntities(input: VanishInput): Promise<Vanished[]> {
  const byFile = new Map<string, Entity[]>();
  for (const entity of input.base) {
    if (input.present.has(entityKey(entity))) continue;
    const list = byFile.get(entity.file) ?? [];
    list.push(entity);
    byFile.set(entity.file, list);
  }
  let found: Promise<string[]> | null = null;
  const suspects = () => {
    found ??= (async () => {
      const out: string[] = [];
      for (const file of input.added) {
        const why = await suspect(file, input);
        if (why) out.push(`${file} (${why})`);
      }
      return out;
    })();
    return found;
  };
  const out: Vanished[] = [];
  for (const [file, entities] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const what = await whyGone(file, entities[0]!.format, input, suspects);
    if (what === null) continue;
    for (const entity of entities) {
      out.push({
        entity,
        reason: `${file}, where ${entity.kind} ${entity.id} is declared at base, ${what}, so what this change does to it cannot be seen`,
      });
    }
  }
  return out;
}
