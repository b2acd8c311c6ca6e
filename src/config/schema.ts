// The configuration's JSON Schema, built from the rules' own option schemas; rules/config.schema.json is this, written out.
import { IAM_ARN_PATTERN } from '../policy/arn.js';
import { RULES } from '../rules/index.js';

const SEVERITY = { enum: ['error', 'warning', 'notice', 'off'] };

function ruleEntrySchema(
  optionsSchema: Record<string, unknown>,
  description: string,
): Record<string, unknown> {
  return {
    description,
    oneOf: [
      SEVERITY,
      { type: 'array', minItems: 1, maxItems: 1, items: [SEVERITY], additionalItems: false },
      { type: 'array', minItems: 2, maxItems: 2, items: [SEVERITY, optionsSchema], additionalItems: false },
    ],
  };
}

const GLOBS = { type: 'array', items: { type: 'string', minLength: 1 } };

export const CONFIG_SCHEMA_ID = 'https://github.com/iam-usage-guard/iam-usage-guard/rules/config.schema.json';

/** Where entities are deployed, and what templates are deployed with: the configuration's resolution keys. */
const RESOLUTION_PROPERTIES = {
  entities: {
    type: 'array',
    description: 'Map entities to deployed ARNs: match is a glob over `file#id`.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['match', 'arn'],
      properties: {
        match: { type: 'string', minLength: 1 },
        arn: {
          type: 'string',
          pattern: IAM_ARN_PATTERN,
        },
      },
    },
  },
  parameters: {
    type: 'array',
    description:
      'Parameter values a template is deployed with (template is a glob over file paths), over its own Defaults.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['template', 'values'],
      properties: {
        template: { type: 'string', minLength: 1 },
        values: {
          type: 'object',
          additionalProperties: {
            anyOf: [
              { type: 'string' },
              { type: 'number' },
              { type: 'boolean' },
              { type: 'array', items: { type: 'string' } },
            ],
          },
        },
      },
    },
  },
  stacks: {
    type: 'array',
    description: 'The deployed stack of a template: template is a glob over file paths.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['template', 'stackName'],
      properties: {
        template: { type: 'string', minLength: 1 },
        stackName: { type: 'string', minLength: 1 },
      },
    },
  },
} as const;

export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'iam-usage-guard configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        enum: ['recommended', 'strict'],
        description: 'A preset from rules/ to start from; your settings override it.',
      },
      unusedDays: {
        type: 'integer',
        minimum: 1,
        maximum: 400,
        description:
          'A grant not used within this many days before the report is unused (IAM tracks 400 days).',
      },
      accessKeyMaxIdleDays: {
        type: 'integer',
        minimum: 1,
        description: 'An active access key unused for longer than this is stale.',
      },
      granularity: {
        enum: ['SERVICE_LEVEL', 'ACTION_LEVEL'],
        description: 'Last-accessed report granularity; ACTION_LEVEL adds tracked actions.',
      },
      onMissingData: {
        enum: ['fail', 'warn'],
        description:
          'fail: an entity without usage data is an error finding (blocks); warn: no-usage-data severity.',
      },
      cacheMaxAgeHours: {
        type: 'number',
        minimum: 0,
        description: 'Reuse cached reports younger than this.',
      },
      deadlineSeconds: {
        type: 'number',
        exclusiveMinimum: 0,
        description: 'Upper bound for collecting usage.',
      },
      snapshotMaxAgeDays: {
        type: 'integer',
        minimum: 1,
        maximum: 400,
        description:
          'A snapshot older than this is refused, one older than a third of it warned about (default: unusedDays).',
      },
      files: {
        type: 'object',
        additionalProperties: false,
        properties: { include: GLOBS, exclude: GLOBS },
        description: 'Globs choosing which IaC files are read.',
      },
      ignore: {
        type: 'object',
        additionalProperties: false,
        properties: {
          entities: { ...GLOBS, description: 'Globs over entity ARNs or `file#id`.' },
          services: { ...GLOBS, description: 'Globs over service namespaces (`s3`).' },
          actions: { ...GLOBS, description: 'Globs over actions (`s3:Get*`).' },
        },
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((rule) => [rule.id, ruleEntrySchema(rule.optionsSchema, rule.description)]),
        ),
        description: 'Per rule: a severity, or [severity, options].',
      },
      ...RESOLUTION_PROPERTIES,
    },
  };
}
