// What an entity grants once wildcards and NotAction are expanded against the action catalog. Plain data, complete
// when it leaves `grantsOf`: nothing is computed on read and nothing changes it afterwards.
import type { ActionSet } from './action-set.js';
import type { Diagnostic, Entity, SourceLocation } from './model.js';

/** The actions one written place grants first: the place a reviewer would edit for them. */
export interface ActionSource {
  /** The action string, else (NotAction) the statement. */
  location: SourceLocation;
  actions: ActionSet;
}

export interface GrantSet {
  /** Sorted service prefixes allowed by any Allow, after unconditional Deny. */
  services: string[];
  /**
   * Expanded catalog actions, as bits over the catalog's action index (`*` is 22,000+ actions and 2.8 KB):
   * `actionNames(grants.actions)` lists them sorted in catalog spelling, `hasAction` tests one.
   */
  actions: ActionSet;
  /** Action strings that match nothing in the catalog, kept as written. */
  unknownActions: string[];
  /**
   * Where the granted actions are written, in statement order: each granted action is in the `actions` of exactly
   * one entry, the first Action string that grants it (else its NotAction statement). `sourceOf` finds one.
   */
  sources: ActionSource[];
  /** For each unknown action string: where it is written. */
  unknownActionSources?: Record<string, SourceLocation>;
  /** Problems reading attached managed policy documents (present only when there are some). */
  diagnostics?: Diagnostic[];
  /**
   * For each attached managed policy ARN: where its document came from (`live`, `snapshot`, `bundled 2026-08-26`),
   * or null when no source had it (then what it grants is not known). Present when the entity attaches any.
   */
  managedPolicySources?: Record<string, string | null>;
  /** The permissions boundary: applied when its document is known (then grants are at most what it allows). */
  boundary?: { arn: string | null; source: string | null; applied: boolean };
}

export interface GrantedEntity {
  entity: Entity;
  grants: GrantSet;
  /** Grants at the base ref; null when the entity is new (or no base was asked for: see `hasBase`). */
  base: GrantSet | null;
}
