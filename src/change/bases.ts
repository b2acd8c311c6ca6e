// The base of each head entity, from the best source that knows it: the deployed state, then a base artifact the
// workflow built, then the git base. A source "answers" for an entity when it can say what was there before; the
// first that holds the entity gives its base, and when none holds it the entity is new only if one answered.
import { type Entity, entityKey } from '../policy/model.js';
import type { BaseSource, EntityBase } from './model.js';

/** One source of bases, in the order of preference. */
export interface BaseCandidate {
  source: Exclude<BaseSource, 'none'>;
  /** Base entities by head key (file#id). */
  entities: ReadonlyMap<string, Entity>;
  /** Whether this source can tell what existed before for the head entity (then its absence means "new"). */
  answers(entity: Entity): boolean;
  /**
   * Base entities by physical identity (`identitiesOf`), for head entities no key matches: a role moved to another
   * file or given another logical id is still the deployed role its RoleName names.
   */
  identities?: ReadonlyMap<string, Entity[]>;
}

/** A head entity paired with base entities of another key, by its physical identity. */
export interface IdentityPairing {
  source: Exclude<BaseSource, 'none'>;
  /** The base entities it was paired with (their own files and ids), one or more (a role and policies naming it). */
  from: Entity[];
}

export interface ChosenBases {
  /** The base entities under their head keys. */
  entities: Entity[];
  bases: Map<string, EntityBase>;
  /** Head keys paired by identity rather than by key. */
  byIdentity: Map<string, IdentityPairing>;
}

/**
 * What names an entity in IAM whatever file or logical id declares it: its kind and physical name (IAM names are
 * case-insensitive), and its ARN when known. Empty when the code fixes neither.
 */
export function identitiesOf(entity: Entity): string[] {
  const out: string[] = [];
  if (entity.name) out.push(`${entity.kind}\n${entity.name.toLowerCase()}`);
  if (entity.arn) out.push(`arn\n${entity.arn.toLowerCase()}`);
  return out;
}

/** Entities by each of their identities. */
export function byIdentity(entities: Iterable<Entity>): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const identity of identitiesOf(e)) {
      const list = out.get(identity) ?? [];
      if (!list.includes(e)) list.push(e);
      out.set(identity, list);
    }
  }
  return out;
}

/**
 * The base of a head entity paired by identity: everything the base gave that IAM entity, wherever it was written
 * (its declaration, and policies in other files that name it), under the head entity's key.
 */
function unionAsBase(head: Entity, from: Entity[]): Entity {
  const declared = from.find((e) => !e.id.startsWith(`${e.kind}/`) && !e.id.includes('@')) ?? from[0]!;
  const unique = (lists: string[][]) => [...new Set(lists.flat())];
  return {
    ...declared,
    id: head.id,
    file: head.file,
    statements: from.flatMap((e) => e.statements),
    managedPolicyArns: unique(from.map((e) => e.managedPolicyArns)),
    groups: unique(from.map((e) => e.groups)),
    unknowns: from.flatMap((e) => e.unknowns),
    suppressions: from.flatMap((e) => e.suppressions),
  };
}

function pairedByIdentity(entity: Entity, candidate: BaseCandidate): Entity[] {
  if (!candidate.identities) return [];
  const found: Entity[] = [];
  for (const identity of identitiesOf(entity)) {
    for (const e of candidate.identities.get(identity) ?? []) if (!found.includes(e)) found.push(e);
  }
  return found.filter((e) => e.kind === entity.kind);
}

export function chooseBases(head: Entity[], candidates: BaseCandidate[]): ChosenBases {
  const entities: Entity[] = [];
  const bases = new Map<string, EntityBase>();
  const identities = new Map<string, IdentityPairing>();
  for (const entity of head) {
    const key = entityKey(entity);
    const holder = candidates.find((c) => c.entities.has(key));
    if (holder) {
      entities.push(holder.entities.get(key)!);
      bases.set(key, { source: holder.source, existed: true });
      continue;
    }
    let paired = false;
    for (const candidate of candidates) {
      const from = pairedByIdentity(entity, candidate);
      if (from.length === 0) continue;
      entities.push(unionAsBase(entity, from));
      bases.set(key, { source: candidate.source, existed: true });
      identities.set(key, { source: candidate.source, from });
      paired = true;
      break;
    }
    if (paired) continue;
    const answering = candidates.find((c) => c.answers(entity));
    bases.set(
      key,
      answering ? { source: answering.source, existed: false } : { source: 'none', existed: false },
    );
  }
  return { entities, bases, byIdentity: identities };
}

/** Entities keyed by their head key. */
export function byKey(entities: Iterable<Entity>): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const e of entities) out.set(entityKey(e), e);
  return out;
}

/**
 * A file the change moves or renames keeps its entities' history: a head entity with no base under its own key is
 * paired with the base entity of the same kind and id in the file git says it was renamed from, else with the one
 * base entity of that kind and id whose file is gone at head. Without this, a move would turn every grant into a
 * "new" one and let a widening through.
 */
export function movedEntities(
  head: { entities: Entity[]; files: string[] },
  base: { entities: Entity[] },
  /** Receives, for each pair, the head key and the base entity's own key. */
  origins?: Map<string, string>,
  /** Head file → the base file git says it was renamed from. */
  renames: ReadonlyMap<string, string> = new Map(),
): Map<string, Entity> {
  const paired = new Map<string, Entity>();
  const headFiles = new Set(head.files);
  const baseKeys = new Set(base.entities.map(entityKey));
  const gone = new Map<string, Entity[]>();
  for (const e of base.entities) {
    if (headFiles.has(e.file)) continue;
    const candidates = gone.get(`${e.kind}\n${e.id}`) ?? [];
    candidates.push(e);
    gone.set(`${e.kind}\n${e.id}`, candidates);
  }
  for (const e of head.entities) {
    const key = entityKey(e);
    if (baseKeys.has(key)) continue;
    const candidates = gone.get(`${e.kind}\n${e.id}`) ?? [];
    const from = renames.get(e.file);
    // A policy file's entity is named after the file: renamed, it is the one policy of the old file.
    const renamed =
      from === undefined
        ? []
        : e.format === 'policy'
          ? base.entities.filter((c) => c.file === from && c.format === 'policy' && !headFiles.has(c.file))
          : candidates.filter((c) => c.file === from);
    const match = renamed.length === 1 ? renamed[0] : candidates.length === 1 ? candidates[0] : undefined;
    if (match) {
      paired.set(key, { ...match, file: e.file, id: e.id });
      origins?.set(key, entityKey(match));
    }
  }
  return paired;
}

/**
 * Matches entities of a base artifact (read from its own folder) to head entities: by stack name and logical id
 * for templates that deploy as a stack, by address for Terraform, else by the file's path inside the artifact
 * (`app.yaml` matches `infra/app.yaml`) and id.
 */
export function artifactMatcher(
  artifact: Entity[],
  /** Stacks the artifact's assemblies declare, with or without IAM entities. */
  declaredStacks: Iterable<string> = [],
): {
  entities: (head: Entity[]) => Map<string, Entity>;
  answers: (entity: Entity) => boolean;
} {
  const stackKey = (e: Entity) => (e.stackName ? `stack\n${e.stackName}\n${e.kind}\n${e.id}` : null);
  const tfKey = (e: Entity) => (e.format === 'terraform' ? `tf\n${e.kind}\n${e.id}` : null);
  const byStack = new Map<string, Entity>();
  const byAddress = new Map<string, Entity>();
  const stacks = new Set<string>(declaredStacks);
  let terraform = false;
  for (const e of artifact) {
    const s = stackKey(e);
    if (s) byStack.set(s, e);
    if (e.stackName) stacks.add(e.stackName);
    const t = tfKey(e);
    if (t) {
      byAddress.set(t, e);
      terraform = true;
    }
  }
  const fileMatch = (headFile: string, artifactFile: string) =>
    headFile === artifactFile || headFile.endsWith(`/${artifactFile}`);
  const plain = artifact.filter((e) => !e.stackName && e.format !== 'terraform');
  return {
    entities(head) {
      const out = new Map<string, Entity>();
      for (const h of head) {
        const s = stackKey(h);
        const t = tfKey(h);
        const found =
          (s ? byStack.get(s) : undefined) ??
          (t ? byAddress.get(t) : undefined) ??
          (() => {
            const matches = plain.filter(
              (a) => a.kind === h.kind && a.id === h.id && fileMatch(h.file, a.file),
            );
            return matches.length === 1 ? matches[0] : undefined;
          })();
        if (found) out.set(entityKey(h), { ...found, file: h.file });
      }
      return out;
    },
    answers: (e) =>
      (e.stackName !== null && stacks.has(e.stackName)) ||
      (e.format === 'terraform' && terraform) ||
      plain.some((a) => fileMatch(e.file, a.file)),
  };
}
