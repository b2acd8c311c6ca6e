// Terminal text for `iam-usage-guard grants`: entities grouped by file, services and counts, changes against base.
// Every string from the pull request goes through `safe` (no workflow command, no control character).
import { grantDiff } from '../policy/grants.js';
import type { GrantedEntity } from '../policy/grants.types.js';
import { terminalText as safe } from './terminal.js';

export interface GrantsTextOptions {
  /** The git ref compared with (`--base`), or null when no base was read. */
  baseRef: string | null;
  /** How many files were read, for the line shown when no entity was found. */
  filesRead: number;
  /** Longest list printed in full before `… and N more` (services, added/removed actions). */
  maxListed?: number;
}

export function grantsText(granted: GrantedEntity[], options: GrantsTextOptions): string {
  const maxListed = options.maxListed ?? 12;
  if (granted.length === 0) {
    return `No IAM entities found in ${options.filesRead} file${options.filesRead === 1 ? '' : 's'} read.\n`;
  }
  const byFile = new Map<string, GrantedEntity[]>();
  for (const item of granted) {
    const list = byFile.get(item.entity.file) ?? [];
    list.push(item);
    byFile.set(item.entity.file, list);
  }
  const lines: string[] = [];
  for (const [file, items] of [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(safe(file));
    for (const { entity, grants, base } of [...items].sort((a, b) => a.entity.line - b.entity.line)) {
      const name = entity.name ? ` "${safe(entity.name)}"` : '';
      lines.push(`  ${safe(entity.file)}:${entity.line}  ${entity.kind} ${safe(entity.id)}${name}`);
      lines.push(
        `    ${count(grants.services.length, 'service')}, ${count(grants.actions.length, 'action')}` +
          (grants.services.length > 0 ? `: ${list(grants.services, maxListed)}` : ''),
      );
      if (options.baseRef !== null) {
        if (!base) {
          lines.push(`    new since ${safe(options.baseRef)}`);
        } else {
          const diff = grantDiff(grants, base);
          const changed =
            diff.addedActions.length +
            diff.removedActions.length +
            diff.addedServices.length +
            diff.removedServices.length;
          if (changed === 0) {
            lines.push(`    unchanged since ${safe(options.baseRef)}`);
          } else {
            lines.push(
              `    since ${safe(options.baseRef)}: +${count(diff.addedActions.length, 'action')}, -${count(diff.removedActions.length, 'action')}`,
            );
            if (diff.addedServices.length > 0)
              lines.push(`      added services: ${list(diff.addedServices, maxListed)}`);
            if (diff.addedActions.length > 0)
              lines.push(`      added: ${list(diff.addedActions, maxListed)}`);
            if (diff.removedServices.length > 0) {
              lines.push(`      removed services: ${list(diff.removedServices, maxListed)}`);
            }
            if (diff.removedActions.length > 0)
              lines.push(`      removed: ${list(diff.removedActions, maxListed)}`);
          }
        }
      }
      if (grants.unknownActions.length > 0) {
        lines.push(
          `    unknown actions (not in the catalog): ${list(grants.unknownActions.map(safe), maxListed)}`,
        );
      }
      if (entity.managedPolicyArns.length > 0) {
        const sources = grants.managedPolicySources ?? {};
        const missing = entity.managedPolicyArns.filter((arn) => !sources[arn]);
        const found = entity.managedPolicyArns
          .filter((arn) => sources[arn])
          .map((arn) => `${arn} (${sources[arn]})`);
        if (found.length > 0) lines.push(`    managed policies: ${list(found.map(safe), maxListed)}`);
        if (missing.length > 0)
          lines.push(`    managed policies (not expanded here): ${list(missing.map(safe), maxListed)}`);
      }
      if (entity.groups.length > 0)
        lines.push(`    groups (their grants count): ${list(entity.groups.map(safe), maxListed)}`);
      if (grants.boundary) {
        const { arn, source, applied } = grants.boundary;
        lines.push(
          `    permissions boundary ${arn ? safe(arn) : '(policy in this file)'}: ${applied ? `applied (${source})` : 'document not known, not applied'}`,
        );
      }
      if (entity.unknowns.length > 0)
        lines.push(
          `    not known from the code: ${entity.unknowns.map((u) => `${safe(u.message)} (line ${u.location.line})`).join('; ')}`,
        );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function list(items: string[], max: number): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} … and ${items.length - max} more`;
}
