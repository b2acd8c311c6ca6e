// What an entity grants once wildcards and NotAction are expanded against the action catalog.
import type { Diagnostic, Entity, SourceLocation } from './model.js';

export interface GrantSet {
  /** Sorted service prefixes allowed by any Allow, after unconditional Deny. */
  services: string[];
  /** Sorted, expanded, catalog spelling (`s3:GetObject`). */
  actions: string[];
  /** Action strings that match nothing in the catalog, kept as written. */
  unknownActions: string[];
  /** For each granted action: the place a reviewer would edit (the action string, else the statement). */
  sources: Record<string, SourceLocation>;
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
