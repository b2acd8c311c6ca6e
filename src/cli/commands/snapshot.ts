// `iam-usage-guard snapshot`: collect last-accessed data for the entities in IaC (or given ARNs) into a snapshot file
// that `check --snapshot`, the action and the cdk-nag pack read without any AWS call.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/index.js';
import { UserError } from '../../errors.js';
import { type Entity, entityKey } from '../../policy/model.js';
import { diagnosticLine, terminalText } from '../../report/terminal.js';
import { usageView } from '../../rules/usage-view.js';
import { entityFromArn } from '../../usage/arn.js';
import { collectionFailureMessage, requireCredentials } from '../../usage/aws-errors.js';
import { defaultCacheDir } from '../../usage/cache.js';
import type { UsageCollection } from '../../usage/collect.js';
import { emptyUsage, type UsageReport } from '../../usage/model.js';
import { buildSnapshot } from '../../usage/snapshot.js';
import { plural } from '../../words.js';
import type { CliIo, Command, ParsedArgs } from '../command.js';
import { createProgress } from '../progress.js';
import { clientOptions, granularityOf, timeoutMs } from './report.js';

export const snapshotCommand: Command = {
  name: 'snapshot',
  summary:
    'Write last-accessed reports, access keys and policy documents for IaC entities or ARNs to a file.',
  usage:
    'iam-usage-guard snapshot [PATH... | --arn ARN...] --out FILE [--granularity SERVICE_LEVEL|ACTION_LEVEL] [--config FILE]',
  examples: [
    'iam-usage-guard snapshot infra/ --out iam-usage.json',
    'iam-usage-guard snapshot --arn arn:aws:iam::123456789012:role/app-role --arn arn:aws:iam::123456789012:user/ci --out iam-usage.json',
    'iam-usage-guard check --snapshot iam-usage.json',
  ],
  options: {
    out: { type: 'string', value: 'FILE', description: 'Where to write the snapshot (JSON).' },
    arn: {
      type: 'string',
      multiple: true,
      value: 'ARN',
      description: 'An entity by ARN instead of (or besides) PATHs; repeatable.',
    },
    granularity: {
      type: 'string',
      value: 'LEVEL',
      choices: ['ACTION_LEVEL', 'SERVICE_LEVEL'],
      description: 'ACTION_LEVEL (default from config, else ACTION_LEVEL) or SERVICE_LEVEL.',
    },
    config: {
      type: 'string',
      value: 'FILE',
      description: 'Configuration (entities/stacks mappings, files, granularity).',
    },
    'endpoint-url': {
      type: 'string',
      value: 'URL',
      description: 'One endpoint for IAM, STS and CloudFormation.',
    },
    region: {
      type: 'string',
      value: 'REGION',
      description: 'AWS region of the stacks (IAM itself is global).',
    },
    timeout: {
      type: 'string',
      value: 'SECONDS',
      description:
        'Give up on what is not ready after this long (default: deadlineSeconds from the config, 600).',
    },
    'no-cache': { type: 'boolean', description: 'Ignore cached reports (fresh jobs for every entity).' },
  },
  run: runSnapshot,
};

/** The rules that name the policies granting an unused service; the smallest window of theirs decides what is asked. */
const GRANTED_BY_RULES = ['unused-service', 'widened-unused-service'] as const;

/**
 * Which namespaces to ask `ListPoliciesGrantingServiceAccess` about: only those a later check can call unused (its
 * finding then names the granting policy). An entity that used everything, or is younger than the window, costs no
 * call.
 */
export function grantingNamespaces(config: Config): (entity: Entity, report: UsageReport) => string[] {
  const windows = GRANTED_BY_RULES.map((id) => config.rules[id]?.options['unusedDays']).filter(
    (days): days is number => typeof days === 'number',
  );
  const days = Math.min(config.unusedDays, ...windows);
  return (entity, report) => {
    const view = usageView(
      { ...emptyUsage(entity), report, createDate: report.CreateDate ?? null },
      days,
      new Date(),
    );
    if (!view || view.young) return [];
    return [...view.services.values()].filter((s) => !s.used).map((s) => s.namespace);
  };
}

async function entitiesToCollect(args: ParsedArgs, io: CliIo, config: Config): Promise<Entity[]> {
  const v = args.values;
  const arns = Array.isArray(v['arn']) ? v['arn'] : typeof v['arn'] === 'string' ? [v['arn']] : [];
  const entities: Entity[] = [];
  for (const arn of arns) {
    const entity = entityFromArn(arn);
    if (!entity) throw new UserError(`--arn must be an IAM role, user, group or policy ARN, got ${arn}`);
    entities.push(entity);
  }
  if (arns.length === 0 || args.positionals.length > 0) {
    const paths = args.positionals.length > 0 ? args.positionals : ['.'];
    // The IaC readers load when the command runs, not when the CLI starts.
    const [{ readIac }, { worktreeSource }] = await Promise.all([
      import('../../iac/index.js'),
      import('../../iac/source.js'),
    ]);
    // Empty lists in the config mean "the defaults".
    const parsed = await readIac(worktreeSource(io.cwd), paths, {
      ...(config.files.include.length > 0 ? { include: config.files.include } : {}),
      ...(config.files.exclude.length > 0 ? { exclude: config.files.exclude } : {}),
    });
    for (const d of parsed.diagnostics) io.stderr.write(diagnosticLine(d));
    entities.push(...parsed.entities);
  }
  if (entities.length === 0) {
    throw new UserError('no IAM entity found: give PATHs with IaC files, or --arn ARN');
  }
  return entities;
}

async function runSnapshot(args: ParsedArgs, io: CliIo): Promise<number> {
  const v = args.values;
  const out = v['out'];
  if (typeof out !== 'string')
    throw new UserError("--out FILE is required. See 'iam-usage-guard snapshot --help'.");
  // The configuration reader and the AWS SDK load when the command runs, not when the CLI starts.
  const [{ loadConfig }, { createAwsClients }, { collectUsage }] = await Promise.all([
    import('../../config/index.js'),
    import('../../usage/clients.js'),
    import('../../usage/collect.js'),
  ]);
  const { config } = await loadConfig(io.cwd, typeof v['config'] === 'string' ? v['config'] : undefined);
  const entities = await entitiesToCollect(args, io, config);

  const clients = createAwsClients(clientOptions(v, io));
  await requireCredentials(clients);
  const granularity = v['granularity'] === undefined ? config.granularity : granularityOf(v['granularity']);
  const progress = createProgress(io.stderr, { isTTY: io.stderr.isTTY === true, label: 'usage reports' });
  const cacheDir = v['no-cache'] === true ? null : defaultCacheDir(io.env);
  const collection = await collectUsage(entities, {
    clients,
    granularity,
    deadlineMs: v['timeout'] === undefined ? config.deadlineSeconds * 1000 : timeoutMs(v['timeout'], 300),
    entityArns: config.entities,
    stacks: config.stacks,
    cacheDir,
    cacheMaxAgeMs: config.cacheMaxAgeHours * 3_600_000,
    // A snapshot serves later questions: who used each used service, and which policy grants each unused one.
    withEntitiesServices: () => ['*'],
    grantingPoliciesFor: grantingNamespaces(config),
    onProgress: progress,
    ...(io.sleep ? { sleep: io.sleep } : {}),
    ...(io.clock ? { clock: io.clock } : {}),
  });
  progress.finish();

  const snapshot = buildSnapshot(collection, new Date());
  const target = path.resolve(io.cwd, out);
  try {
    await writeFile(target, `${JSON.stringify(snapshot, null, 2)}\n`);
  } catch (error) {
    throw new UserError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { calls, requests, throttled, cached } = collection.stats;
  io.stderr.write(
    `wrote ${out}: ${plural(snapshot.reports.length, 'report')}, ${plural(snapshot.accessKeys.length, 'access key')}, ${plural(snapshot.policies.length, 'policy document')} (${plural(requests, 'AWS request')} for ${plural(calls, 'call')}, ${throttled} throttled${cached > 0 ? `, ${plural(cached, 'report')} from the cache; --no-cache asks IAM afresh` : ''})\n`,
  );
  return verdictOf(entities, collection, io);
}

/**
 * A snapshot that lacks an entity's report is not the snapshot asked for: exit 1, naming each one (the file keeps
 * what could be had). Rejected credentials, or every entity denied alike, is the environment: exit 2.
 */
function verdictOf(entities: Entity[], collection: UsageCollection, io: CliIo): number {
  const missing = entities.filter((e) => collection.usage.get(entityKey(e))?.report === null);
  for (const entity of missing) {
    const usage = collection.usage.get(entityKey(entity))!;
    io.stderr.write(
      `  no report for ${terminalText(entityKey(entity))}: ${terminalText(usage.reason ?? '')}\n`,
    );
  }
  for (const [arn, reason] of collection.managedPolicyErrors) {
    io.stderr.write(`  no document for ${arn}: ${reason}\n`);
  }
  if (collection.failure) throw new UserError(collectionFailureMessage(collection.failure));
  const reasons = new Set(missing.map((e) => collection.usage.get(entityKey(e))!.reason));
  if (
    missing.length === entities.length &&
    reasons.size === 1 &&
    /AccessDenied|no AWS credentials/.test([...reasons][0] ?? '')
  ) {
    throw new UserError(`no report could be had: ${[...reasons][0]}`);
  }
  if (missing.length === 0) return 0;
  io.stderr.write(
    `iam-usage-guard snapshot: ${missing.length} of ${entities.length} entities have no report (listed above); the snapshot lacks them.\n`,
  );
  return 1;
}
