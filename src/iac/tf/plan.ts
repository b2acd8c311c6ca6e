// Terraform plan JSON as resources at one point in time: planned_values (or each change's `after`), each change's
// `before`, prior-state ARNs, and the configuration's references between resources.
import type { PathSegment } from '../../policy/located.js';
import { isRecord } from '../../policy/statements.js';

/** One resource instance as the plan states it at one point in time. */
export interface PlanResource {
  address: string;
  type: string;
  values: Record<string, unknown>;
  /** `after_unknown` of the resource: true (or a nested true) where the value is known only after apply. */
  unknown: Record<string, unknown>;
  /** The resource (its line is the entity's line). */
  path: PathSegment[];
  /** Its attribute values. */
  valuesPath: PathSegment[];
}

export function changeResource(item: unknown, index: number, side: 'before' | 'after'): PlanResource | null {
  if (!isRecord(item) || item['mode'] === 'data' || typeof item['address'] !== 'string') return null;
  if (typeof item['type'] !== 'string' || !isRecord(item['change'])) return null;
  const values = item['change'][side];
  if (!isRecord(values)) return null;
  return {
    address: item['address'],
    type: item['type'],
    values,
    unknown: {},
    path: ['resource_changes', index],
    valuesPath: ['resource_changes', index, 'change', side],
  };
}

/** Managed resources of a module and its child modules, depth first. */
export function moduleResources(
  module: Record<string, unknown>,
  path: PathSegment[],
  depth = 0,
): PlanResource[] {
  const out: PlanResource[] = [];
  const resources = Array.isArray(module['resources']) ? module['resources'] : [];
  resources.forEach((resource, i) => {
    if (!isRecord(resource) || resource['mode'] === 'data') return;
    if (typeof resource['address'] !== 'string' || typeof resource['type'] !== 'string') return;
    out.push({
      address: resource['address'],
      type: resource['type'],
      values: isRecord(resource['values']) ? resource['values'] : {},
      unknown: {},
      path: [...path, 'resources', i],
      valuesPath: [...path, 'resources', i, 'values'],
    });
  });
  const children = Array.isArray(module['child_modules']) ? module['child_modules'] : [];
  if (depth < 64) {
    children.forEach((child, j) => {
      if (isRecord(child)) out.push(...moduleResources(child, [...path, 'child_modules', j], depth + 1));
    });
  }
  return out;
}

/** `configuration` expressions: resource address (without instance keys) → attribute → referenced addresses. */
export function configurationReferences(configuration: unknown): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  const visit = (module: unknown, prefix: string, depth: number): void => {
    if (!isRecord(module) || depth > 32) return;
    const resources = Array.isArray(module['resources']) ? module['resources'] : [];
    for (const resource of resources) {
      if (
        !isRecord(resource) ||
        typeof resource['address'] !== 'string' ||
        !isRecord(resource['expressions'])
      )
        continue;
      const attributes = new Map<string, string[]>();
      for (const [attribute, expression] of Object.entries(resource['expressions'])) {
        const found: string[] = [];
        collectReferences(expression, prefix, found, 0);
        if (found.length > 0) attributes.set(attribute, found);
      }
      out.set(prefix + resource['address'], attributes);
    }
    const calls = isRecord(module['module_calls']) ? module['module_calls'] : {};
    for (const [name, call] of Object.entries(calls)) {
      if (isRecord(call)) visit(call['module'], `${prefix}module.${name}.`, depth + 1);
    }
  };
  if (isRecord(configuration)) visit(configuration['root_module'], '', 0);
  return out;
}

/**
 * The attributes each resource's configuration sets (address without instance keys → attribute names), or null when
 * the plan carries no configuration. An `Optional+Computed` attribute the configuration does not set (a role's
 * `inline_policy`, `managed_policy_arns`) is unknown at plan time without being anything the change writes.
 */
export function configuredAttributes(configuration: unknown): Map<string, Set<string>> | null {
  if (!isRecord(configuration) || !isRecord(configuration['root_module'])) return null;
  const out = new Map<string, Set<string>>();
  const visit = (module: unknown, prefix: string, depth: number): void => {
    if (!isRecord(module) || depth > 32) return;
    const resources = Array.isArray(module['resources']) ? module['resources'] : [];
    for (const resource of resources) {
      if (!isRecord(resource) || typeof resource['address'] !== 'string') continue;
      const expressions = isRecord(resource['expressions']) ? resource['expressions'] : {};
      out.set(prefix + resource['address'], new Set(Object.keys(expressions)));
    }
    const calls = isRecord(module['module_calls']) ? module['module_calls'] : {};
    for (const [name, call] of Object.entries(calls)) {
      if (isRecord(call)) visit(call['module'], `${prefix}module.${name}.`, depth + 1);
    }
  };
  visit(configuration['root_module'], '', 0);
  return out;
}

function collectReferences(expression: unknown, prefix: string, out: string[], depth: number): void {
  if (depth > 16) return;
  if (Array.isArray(expression)) {
    for (const item of expression) collectReferences(item, prefix, out, depth + 1);
    return;
  }
  if (!isRecord(expression)) return;
  const references = expression['references'];
  if (Array.isArray(references)) {
    for (const reference of references) if (typeof reference === 'string') out.push(prefix + reference);
  }
  for (const [key, value] of Object.entries(expression)) {
    if (key !== 'references' && typeof value === 'object') collectReferences(value, prefix, out, depth + 1);
  }
}

/** `module.a.aws_iam_role.x["k"]` → `module.a.aws_iam_role.x` (instance keys of the last step removed). */
export function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '').replace(/\[[^\]]*\]\./g, '.');
}

export function isUnknown(unknown: Record<string, unknown>, key: string): boolean {
  const value = unknown[key];
  return (
    value === true || (typeof value === 'object' && value !== null && JSON.stringify(value).includes('true'))
  );
}
