// The least-privilege suggestion: what the entity used (and what no report can judge yet), as a ready-to-paste
// `Action` element.
import {
  type ActionSet,
  actionSetOfNames,
  coveredInRange,
  forEachIndex,
  hasAction,
  patternActions,
  serviceRange,
} from '../policy/action-set.js';
import type { GrantedEntity } from '../policy/grants.types.js';
import { serviceOf } from './attribution.js';
import type { TrackedAction, UsageView } from './usage-view.js';

const regexes = new Map<string, RegExp>();

function patternRegex(pattern: string): RegExp {
  const known = regexes.get(pattern);
  if (known) return known;
  if (regexes.size > 10_000) regexes.clear();
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  const regex = new RegExp(`^${body}$`, 'i');
  regexes.set(pattern, regex);
  return regex;
}

/**
 * The granted actions worth keeping: for each service used within the window, the action strings as written
 * (narrowed to explicit actions when the report shows some of its tracked actions unused). Untracked actions
 * stay, and so do services the report does not list (new ones, or ones it does not cover): nobody can tell whether
 * they are used, so dropping them would break the entity. Null when nothing is left to keep.
 */
export function suggestActions(granted: GrantedEntity, view: UsageView): string[] | null {
  const { grants } = granted;
  const { space } = grants.actions;
  // Per entity, not per service: a grant of `*` has 400+ services and the same few written patterns.
  const written = writtenPatterns(granted);
  const covers = new Map<string, ActionSet | null>();
  const coverOfPattern = (pattern: string, start: number, end: number) => {
    // A pattern outside printable ASCII is tested against the names of one service's range, so it is not shared.
    if (!PRINTABLE.test(pattern)) return coverOf(grants.actions, pattern, start, end);
    if (!covers.has(pattern)) covers.set(pattern, patternActions(space, pattern));
    return covers.get(pattern) ?? null;
  };
  const keep = new Set<string>();
  for (const service of grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used) continue;
    // The service's granted actions are the bits of its range: read in place, never copied (a `*` has 400+).
    const [start, end] = serviceRange(space, service) ?? [0, 0];
    const unusedTracked = unusedTrackedOf(seen?.tracked ?? null);
    let dropsSome = false;
    for (const action of unusedTracked) dropsSome ||= hasAction(grants.actions, action);
    const patterns = [...written.any, ...(written.byService.get(service) ?? [])];
    const patternCovers: ActionSet[] = [];
    for (const pattern of patterns) {
      const cover = coverOfPattern(pattern, start, end);
      if (cover) patternCovers.push(cover);
    }
    const patternsCover = coveredInRange(grants.actions, patternCovers, start, end);
    if (!dropsSome && patternsCover && patterns.length > 0) {
      for (const p of patterns) keep.add(p === '*' ? `${service}:*` : p);
    } else {
      forEachIndex(
        grants.actions,
        (i) => {
          const action = space.names[i]!;
          if (!unusedTracked.has(action.toLowerCase())) keep.add(action);
        },
        start,
        end,
      );
    }
  }
  if (keep.size === 0) return null;
  return [...keep].sort((a, b) => a.localeCompare(b));
}

const PRINTABLE = /^[\x20-\x7e]*$/;
const NONE: ReadonlySet<string> = new Set();

/** The Allow statements' action patterns as written: `*` apart, the others by the service they name. */
function writtenPatterns(granted: GrantedEntity): { any: string[]; byService: Map<string, string[]> } {
  const any: string[] = [];
  const byService = new Map<string, string[]>();
  for (const statement of granted.entity.statements) {
    if (statement.effect !== 'Allow' || !statement.actions) continue;
    for (const action of statement.actions) {
      const pattern = action.pattern.trim();
      if (pattern === '*') any.push(pattern);
      else {
        const service = serviceOf(pattern);
        const list = byService.get(service);
        if (list) list.push(pattern);
        else byService.set(service, [pattern]);
      }
    }
  }
  return { any, byService };
}

/** The lower-cased names of the tracked actions not used within the window. */
function unusedTrackedOf(tracked: ReadonlyMap<string, TrackedAction> | null): ReadonlySet<string> {
  if (!tracked) return NONE;
  const unused = new Set<string>();
  for (const t of tracked.values()) if (!t.used) unused.add(t.action.toLowerCase());
  return unused;
}

/**
 * What a pattern outside printable ASCII matches (IAM's comparison: any case, `*` and `?`) among the granted names
 * of [start, end).
 */
function coverOf(granted: ActionSet, pattern: string, start: number, end: number): ActionSet {
  const names: string[] = [];
  const regex = patternRegex(pattern);
  forEachIndex(
    granted,
    (i) => {
      const action = granted.space.names[i]!;
      if (regex.test(action)) names.push(action);
    },
    start,
    end,
  );
  return actionSetOfNames(granted.space, names).set;
}

export function formatSuggestion(actions: string[]): string {
  return `"Action": [${actions.map((a) => JSON.stringify(a)).join(', ')}]`;
}
