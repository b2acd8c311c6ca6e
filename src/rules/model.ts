// Findings: what rules return and every formatter prints. Field names follow the `check --format json` contract.
import type { EntityKind } from '../policy/model.js';
import type { RuleId } from './index.js';

export type Severity = 'error' | 'warning' | 'notice';
export type SeverityOrOff = Severity | 'off';

/** The id of a registered rule (`src/rules/index.ts` lists them). */
export type { RuleId };

export interface Finding {
  rule: RuleId;
  severity: Severity;
  entity: { id: string; kind: EntityKind; arn: string | null };
  service: string | null;
  action: string | null;
  file: string;
  line: number;
  /** ISO time; null: not accessed in the tracking period. */
  lastAccessed: string | null;
  message: string;
  suggestion: string | null;
}

export interface CheckSummary {
  entities: number;
  errors: number;
  warnings: number;
  notices: number;
  suppressed: number;
  /** Problems (error diagnostics) this change brought into files it touches: what could not be judged. */
  unreadable: number;
  /** Findings reach fail-on, or something the change touched could not be read (unless fail-on is never). */
  blocked: boolean;
}
