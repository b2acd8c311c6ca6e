// `iam-usage-guard init`: writes a commented configuration with every option at its default.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { RULES } from '../../rules/index.js';
import { ruleHelpUri } from '../../rules/types.js';
import type { Command } from '../command.js';

export function configTemplate(): string {
  const rules = RULES.map(
    (rule) =>
      `  ${`${rule.id}: ${rule.defaultSeverity}`.padEnd(34)}# ${rule.description}\n  #   ${ruleHelpUri(rule.id)}`,
  ).join('\n');
  return `# iam-usage-guard configuration. Every option is shown at its default; delete what you do not change.
# Reference: https://github.com/iam-usage-guard/iam-usage-guard#configuration
# yaml-language-server: $schema=https://raw.githubusercontent.com/iam-usage-guard/iam-usage-guard/main/rules/config.schema.json

# Start from a preset in rules/: recommended (blocks only widened unused services) or strict (every unused grant
# blocks, missing usage data fails). Settings below override it.
extends: recommended

# A service or tracked action not used within this many days before the last-accessed report is unused.
# IAM's tracking period is 400 days; data is up to 4 hours late, which the tool accounts for.
unusedDays: 90

# An active access key of a user not used for longer than this is stale.
accessKeyMaxIdleDays: 90

# SERVICE_LEVEL or ACTION_LEVEL. ACTION_LEVEL adds tracked actions (for services IAM tracks at action level).
granularity: ACTION_LEVEL

# fail: an entity whose usage could not be had is an error finding, so the check never passes on missing data.
# warn: it is reported with the no-usage-data severity below.
onMissingData: warn

# Reuse a report younger than this many hours from the local cache (AWS's own data delay is 4 hours).
cacheMaxAgeHours: 4

# Upper bound for collecting usage data, in seconds; entities not done by then get a no-usage-data finding.
deadlineSeconds: 600

# A snapshot (--snapshot) older than this many days is refused, one older than a third of it is warned about:
# an old snapshot hides usage that changed since. Default: unusedDays.
# snapshotMaxAgeDays: 90

# Which IaC files are read (minimatch globs, relative to the repository root). Empty: the built-in defaults
# (CloudFormation templates, cdk.out, Terraform plan JSON, IAM policy JSON).
files:
  include: []
  exclude: []

# Findings to ignore; each ignored finding is still counted as suppressed in the summary.
ignore:
  entities: []   # globs over ARNs or file#id, e.g. "arn:aws:iam::*:role/legacy-*" or "infra/old.yaml#*"
  services: []   # service namespaces, e.g. "sts"
  actions: []    # actions, e.g. "s3:List*"

# Severity per rule: error, warning, notice or off; or [severity, { options }].
rules:
${rules}

# Where an entity is deployed, when the code does not say: match is a glob over file#id.
entities: []
#  - match: "infra/app.yaml#AppRole"
#    arn: arn:aws:iam::123456789012:role/app-role

# The deployed stack of a CloudFormation template (CDK assemblies name their stacks themselves).
stacks: []
#  - template: "infra/app.yaml"
#    stackName: app-prod

# Parameter values a CloudFormation template is deployed with, over its own Defaults (what it then grants).
parameters: []
#  - template: "infra/app.yaml"
#    values: { Stage: prod, Actions: [sqs:SendMessage] }
`;
}

export const initCommand: Command = {
  name: 'init',
  summary: 'Write a commented configuration file with every option (.github/iam-usage-guard.yml).',
  usage: 'iam-usage-guard init [--output FILE] [--force]',
  examples: ['iam-usage-guard init', 'iam-usage-guard init --output .iam-usage-guard.yml'],
  options: {
    output: {
      type: 'string',
      value: 'FILE',
      description: 'Where to write (default .github/iam-usage-guard.yml).',
    },
    force: { type: 'boolean', description: 'Overwrite an existing file.' },
  },
  async run(args, io) {
    const target = (args.values['output'] as string | undefined) ?? '.github/iam-usage-guard.yml';
    const absolute = path.resolve(io.cwd, target);
    await mkdir(path.dirname(absolute), { recursive: true });
    try {
      await writeFile(absolute, configTemplate(), { flag: args.values['force'] ? 'w' : 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UserError(`${target} already exists; use --force to overwrite it`);
      }
      throw new UserError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
    io.stdout.write(`Wrote ${target}. Check it with: iam-usage-guard check --config ${target}\n`);
    return 0;
  },
};
