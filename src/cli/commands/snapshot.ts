// `iam-usage-guard snapshot`: collect last-accessed data for the entities in IaC (or given ARNs) into a snapshot file
// that `check --snapshot`, the action and the cdk-nag pack read without any AWS call.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';
import { readIac } from '../../iac/index.js';
import { worktreeSource } from '../../iac/source.js';
import { type Entity, entityKey } from '../../policy/model.js';
import { diagnosticLine, terminalText } from '../../report/terminal.js';
import { entityFromArn } from '../../usage/arn.js';
import { requireCredentials } from '../../usage/aws-errors.js';
import { defaultCacheDir } from '../../usage/cache.js';
import { createAwsClients } from '../../usage/clients.js';
import { collectUsage } from '../../usage/collect.js';
import { buildSnapshot } from '../../usage/snapshot.js';
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

async function runSnapshot(args: ParsedArgs, io: CliIo): Promise<number> {
  const v = args.values;
  const out = v['out'];
  if (typeof out !== 'string')
    throw new UserError("--out FILE is required. See 'iam-usage-guard snapshot --help'.");
  const arns = Array.isArray(v['arn']) ? v['arn'] : typeof v['arn'] === 'string' ? [v['arn']] : [];
  const { config } = await loadConfig(io.cwd, typeof v['config'] === 'string' ? v['config'] : undefined);

  const entities: Entity[] = [];
  for (const arn of arns) {
    const entity = entityFromArn(arn);
    if (!entity) throw new UserError(`--arn must be an IAM role, user, group or policy ARN, got ${arn}`);
    entities.push(entity);
  }
  if (arns.length === 0 || args.positionals.length > 0) {
    const paths = args.positionals.length > 0 ? args.positionals : ['.'];
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
    // A snapshot serves every later question: who used each used service, and which policy grants each service.
    withEntitiesServices: () => ['*'],
    grantingPoliciesFor: () => ['*'],
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
  const missing = entities.filter((e) => collection.usage.get(entityKey(e))?.report === null);
  io.stderr.write(
    `wrote ${out}: ${snapshot.reports.length} reports, ${snapshot.accessKeys.length} access keys, ${snapshot.policies.length} policy documents (${collection.stats.calls} AWS calls, ${collection.stats.throttled} throttled)\n`,
  );
  for (const entity of missing) {
    const usage = collection.usage.get(entityKey(entity))!;
    io.stderr.write(
      `  no report for ${terminalText(entityKey(entity))}: ${terminalText(usage.reason ?? '')}\n`,
    );
  }
  for (const [arn, reason] of collection.managedPolicyErrors) {
    io.stderr.write(`  no document for ${arn}: ${reason}\n`);
  }
  // Every entity failed the same way: that is the environment, not the entities.
  const reasons = new Set(missing.map((e) => collection.usage.get(entityKey(e))!.reason));
  if (
    missing.length === entities.length &&
    reasons.size === 1 &&
    /AccessDenied|no AWS credentials/.test([...reasons][0] ?? '')
  ) {
    throw new UserError(`no report could be had: ${[...reasons][0]}`);
  }
  return 0;
}
