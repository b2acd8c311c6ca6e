// The least-privilege suggestion: what the entity used (and what no report can judge yet), as a ready-to-paste
// `Action` element.
import type { GrantedEntity } from '../policy/grants.types.js';
import { actionsOfService, serviceOf } from './attribution.js';
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
  const keep = new Set<string>();
  for (const service of grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used) continue;
    const granted = actionsOfService(grants, service);
    const unusedTracked = new Set(
      [...(seen?.tracked?.values() ?? [])].filter((t) => !t.used).map((t) => t.action.toLowerCase()),
    );
    const dropsSome = granted.some((action) => unusedTracked.has(action.toLowerCase()));
    const patterns = written.filter((p) => p === '*' || serviceOf(p) === service);
    const patternsCover = granted.every((action) => patterns.some((p) => patternRegex(p).test(action)));
    if (!dropsSome && patternsCover && patterns.length > 0) {
      for (const p of patterns) keep.add(p === '*' ? `${service}:*` : p);
    } else {
      for (const action of granted) if (!unusedTracked.has(action.toLowerCase())) keep.add(action);
    }
  }
  if (keep.size === 0) return null;
  return [...keep].sort((a, b) => a.localeCompare(b));
}

export function formatSuggestion(actions: string[]): string {
  return `"Action": [${actions.map((a) => JSON.stringify(a)).join(', ')}]`;
}
