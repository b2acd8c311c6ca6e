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
}

export interface GrantedEntity {
  entity: Entity;
  grants: GrantSet;
  /** Grants at the base ref; null when the entity is new (or no base was asked for: see `hasBase`). */
  base: GrantSet | null;
}
