// The IamUsageGuard pack against real CDK apps synthesized with aws-cdk-lib and cdk-nag 3.0.2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Group, ManagedPolicy, PolicyStatement, Role, ServicePrincipal, User } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACK_WITHOUT_REASON,
  IamUsageGuard,
  type IamUsageGuardProps,
  NO_SNAPSHOT,
} from '../../src/cdk-nag/index.js';
import type { SnapshotFile, UsageReport } from '../../src/usage/model.js';

const ACCOUNT = '111111111111';
const NOW = new Date('2026-11-20T00:00:00Z');
const RECENT = '2026-11-10T00:00:00Z';
const LONG_AGO = '2026-03-01T00:00:00Z';
const CREATED = '2025-01-01T00:00:00Z';

function report(arn: string, services: Record<string, string | null>): UsageReport {
  return {
    Arn: arn,
    CreateDate: CREATED,
    JobStatus: 'COMPLETED',
    JobType: 'SERVICE_LEVEL',
    JobCreationDate: '2026-11-19T23:00:00Z',
    JobCompletionDate: '2026-11-19T23:00:00Z',
    ServicesLastAccessed: Object.entries(services).map(([namespace, last]) => ({
      ServiceName: namespace,
      ServiceNamespace: namespace,
      ...(last ? { LastAuthenticated: last } : {}),
    })),
  };
}

const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

const snapshot: SnapshotFile = {
  version: 1,
  generatedAt: '2026-11-19T23:00:00Z',
  reports: [
    report(role('compliant-role'), { s3: RECENT }),
    report(role('unused-sqs-role'), { s3: RECENT, sqs: LONG_AGO }),
    report(role('idle-role'), { s3: LONG_AGO, sqs: null }),
    report(role('growing-role'), { s3: RECENT }),
    report(role('Deployed-Generated-ABC'), { s3: RECENT }),
    report(role('mapped-role'), { kms: LONG_AGO, s3: RECENT }),
    report(`arn:aws:iam::${ACCOUNT}:user/deploy-bot`, { s3: RECENT, cloudformation: LONG_AGO }),
    report(role('suppressed-role'), { s3: RECENT, sqs: LONG_AGO, sns: LONG_AGO }),
    report(`arn:aws:iam::${ACCOUNT}:group/operators`, { s3: RECENT, ec2: LONG_AGO }),
    report(role('stack-acked-role'), { s3: RECENT }),
  ],
  accessKeys: [],
  policies: [],
  resources: [
    {
      StackName: 'Deployed',
      LogicalResourceId: 'GeneratedRole',
      PhysicalResourceId: 'Deployed-Generated-ABC',
    },
  ],
};

function lambdaRole(stack: Stack, id: string, name: string | undefined, actions: string[]): Role {
  const created = new Role(stack, id, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    ...(name ? { roleName: name } : {}),
  });
  created.addToPolicy(new PolicyStatement({ actions, resources: ['*'] }));
  return created;
}

interface Reported {
  rule: string;
  path: string;
  severity: string;
  description: string;
  fix?: string;
}

interface Synthesized {
  threw: string | null;
  otherPlugins?: string[];
  violations: Reported[];
  suppressed: (Reported & { reason: string })[];
}

/** Synthesizes like `cdk synth` does and reads what the validation report says about our pack. */
function synth(app: App, outdir: string): Synthesized {
  let threw: string | null = null;
  try {
    app.synth();
  } catch (error) {
    threw = error instanceof Error ? error.message : String(error);
  }
  let text: string;
  try {
    text = readFileSync(join(outdir, 'validation-report.json'), 'utf8');
  } catch {
    return { threw, violations: [], suppressed: [] };
  }
  const parsed = JSON.parse(text) as {
    pluginReports: {
      pluginName: string;
      violations: {
        ruleName: string;
        description: string;
        severity: string;
        suggestedFix?: string;
        violatingConstructs: { constructPath: string }[];
      }[];
      suppressedViolations?: {
        ruleName: string;
        description: string;
        severity: string;
        reason: string;
        violatingConstructs: { constructPath: string }[];
      }[];
    }[];
  };
  const ours = parsed.pluginReports.filter((p) => p.pluginName === 'IamUsageGuard');
  const flatten = <T extends { ruleName: string; violatingConstructs: { constructPath: string }[] }>(
    list: T[],
  ) =>
    list.flatMap((v) =>
      v.violatingConstructs.map((c) => ({ ...v, rule: v.ruleName, path: c.constructPath })),
    );
  return {
    threw,
    violations: flatten(ours.flatMap((p) => p.violations)).map(
      ({ rule, path, severity, description, suggestedFix }) => ({
        rule,
        path,
        severity,
        description,
        ...(suggestedFix ? { fix: suggestedFix } : {}),
      }),
    ),
    otherPlugins: parsed.pluginReports
      .filter((p) => p.pluginName !== 'IamUsageGuard')
      .map((p) => p.pluginName),
    suppressed: flatten(ours.flatMap((p) => p.suppressedViolations ?? [])).map(
      ({ rule, path, severity, description, reason }) => ({ rule, path, severity, description, reason }),
    ),
  };
}

function ruleAndPath(list: { rule: string; path: string }[]): string[] {
  return list.map((v) => `${v.rule} @ ${v.path}`).sort();
}

const dirs: string[] = [];
function newApp(): { app: App; outdir: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'iug-cdk-nag-'));
  dirs.push(outdir);
  return { app: new App({ outdir }), outdir };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function guard(app: App, props: Partial<IamUsageGuardProps> = {}): IamUsageGuard {
  return new IamUsageGuard(app, { snapshot, now: NOW, ...props });
}

describe('IamUsageGuard on a compliant app', () => {
  let result: Synthesized;
  beforeAll(() => {
    const { app, outdir } = newApp();
    const stack = new Stack(app, 'Compliant', { env: { account: ACCOUNT, region: 'us-east-1' } });
    lambdaRole(stack, 'AppRole', 'compliant-role', ['s3:GetObject', 's3:PutObject']);
    Validations.of(app).addPlugins(guard(app));
    result = synth(app, outdir);
  });

  it('synthesizes and reports nothing', () => {
    expect(result.threw).toBeNull();
    expect(result.violations).toEqual([]);
  });
});

describe('IamUsageGuard on an app with unused and new services', () => {
  let result: Synthesized;
  let pack: IamUsageGuard;
  beforeAll(() => {
    const { app, outdir } = newApp();
    const env = { account: ACCOUNT, region: 'us-east-1' };
    const stack = new Stack(app, 'Service', { env });
    lambdaRole(stack, 'UnusedSqsRole', 'unused-sqs-role', ['s3:GetObject', 'sqs:SendMessage']);
    lambdaRole(stack, 'IdleRole', 'idle-role', ['s3:GetObject', 'sqs:SendMessage']);
    lambdaRole(stack, 'GrowingRole', 'growing-role', ['s3:GetObject', 'sns:Publish']);
    lambdaRole(stack, 'MappedRole', undefined, ['s3:GetObject', 'kms:Decrypt']);
    lambdaRole(stack, 'UnknownRole', undefined, ['ec2:DescribeInstances']);
    const operators = new Group(stack, 'Operators', { groupName: 'operators' });
    operators.addToPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket', 'ec2:DescribeInstances'], resources: ['*'] }),
    );
    const bot = new User(stack, 'DeployBot', { userName: 'deploy-bot' });
    bot.addToPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket', 'cloudformation:*'], resources: ['*'] }),
    );
    // The stack the snapshot recorded: one role deployed under a generated name, one not deployed yet.
    const deployed = new Stack(app, 'Deployed', { env });
    const generated = lambdaRole(deployed, 'Generated', undefined, ['s3:GetObject', 'dynamodb:GetItem']);
    (generated.node.defaultChild as unknown as { overrideLogicalId(id: string): void }).overrideLogicalId(
      'GeneratedRole',
    );
    lambdaRole(deployed, 'Fresh', undefined, ['sqs:ReceiveMessage']);
    new ManagedPolicy(deployed, 'Shared', {
      statements: [new PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] })],
    });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    pack = guard(app, { arns: { 'Service/MappedRole': role('mapped-role') } });
    Validations.of(app).addPlugins(pack);
    result = synth(app, outdir);
  });

  it('reports exactly the expected rule ids on the expected construct paths', () => {
    expect(ruleAndPath(result.violations)).toEqual(
      [
        'IamUsageGuard-unused-service[sqs] @ Service/UnusedSqsRole/Resource',
        'IamUsageGuard-unused-entity @ Service/IdleRole/Resource',
        'IamUsageGuard-new-service[sns] @ Service/GrowingRole/Resource',
        'IamUsageGuard-unused-service[kms] @ Service/MappedRole/Resource',
        'IamUsageGuard-unused-service[cloudformation] @ Service/DeployBot/Resource',
        'IamUsageGuard-unused-service[ec2] @ Service/Operators/Resource',
        'IamUsageGuard-new-service[dynamodb] @ Deployed/Generated/Resource',
        'IamUsageGuard-new-service[sqs] @ Deployed/Fresh/Resource',
        'IamUsageGuard-new-service[logs] @ Deployed/Shared/Resource',
      ].sort(),
    );
  });

  it('uses the CLI wording, one message per entity', () => {
    const unused = result.violations.find((v) => v.path === 'Service/UnusedSqsRole/Resource');
    expect(unused?.description).toMatch(
      /^role UnusedSqsRole[0-9A-F]{8} grants sqs but it was last used on 2026-03-01, 263 days before the report of 2026-11-19 \(window: 90 days\)\.$/,
    );
    const idle = result.violations.find((v) => v.path === 'Service/IdleRole/Resource');
    expect(idle?.description).toMatch(/^role IdleRole[0-9A-F]{8} used none of its 2 services within 90 days/);
    const growing = result.violations.find((v) => v.path === 'Service/GrowingRole/Resource');
    expect(growing?.description).toContain('New service sns: the deployed role GrowingRole');
    const fresh = result.violations.find((v) => v.path === 'Deployed/Fresh/Resource');
    expect(fresh?.description).toMatch(/^New service sqs: the change adds role Fresh[0-9A-F]{8}/);
    const kms = result.violations.find((v) => v.path === 'Service/MappedRole/Resource');
    expect(kms?.description).toMatch(
      /^role MappedRole[0-9A-F]{8} grants kms but it was last used on 2026-03-01/,
    );
  });

  it('reports unused services as warnings and new services as notices (CDK severity info, not WARNING)', () => {
    const severities = new Map<string, Set<string>>();
    for (const v of result.violations) {
      const rule = v.rule.replace(/\[.*$/, '');
      severities.set(rule, new Set([...(severities.get(rule) ?? []), v.severity]));
    }
    expect(severities.get('IamUsageGuard-unused-service')).toEqual(new Set(['warning']));
    expect(severities.get('IamUsageGuard-new-service')).toEqual(new Set(['info']));
  });

  it('offers the narrower grant as the fix', () => {
    const unused = result.violations.find((v) => v.path === 'Service/UnusedSqsRole/Resource');
    expect(unused?.fix).toBe('"Action": ["s3:GetObject"]');
  });

  it('records why an entity had no report', () => {
    expect(pack.unresolved.get('Service/UnknownRole/Resource')).toContain('no fixed name');
    expect(pack.unresolved.get('Deployed/Fresh/Resource')).toContain('not deployed yet');
  });

  it('runs beside AwsSolutionsChecks, whose errors (IAM5 wildcards) are its own', () => {
    expect(result.otherPlugins).toContain('AwsSolutions');
    expect(result.threw).toContain('AwsSolutions-IAM5');
  });
});

describe('IamUsageGuard acknowledgements', () => {
  let result: Synthesized;
  beforeAll(() => {
    const { app, outdir } = newApp();
    const stack = new Stack(app, 'Acks', { env: { account: ACCOUNT, region: 'us-east-1' } });
    const acked = lambdaRole(stack, 'SuppressedRole', 'suppressed-role', [
      's3:GetObject',
      'sqs:SendMessage',
      'sns:Publish',
    ]);
    Validations.of(acked).acknowledge({
      id: 'IamUsageGuard-unused-service[sqs]',
      reason: 'Dead-letter path, used on failure.',
    });
    Validations.of(acked).acknowledge({
      id: 'IamUsageGuard::IamUsageGuard-unused-service[sns]',
      reason: 'Alarm fan-out.',
    });
    // On the stack: covers every resource in it, as cdk-nag's own packs do.
    lambdaRole(stack, 'StackAckedRole', 'stack-acked-role', ['s3:GetObject', 'kinesis:PutRecord']);
    Validations.of(stack).acknowledge({
      id: 'IamUsageGuard-new-service[kinesis]',
      reason: 'Stream goes live next sprint.',
    });
    const noReason = lambdaRole(stack, 'NoReasonRole', 'unused-sqs-role', [
      's3:GetObject',
      'sqs:SendMessage',
    ]);
    // TypeScript requires `reason`; cdk-nag v3 and CDK accept an acknowledgement without one at run time.
    Validations.of(noReason).acknowledge({ id: 'IamUsageGuard-unused-service[sqs]' } as {
      id: string;
      reason: string;
    });
    const blank = lambdaRole(stack, 'BlankReasonRole', 'idle-role', ['s3:GetObject', 'sqs:SendMessage']);
    Validations.of(blank).acknowledge({ id: 'IamUsageGuard-unused-entity', reason: '   ' });
    Validations.of(app).addPlugins(guard(app));
    result = synth(app, outdir);
  });

  it('applies an acknowledgement with a reason (plain id: cdk-nag drops it; qualified id: CDK lists it as suppressed)', () => {
    const paths = result.violations.map((v) => v.path);
    expect(paths).not.toContain('Acks/SuppressedRole/Resource');
    expect(paths).not.toContain('Acks/StackAckedRole/Resource');
    expect(ruleAndPath(result.suppressed)).toEqual([
      'IamUsageGuard-unused-service[sns] @ Acks/SuppressedRole/Resource',
    ]);
    expect(result.suppressed[0]?.reason).toBe('Alarm fan-out.');
  });

  it('does not apply an acknowledgement without a reason, and reports it as an error that fails synth', () => {
    expect(ruleAndPath(result.violations)).toEqual(
      [
        'IamUsageGuard-unused-service[sqs] @ Acks/NoReasonRole/Resource',
        `${ACK_WITHOUT_REASON} @ Acks/NoReasonRole`,
        'IamUsageGuard-unused-entity @ Acks/BlankReasonRole/Resource',
        `${ACK_WITHOUT_REASON} @ Acks/BlankReasonRole`,
      ].sort(),
    );
    const ack = result.violations.find(
      (v) => v.rule === ACK_WITHOUT_REASON && v.path === 'Acks/NoReasonRole',
    );
    expect(ack?.severity).toBe('error');
    expect(ack?.description).toBe(
      'The acknowledgement of IamUsageGuard-unused-service[sqs] on Acks/NoReasonRole has no reason, so it is not applied. Add a reason that says why the grant is needed.',
    );
    expect(result.threw).toContain('has no reason, so it is not applied');
  });
});

describe('IamUsageGuard options', () => {
  function appWithUnusedSqs(props: Partial<IamUsageGuardProps>): Synthesized {
    const { app, outdir } = newApp();
    const stack = new Stack(app, 'Opts', { env: { account: ACCOUNT, region: 'us-east-1' } });
    lambdaRole(stack, 'UnusedSqsRole', 'unused-sqs-role', ['s3:GetObject', 'sqs:SendMessage', 'sns:Publish']);
    Validations.of(app).addPlugins(guard(app, props));
    return synth(app, outdir);
  }

  it('fails synth when a rule is raised to error', () => {
    const result = appWithUnusedSqs({ rules: { 'unused-service': 'error' } });
    expect(result.threw).toContain('ERROR role UnusedSqsRole');
    expect(result.violations.find((v) => v.rule === 'IamUsageGuard-unused-service[sqs]')?.severity).toBe(
      'error',
    );
  });

  it('lets synth succeed with warnings and notices only (no acknowledgement anywhere)', () => {
    const result = appWithUnusedSqs({});
    expect(ruleAndPath(result.violations)).toEqual([
      'IamUsageGuard-new-service[sns] @ Opts/UnusedSqsRole/Resource',
      'IamUsageGuard-unused-service[sqs] @ Opts/UnusedSqsRole/Resource',
    ]);
    expect(result.threw).toBeNull();
  });

  it('gives the same findings through validateScope (cdk-nag v3 direct invocation, no synthesized template)', () => {
    const app = new App();
    const stack = new Stack(app, 'Direct', { env: { account: ACCOUNT, region: 'us-east-1' } });
    lambdaRole(stack, 'UnusedSqsRole', 'unused-sqs-role', ['s3:GetObject', 'sqs:SendMessage', 'sns:Publish']);
    const report = guard(app).validateScope(app);
    const found = report.violations.flatMap((v) =>
      v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath}`),
    );
    expect(found.sort()).toEqual([
      'IamUsageGuard-new-service[sns] @ Direct/UnusedSqsRole/Resource',
      'IamUsageGuard-unused-service[sqs] @ Direct/UnusedSqsRole/Resource',
    ]);
    expect(report.success).toBe(true);
  });

  it('turns rules off', () => {
    const result = appWithUnusedSqs({ rules: { 'unused-service': 'off', 'new-service': 'off' } });
    expect(result.violations).toEqual([]);
  });

  it('widens the window with unusedDays', () => {
    const result = appWithUnusedSqs({ unusedDays: 365 });
    expect(ruleAndPath(result.violations)).toEqual([
      'IamUsageGuard-new-service[sns] @ Opts/UnusedSqsRole/Resource',
    ]);
  });

  it('reads the snapshot from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-cdk-nag-snapshot-'));
    dirs.push(dir);
    const file = join(dir, 'usage.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const result = appWithUnusedSqs({ snapshot: file });
    expect(ruleAndPath(result.violations)).toContain(
      'IamUsageGuard-unused-service[sqs] @ Opts/UnusedSqsRole/Resource',
    );
  });

  it('on the first synth, before any snapshot exists, reports one warning with the command and lets synth go on', () => {
    const result = appWithUnusedSqs({ snapshot: 'no-such-dir/iam-usage.json' });
    expect(result.threw).toBeNull();
    expect(result.violations).toHaveLength(1);
    const [only] = result.violations;
    expect(only?.rule).toBe(NO_SNAPSHOT);
    expect(only?.severity).toBe('warning');
    expect(only?.description).toMatch(
      /^No snapshot at no-such-dir\/iam-usage\.json yet, so IamUsageGuard checked nothing: write it after this synth with `npx iam-usage-guard snapshot \S+ --out no-such-dir\/iam-usage\.json`/,
    );
    // one sentence, no stack, no errno
    expect(only?.description).not.toMatch(/ENOENT|\n|at \S+:\d+/);
  });

  it('fails synth on a missing snapshot with onMissingSnapshot: fail', () => {
    const result = appWithUnusedSqs({ snapshot: 'no-such-dir/iam-usage.json', onMissingSnapshot: 'fail' });
    expect(result.threw).toContain('No snapshot at no-such-dir/iam-usage.json yet');
    expect(result.violations.map((v) => `${v.rule} ${v.severity}`)).toEqual([`${NO_SNAPSHOT} error`]);
  });

  it('says in one sentence that a snapshot file is not valid JSON, without a stack into the bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iug-cdk-nag-snapshot-'));
    dirs.push(dir);
    const file = join(dir, 'usage.json');
    writeFileSync(file, '{ "version": 1,');
    expect(() => new IamUsageGuard(undefined, { snapshot: file })).toThrow(/^IamUsageGuard: /);
  });

  it.each([
    [{ onMissingSnapshot: 'ignore' } as never, "onMissingSnapshot must be warn or fail, not 'ignore'"],
    [{ rules: { 'stale-access-key': 'error' } as never }, "unknown rule 'stale-access-key'"],
    [
      { rules: { 'unused-service': 'loud' } as never },
      "rules.unused-service must be error, warning, notice or off, not 'loud'",
    ],
    [{ unusedDays: 0 }, 'unusedDays must be a whole number of days'],
    [
      { snapshot: { ...snapshot, version: 2 } as unknown as typeof snapshot },
      'IamUsageGuard: (snapshot object): version must be 1',
    ],
  ])('rejects bad props with a clear message: %j', (props, message) => {
    expect(() => new IamUsageGuard(undefined, { snapshot, ...props })).toThrow(message);
  });
});
