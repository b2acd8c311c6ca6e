// Decides whether the scenario's caller policy allows a call, the way IAM evaluates an identity policy (Deny wins).

interface PolicyStatement {
  Effect?: unknown;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function globToRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, caseInsensitive ? 'i' : '');
}

function matchesAny(patterns: string[], value: string, caseInsensitive: boolean): boolean {
  return patterns.some((p) => globToRegExp(p, caseInsensitive).test(value));
}

/** `resource` is the ARN the call concerns, or `*` for actions without resource-level permissions. */
export function policyAllows(document: unknown, action: string, resource: string): boolean {
  const statements = (document as { Statement?: unknown } | null)?.Statement;
  const all: PolicyStatement[] = Array.isArray(statements)
    ? statements
    : statements && typeof statements === 'object'
      ? [statements as PolicyStatement]
      : [];
  let allowed = false;
  for (const statement of all) {
    const actionMatch =
      statement.Action !== undefined
        ? matchesAny(list(statement.Action), action, true)
        : statement.NotAction !== undefined && !matchesAny(list(statement.NotAction), action, true);
    if (!actionMatch) continue;
    const resourceMatch =
      statement.Resource !== undefined
        ? matchesAny(list(statement.Resource), resource, false)
        : statement.NotResource !== undefined && !matchesAny(list(statement.NotResource), resource, false);
    if (!resourceMatch) continue;
    if (statement.Effect === 'Deny') return false;
    if (statement.Effect === 'Allow') allowed = true;
  }
  return allowed;
}
