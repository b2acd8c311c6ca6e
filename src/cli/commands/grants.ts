// `iam-usage-guard grants`: what each IAM entity in the IaC grants, optionally against the same files at a git ref.
import type { BaseSource } from '../../change/model.js';
import type { GrantedEntity, GrantSet } from '../../policy/grants.types.js';
import { bundledPoliciesFor } from '../../policy/managed-policies.js';
import { type Diagnostic, entityKey, type ParseNote, type ParseResult } from '../../policy/model.js';
import { diagnosticLine, inertJson } from '../../report/terminal.js';
import { unjudgedCauses } from '../../rules/unjudged.js';
import type { CliIo, Command, ParsedArgs } from '../command.js';

/** One entity in `grants --format json`, exactly the contract in ARCHITECTURE.md. */
export interface GrantsJsonEntity {
  id: string;
  kind: string;
  file: string;
  line: number;
  name: string | null;
  arn: string | null;
  services: string[];
  actions: string[];
  /** Present only with --base; null when the entity is new. */
  base?: { services: string[]; actions: string[] } | null;
  /** Where `base` came from: deployed | artifact | git | terraform-prior-state | none. */
  baseSource: BaseSource;
  /** Present only when the entity has attached managed policies not defined in the code. */
  managedPolicyArns?: string[];
  /** With managedPolicyArns: where each document came from (`live`, `snapshot`, `bundled <date>`), null if none. */
  managedPolicies?: { arn: string; source: string | null }[];
  /** A user's groups, whose grants are counted in the user's (present when it has some). */
  groups?: string[];
  /** The permissions boundary (present when there is one); `applied`: its document was known. */
  permissionsBoundary?: { arn: string | null; source: string | null; applied: boolean };
  /** What the code does not fix, with file and line: the `unjudged` rule's causes. */
  unknowns: { message: string; file: string; line: number }[];
}

export interface GrantsJsonDiagnostic {
  file: string;
  line: number | null;
  severity: Diagnostic['severity'];
  message: string;
  entity?: string;
}

export interface GrantsJson {
  entities: GrantsJsonEntity[];
  diagnostics: GrantsJsonDiagnostic[];
  /** Documents left out on purpose (resource-based policies). */
  notes: ParseNote[];
}

export const grantsCommand: Command = {
  name: 'grants',
  summary:
    'List what each IAM entity in your IaC grants (services and actions), optionally against a git ref.',
  usage: 'iam-usage-guard grants [PATH...] [--base REF] [--format json|text]',
  examples: [
    'iam-usage-guard grants',
    'iam-usage-guard grants infra/ --base origin/main',
    'iam-usage-guard grants cdk.out --format json | jq ".entities[] | {id, services}"',
  ],
  options: {
    base: {
      type: 'string',
      value: 'REF',
      description:
        "Also read the same files at this git ref and show each entity's grants there (null: new).",
    },
    format: {
      type: 'string',
      value: 'FORMAT',
      choices: ['text', 'json'],
      description: 'Output format (default text).',
    },
  },
  run: runGrants,
};

async function runGrants(args: ParsedArgs, io: CliIo): Promise<number> {
  const paths = args.positionals.length > 0 ? args.positionals : ['.'];
  const baseRef = typeof args.values['base'] === 'string' ? args.values['base'] : null;
  const format = args.values['format'] === 'json' ? 'json' : 'text';

  // The change stage (readers, git), the catalog and the text renderer load when the command runs, not when the
  // CLI starts.
  const [{ resolveChange }, { loadCatalog }, { collectGrants }, { grantsText }] = await Promise.all([
    import('../../change/index.js'),
    import('../../policy/catalog.js'),
    import('../../policy/grants.js'),
    import('../../report/grants-text.js'),
  ]);
  const change = await resolveChange({
    cwd: io.cwd,
    paths,
    head: { kind: 'worktree' },
    base: baseRef === null ? { kind: 'none' } : { kind: 'ref', ref: baseRef },
    env: io.env,
  });
  const { head } = change;
  const bundledPolicies = await bundledPoliciesFor([
    ...head.entities,
    ...(change.baseEntities?.entities ?? []),
  ]);
  const granted = collectGrants(head, change.baseEntities, { bundledPolicies });
  const sourceOf = (g: GrantedEntity) => change.bases.get(entityKey(g.entity))?.source ?? 'none';

  const diagnostics = [
    ...head.diagnostics.map(toJsonDiagnostic),
    ...change.baseDiagnostics.map((d) => toJsonDiagnostic({ ...d, message: `at ${baseRef}: ${d.message}` })),
    ...unknownActionDiagnostics(granted, loadCatalog().dataVersion),
  ];
  for (const d of diagnostics) io.stderr.write(diagnosticLine(d));

  if (nothingRead(head)) {
    const where = paths.join(', ');
    io.stderr.write(
      head.files.length === 0
        ? `iam-usage-guard grants: no IaC file found at ${where} (CloudFormation, CDK cloud assembly, Terraform plan JSON or policy JSON; does the path exist?).\n`
        : `iam-usage-guard grants: nothing could be read from ${where}: every file failed to parse (see above).\n`,
    );
    if (format === 'json')
      io.stdout.write(`${inertJson(JSON.stringify({ entities: [], diagnostics }, null, 2))}\n`);
    return 2;
  }

  if (format === 'json') {
    const output: GrantsJson = {
      entities: granted.map((g) => toJsonEntity(g, baseRef !== null, sourceOf(g))),
      diagnostics,
      notes: head.notes ?? [],
    };
    io.stdout.write(`${inertJson(JSON.stringify(output, null, 2))}\n`);
  } else {
    io.stdout.write(grantsText(granted, { baseRef, filesRead: head.files.length }));
  }
  return 0;
}

/** No file read, or every file read ended in an error without yielding an entity. */
function nothingRead(result: ParseResult): boolean {
  if (result.files.length === 0) return true;
  const failed = new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const yielded = new Set(result.entities.map((e) => e.file));
  return result.files.every((file) => failed.has(file) && !yielded.has(file));
}

export function toJsonEntity(
  { entity, grants, base }: GrantedEntity,
  withBase: boolean,
  baseSource: BaseSource = 'none',
): GrantsJsonEntity {
  return {
    id: entity.id,
    kind: entity.kind,
    file: entity.file,
    line: entity.line,
    name: entity.name,
    arn: entity.arn,
    services: grants.services,
    actions: grants.actions,
    ...(withBase ? { base: base ? servicesAndActions(base) : null } : {}),
    baseSource,
    ...(entity.managedPolicyArns.length > 0 ? { managedPolicyArns: entity.managedPolicyArns } : {}),
    ...(entity.managedPolicyArns.length > 0
      ? {
          managedPolicies: entity.managedPolicyArns.map((arn) => ({
            arn,
            source: grants.managedPolicySources?.[arn] ?? null,
          })),
        }
      : {}),
    ...(entity.groups.length > 0 ? { groups: entity.groups } : {}),
    ...(grants.boundary ? { permissionsBoundary: grants.boundary } : {}),
    unknowns: unjudgedCauses(entity, grants).map((u) => ({
      message: u.message,
      file: u.location.file,
      line: u.location.line,
    })),
  };
}

function servicesAndActions(grants: GrantSet): { services: string[]; actions: string[] } {
  return { services: grants.services, actions: grants.actions };
}

function toJsonDiagnostic(d: Diagnostic): GrantsJsonDiagnostic {
  return {
    file: d.file,
    line: d.line,
    severity: d.severity,
    message: d.message,
    ...(d.entity === undefined ? {} : { entity: d.entity }),
  };
}

/** One warning per unknown action string and place, even when a policy is folded into several entities. */
function unknownActionDiagnostics(granted: GrantedEntity[], dataVersion: string): GrantsJsonDiagnostic[] {
  const seen = new Set<string>();
  const out: GrantsJsonDiagnostic[] = [];
  for (const { entity, grants } of granted) {
    for (const written of grants.unknownActions) {
      const at = grants.unknownActionSources?.[written] ?? {
        file: entity.file,
        line: entity.line,
        path: entity.path,
      };
      const key = `${at.file}:${at.line}:${written}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        file: at.file,
        line: at.line,
        severity: 'warning',
        message: `unknown action '${written}' in ${entity.id}: it matches no action in the IAM action catalog (iam-data ${dataVersion}); kept as written`,
        entity: entity.id,
      });
    }
  }
  return out;
}
