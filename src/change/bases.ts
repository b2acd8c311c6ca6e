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
}

export interface ChosenBases {
  /** The base entities under their head keys. */
  entities: Entity[];
  bases: Map<string, EntityBase>;
}

export function chooseBases(head: Entity[], candidates: BaseCandidate[]): ChosenBases {
  const entities: Entity[] = [];
  const bases = new Map<string, EntityBase>();
  for (const entity of head) {
    const key = entityKey(entity);
    const holder = candidates.find((c) => c.entities.has(key));
    if (holder) {
      entities.push(holder.entities.get(key)!);
      bases.set(key, { source: holder.source, existed: true });
      continue;
    }
    const answering = candidates.find((c) => c.answers(entity));
    bases.set(
      key,
      answering ? { source: answering.source, existed: false } : { source: 'none', existed: false },
    );
  }
  return { entities, bases };
}

/** Entities keyed by their head key. */
export function byKey(entities: Iterable<Entity>): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const e of entities) out.set(entityKey(e), e);
  return out;
}

/**
 * A file the change moves or renames keeps its entities' history: a head entity with no base under its own key is
 * paired with the one base entity of the same kind and id whose file is gone at head. Without this, a move would
 * turn every grant into a "new" one and let a widening through.
 */
export function movedEntities(
  head: { entities: Entity[]; files: string[] },
  base: { entities: Entity[] },
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
    const candidates = gone.get(`${e.kind}\n${e.id}`);
    if (candidates?.length === 1) paired.set(key, { ...candidates[0]!, file: e.file });
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
