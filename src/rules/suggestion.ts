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
import type { UsageView } from './usage-view.js';

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
  const { grants, entity } = granted;
  const written = entity.statements
    .filter((statement) => statement.effect === 'Allow' && statement.actions)
    .flatMap((statement) => (statement.actions ?? []).map((a) => a.pattern.trim()));
  const { space } = grants.actions;
  const keep = new Set<string>();
  for (const service of grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used) continue;
    // The service's granted actions are the bits of its range: read in place, never copied (a `*` has 400+).
    const [start, end] = serviceRange(space, service) ?? [0, 0];
    const unusedTracked = new Set(
      [...(seen?.tracked?.values() ?? [])].filter((t) => !t.used).map((t) => t.action.toLowerCase()),
    );
    const dropsSome = [...unusedTracked].some((action) => hasAction(grants.actions, action));
    const patterns = written.filter((p) => p === '*' || serviceOf(p) === service);
    const patternsCover = coveredInRange(
      grants.actions,
      coverOf(grants.actions, patterns, start, end),
      start,
      end,
    );
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

/**
 * What each pattern matches (IAM's comparison: any case, `*` and `?`) as action sets. A plain ASCII pattern matches
 * what the catalog expands it to; anything else is tested as written against the granted names of [start, end).
 */
function coverOf(granted: ActionSet, patterns: string[], start: number, end: number): ActionSet[] {
  const covers: ActionSet[] = [];
  for (const pattern of patterns) {
    if (/^[\x20-\x7e]*$/.test(pattern)) {
      const matched = patternActions(granted.space, pattern);
      if (matched) covers.push(matched);
      continue;
    }
    const names: string[] = [];
    forEachIndex(
      granted,
      (i) => {
        const action = granted.space.names[i]!;
        if (patternRegex(pattern).test(action)) names.push(action);
      },
      start,
      end,
    );
    covers.push(actionSetOfNames(granted.space, names).set);
  }
  return covers;
}

export function formatSuggestion(actions: string[]): string {
  return `"Action": [${actions.map((a) => JSON.stringify(a)).join(', ')}]`;
}
