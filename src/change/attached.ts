// Policies attached by name from another file. A reader gives a role, user or group that a policy, attachment or
// membership names but its file does not declare an entity of its own, known by name only. When other files read
// in the same run declare an entity of that kind under that name, the name-only entity is folded into each of them:
// the role's grants are then all of its grants, whichever file attaches them, and a widening from either file is
// judged against the whole. Each file must write the name out, or be one the change touches (see `Mentions`), so
// the files a join needs are the change's own and those a text search for the name finds (src/change/related.ts):
// a scoped read joins as a full one does.
import { type Entity, entityKey, type Suppression, scopedSuppressions } from '../policy/model.js';
import { entityText } from './touched.js';

/**
 * Whether an entity of `file` may join under `name`: the file writes the name out as a word of its own (head or base
 * text), or the change touches the file; the same answer for every read.
 */
export type Mentions = (file: string, name: string) => Promise<boolean>;

/** A run of the characters an IAM name (role, user, group) may hold. */
const NAME_RUN = /[A-Za-z0-9+=,.@_-]+/g;

/** The lower-cased name when an entity of another file may join under it; null for names IAM cannot have. */
export function joinableName(name: string | null): string | null {
  if (name === null || !/^[A-Za-z0-9+=,.@_-]{1,128}$/.test(name)) return null;
  return name.toLowerCase();
}

/**
 * The names a text writes out, lower-cased: every whole run of name characters (`app-role` in `Roles: [app-role]`
 * or `role/app-role`, not in `my-app-role` nor in `${Prefix}-role`).
 */
export function namesWritten(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.matchAll(NAME_RUN)) if (run[0].length <= 128) out.add(run[0].toLowerCase());
  return out;
}

const JOINED_KINDS = new Set<Entity['kind']>(['role', 'user', 'group']);

function slot(e: Entity, name: string): string {
  return `${e.kind}\n${name}`;
}

function union(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const item of b) if (!out.includes(item)) out.push(item);
  return out;
}

/**
 * A name-only entity's suppressions as they apply to the entity it folds into: each covers what its own policy
 * resource adds (a suppression the reader did not scope covers what this file adds), never the role's own grants.
 */
function carried(from: Entity): Suppression[] {
  return from.suppressions.map((s) =>
    s.scope === null ? scopedSuppressions([s], from.id, from.statements)[0]! : s,
  );
}

/** `into` with what the name-only entities give it, in file order, as a new entity. */
function folded(into: Entity, from: Entity[]): Entity {
  const ordered = [...from].sort((a, b) => entityKey(a).localeCompare(entityKey(b)));
  return {
    ...into,
    statements: [...into.statements, ...ordered.flatMap((e) => e.statements)],
    managedPolicyArns: ordered.reduce((arns, e) => union(arns, e.managedPolicyArns), into.managedPolicyArns),
    groups: ordered.reduce((groups, e) => union(groups, e.groups), into.groups),
    unknowns: [...into.unknowns, ...ordered.flatMap((e) => e.unknowns)],
    suppressions: [...into.suppressions, ...ordered.flatMap(carried)],
  };
}

export interface Joined {
  /** The entities with each joined name-only entity folded into its declaring ones, and left out itself. */
  entities: Entity[];
  /** Name-only entity key → the keys of the entities it was folded into. */
  links: Map<string, string[]>;
}

/**
 * Folds each name-only entity into every entity of its kind that another file declares under the same name (IAM
 * names are case-insensitive), when `mentions` accepts both files. Two declarations of one name (a dev and a prod
 * template) both get it: which account the policy deploys to is not in the code, and a second declaration must not
 * be a way to judge the policy apart from the role. A name an unchanged file builds (`!Sub "${Prefix}-role"`) joins
 * nothing, scoped or not: no text search finds it.
 */
export async function joinAcrossFiles(entities: Entity[], mentions: Mentions): Promise<Joined> {
  const declared = new Map<string, Entity[]>();
  const named: { entity: Entity; name: string }[] = [];
  for (const e of entities) {
    const name = JOINED_KINDS.has(e.kind) ? joinableName(e.name) : null;
    if (name === null) continue;
    if (e.namedOnly) named.push({ entity: e, name });
    else declared.set(slot(e, name), [...(declared.get(slot(e, name)) ?? []), e]);
  }
  const links = new Map<string, string[]>();
  const into = new Map<Entity, Entity[]>();
  for (const { entity, name } of named) {
    const candidates = (declared.get(slot(entity, name)) ?? []).filter((d) => d.file !== entity.file);
    if (candidates.length === 0 || !(await mentions(entity.file, name))) continue;
    const writing: Entity[] = [];
    for (const d of candidates) if (await mentions(d.file, name)) writing.push(d);
    if (writing.length === 0) continue;
    links.set(entityKey(entity), writing.map(entityKey));
    for (const target of writing) into.set(target, [...(into.get(target) ?? []), entity]);
  }
  if (links.size === 0) return { entities, links };
  const out: Entity[] = [];
  for (const e of entities) {
    if (links.has(entityKey(e))) continue;
    const from = into.get(e);
    out.push(from ? folded(e, from) : e);
  }
  return { entities: out, links };
}

/**
 * The bases joined as the base had them: the chosen base of every head entity (under its head key) and the git
 * base's entities the head no longer has (a policy file the change deletes still attached at base), joined by their
 * own names at base. A base entity copied under a head key (a moved file) is not counted twice. Returns the base of
 * each head key that had one.
 */
export async function joinBases(
  chosen: Entity[],
  gitBase: Entity[],
  headKeys: ReadonlySet<string>,
  mentions: Mentions,
): Promise<Entity[]> {
  const chosenKeys = new Set(chosen.map(entityKey));
  const chosenTexts = new Set(chosen.map(entityText));
  const gone = gitBase.filter(
    (e) => !headKeys.has(entityKey(e)) && !chosenKeys.has(entityKey(e)) && !chosenTexts.has(entityText(e)),
  );
  if (!chosen.concat(gone).some((e) => e.namedOnly)) return chosen;
  const joined = await joinAcrossFiles([...chosen, ...gone], mentions);
  return joined.entities.filter((e) => chosenKeys.has(entityKey(e)));
}
