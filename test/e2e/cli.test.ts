// The bundled CLI as a user runs it before pushing: `node dist/cli.js check` in temp git repos, output piped.
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/local-iam/scenario.js';
import { distFile, repoRoot } from '../cli/bundle.js';
import { TempRepo } from '../cli/e2e-support.js';
import { type RunningLocalIam, withLocalIam } from '../support/local-iam.js';

const ACCOUNT = '111111111111';
const RECENT = '2026-11-10T00:00:00Z';
const LONG_AGO = '2026-03-01T00:00:00Z';

function template(actions: string[]): string {
  return [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Resources:',
    '  AppRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      RoleName: app-role',
    '      AssumeRolePolicyDocument:',
    "        Version: '2012-10-17'",
    '        Statement:',
    '          - Effect: Allow',
    '            Principal: { Service: lambda.amazonaws.com }',
    '            Action: sts:AssumeRole',
    '      Policies:',
    '        - PolicyName: app',
    '          PolicyDocument:',
    "            Version: '2012-10-17'",
    '            Statement:',
    '              - Effect: Allow',
    '                Action:',
    ...actions.map((a) => `                  - ${a}`),
    "                Resource: '*'",
    '',
  ].join('\n');
}

function usageReport(name: string, services: Record<string, string | null>) {
  return {
    Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    CreateDate: '2025-01-01T00:00:00Z',
    JobStatus: 'COMPLETED',
    JobType: 'SERVICE_LEVEL',
    JobCreationDate: '2026-11-19T23:00:00Z',
    JobCompletionDate: '2026-11-19T23:00:00Z',
    ServicesLastAccessed: Object.entries(services).map(([ns, last]) => ({
      ServiceName: ns,
      ServiceNamespace: ns,
      ...(last ? { LastAuthenticated: last } : {}),
    })),
  };
}

const SNAPSHOT = JSON.stringify({
  version: 1,
  generatedAt: '2026-11-19T23:00:00Z',
  reports: [
    usageReport('app-role', { s3: RECENT, sqs: LONG_AGO }),
    usageReport('cdk-worker', { sqs: RECENT, sns: LONG_AGO }),
  ],
  accessKeys: [],
  policies: [],
  resources: [],
});

interface JsonReport {
  findings: {
    rule: string;
    severity: string;
    service: string | null;
    file: string;
    line: number;
    entity: { id: string };
  }[];
  summary: { entities: number; errors: number; warnings: number; notices: number; blocked: boolean };
}

let repo: TempRepo;

/** main: the role grants s3:GetObject and sqs:SendMessage. feature: it adds s3:PutObject, sqs:DeleteMessage and dynamodb. */
function makeRepo(): TempRepo {
  const made = new TempRepo('iug-e2e-cli-');
  made.write('.gitignore', 'cdk.out/\nusage.json\n');
  made.write('infra/app.yaml', template(['s3:GetObject', 'sqs:SendMessage']));
  made.write('README.md', 'demo\n');
  made.commit('base');
  made.git('checkout', '-q', '-b', 'feature');
  made.write(
    'infra/app.yaml',
    template(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'sqs:DeleteMessage', 'dynamodb:GetItem']),
  );
  made.commit('widen');
  made.write('usage.json', SNAPSHOT);
  // A CDK app's cloud assembly, as `cdk synth` leaves it (not committed: .gitignore).
  const app = new App({ outdir: join(made.root, 'cdk.out') });
  const stack = new Stack(app, 'Worker', { env: { account: ACCOUNT, region: 'us-east-1' } });
  const role = new Role(stack, 'WorkerRole', {
    roleName: 'cdk-worker',
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
  });
  role.addToPolicy(new PolicyStatement({ actions: ['sqs:ReceiveMessage', 'sns:Publish'], resources: ['*'] }));
  app.synth();
  return made;
}

beforeAll(async () => {
  repo = makeRepo();
});

afterAll(() => {
  repo?.remove();
});

describe('iam-usage-guard check (bundled, child process, piped)', () => {
  let json: { code: number | null; stdout: string; stderr: string };
  let report: JsonReport;
  beforeAll(async () => {
    json = await repo.run(['check', '--snapshot', 'usage.json', '--format', 'json']);
    report = JSON.parse(json.stdout) as JsonReport;
  });

  it('with no paths, finds the IaC files including cdk.out and compares with the merge base of main', () => {
    const files = new Set(report.findings.map((f) => f.file));
    expect(files.has('infra/app.yaml')).toBe(true);
    expect([...files].some((f) => f.startsWith('cdk.out/'))).toBe(true);
    // widened-* only fires when a base was compared: sqs was granted at main and is widened, unused since March.
    const appFindings = report.findings
      .filter((f) => f.file === 'infra/app.yaml')
      .map((f) => `${f.rule}:${f.service}`);
    expect(appFindings).toContain('widened-unused-service:sqs');
    expect(appFindings).toContain('new-service:dynamodb');
    expect(appFindings).not.toContain('widened-unused-service:s3');
  });

  it('exits 1 when a finding reaches --fail-on (default error) and 0 with --fail-on never', async () => {
    expect(json.code).toBe(1);
    expect(report.summary.blocked).toBe(true);
    const never = await repo.run([
      'check',
      '--snapshot',
      'usage.json',
      '--format',
      'json',
      '--fail-on',
      'never',
    ]);
    expect(never.code).toBe(0);
  });

  it('prints text findings as clickable path:line grouped by file, and a one-line verdict', async () => {
    const text = await repo.run(['check', '--snapshot', 'usage.json']);
    expect(text.code).toBe(1);
    const sqs = report.findings.find((f) => f.rule === 'widened-unused-service' && f.service === 'sqs');
    expect(text.stdout).toContain(`infra/app.yaml:${sqs?.line}`);
    expect(text.stdout).toMatch(/widened-unused-service/);
    const lastLine = text.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(lastLine).toMatch(/error/i);
    // Piped: no colour codes, and progress (if any) only on stderr.
    expect(text.stdout).not.toContain('\x1b[');
    expect(text.stdout).not.toContain('\r');
  });

  it.each(['markdown', 'sarif'])('writes --format %s to stdout', async (format) => {
    const result = await repo.run([
      'check',
      '--snapshot',
      'usage.json',
      '--format',
      format,
      '--fail-on',
      'never',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\x1b[');
    if (format === 'sarif') {
      const sarif = JSON.parse(result.stdout) as {
        version: string;
        runs: { results: { ruleId: string }[] }[];
      };
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toContain('widened-unused-service');
    } else {
      expect(result.stdout).toContain('widened-unused-service');
      expect(result.stdout).toContain('infra/app.yaml');
    }
  });

  it('keeps stdout to the result, so `--format json | jq` works', async () => {
    const piped = await repo.shell(
      `node ${JSON.stringify(distFile('cli.js'))} check --snapshot usage.json --format json | jq -r '.findings[] | "\\(.rule) \\(.service)"'`,
    );
    expect(piped.code).toBe(0); // jq's exit status: it parsed stdout
    expect(piped.stdout.split('\n')).toContain('widened-unused-service sqs');
  });

  it('writes --output to a file and nothing but the result to stdout', async () => {
    const dir = mkdtempSync(join(repo.home, 'out-'));
    const file = join(dir, 'report.json');
    const result = await repo.run([
      'check',
      '--snapshot',
      'usage.json',
      '--format',
      'json',
      '--output',
      file,
    ]);
    expect(result.code).toBe(1);
    const written = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
    expect(written.findings.length).toBe(report.findings.length);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('iam-usage-guard check with no arguments, against the local IAM endpoint', () => {
  let iam: RunningLocalIam;
  beforeAll(async () => {
    iam = await withLocalIam(
      loadScenario(
        JSON.stringify({
          account: ACCOUNT,
          entities: [
            {
              arn: `arn:aws:iam::${ACCOUNT}:role/app-role`,
              createDate: 'now-400d',
              services: [
                { namespace: 's3', lastAuthenticated: 'now-2d', region: 'us-east-1' },
                { namespace: 'sqs', lastAuthenticated: 'now-200d', region: 'us-east-1' },
              ],
            },
            {
              arn: `arn:aws:iam::${ACCOUNT}:role/cdk-worker`,
              createDate: 'now-400d',
              services: [{ namespace: 'sqs', lastAuthenticated: 'now-1d', region: 'us-east-1' }],
            },
          ],
        }),
        'scenario.json',
      ),
    );
  });
  afterAll(async () => {
    await iam?.close();
  });

  it('uses the configured credentials: `check` alone finds IaC (cdk.out too), compares with main, exits 1', async () => {
    const result = await repo.run(['check'], { ...iam.env, AWS_EC2_METADATA_DISABLED: 'true' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('infra/app.yaml:');
    expect(result.stdout).toContain('cdk.out/');
    expect(result.stdout).toContain('widened-unused-service');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ Blocked: /);
    expect(result.stdout).not.toContain('\x1b[');
    // Piped stderr gets no terminal line rewriting.
    expect(result.stderr).not.toContain('\r');
    expect(iam.server.calls.some((c) => c.op === 'GenerateServiceLastAccessedDetails')).toBe(true);
  });

  it('on a terminal, shows a progress line on stderr that it rewrites in place', async () => {
    const command = `node ${JSON.stringify(distFile('cli.js'))} check --format json 2>&1 >/dev/null`;
    // `script` gives the CLI a pseudo-terminal, as an interactive shell would; stdout goes to /dev/null.
    const result = await repo.shell(`script -qec ${JSON.stringify(command)} /dev/null`, {
      ...iam.env,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(result.stdout).toContain('\r\x1b[Kiam-usage-guard: usage reports: ');
    expect(result.stdout).toMatch(/usage reports: \d+\/\d+ entities/);
    expect(result.stdout).toMatch(/elapsed/);
  });
});

describe('iam-usage-guard check --staged', () => {
  it('checks what is staged, not the working tree', async () => {
    const staged = new TempRepo('iug-e2e-staged-');
    try {
      staged.write('infra/app.yaml', template(['s3:GetObject', 'sqs:SendMessage']));
      staged.commit('base');
      staged.write('usage.json', SNAPSHOT);
      // Staged: kms is added. Working tree (unstaged, on top): ec2 instead.
      staged.write('infra/app.yaml', template(['s3:GetObject', 'sqs:SendMessage', 'kms:Decrypt']));
      staged.git('add', 'infra/app.yaml');
      staged.write('infra/app.yaml', template(['s3:GetObject', 'sqs:SendMessage', 'ec2:DescribeInstances']));
      const result = await staged.run(['check', '--staged', '--snapshot', 'usage.json', '--format', 'json']);
      const parsed = JSON.parse(result.stdout) as JsonReport;
      const services = parsed.findings.map((f) => f.service);
      expect(services).toContain('kms');
      expect(services).not.toContain('ec2');
      expect(parsed.findings.find((f) => f.service === 'kms')?.rule).toBe('new-service');
    } finally {
      staged.remove();
    }
  });
});

describe('iam-usage-guard check errors', () => {
  it('rejects a misspelt flag with exit 2 and the right spelling', async () => {
    const result = await repo.run(['check', '--snapshto', 'usage.json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown option --snapshto for 'check' (did you mean --snapshot?)");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('without credentials or a snapshot, says what to configure and still runs the rules that need no usage', async () => {
    const result = await repo.run(['check', '--format', 'json']);
    expect(result.stderr).toContain('no AWS credentials found and no --snapshot given');
    expect(result.stderr).toContain('AWS_PROFILE');
    expect(result.stderr).toContain('--snapshot FILE');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // stdout is still the report alone, so a pipe into jq keeps working.
    const body = JSON.parse(result.stdout) as JsonReport & { usageUnavailable: string | null };
    expect(body.usageUnavailable).toContain('no AWS credentials');
    expect(body.findings.map((f) => f.rule)).toContain('no-usage-data');
  });

  it('prints help for check with examples', async () => {
    const result = await repo.run(['check', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: iam-usage-guard check');
    expect(result.stdout).toContain('--staged');
    expect(result.stdout).toContain('Examples:');
  });
});

describe('pre-commit and pre-push hook recipes (docs/hooks)', () => {
  function hookedRepo(hook: 'pre-commit' | 'pre-push'): TempRepo {
    const hooked = new TempRepo('iug-e2e-hook-');
    hooked.write('infra/app.yaml', template(['s3:GetObject', 'sqs:SendMessage']));
    hooked.write('.gitignore', 'node_modules/\nusage.json\n');
    hooked.commit('base');
    hooked.write('usage.json', SNAPSHOT);
    // As after `npm install --save-dev iam-usage-guard`: the bin in node_modules/.bin, which npx runs offline.
    hooked.write(
      'node_modules/.bin/iam-usage-guard',
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(distFile('cli.js'))} "$@"\n`,
    );
    chmodSync(join(hooked.root, 'node_modules/.bin/iam-usage-guard'), 0o755);
    copyFileSync(join(repoRoot, 'docs', 'hooks', hook), join(hooked.root, '.git', 'hooks', hook));
    chmodSync(join(hooked.root, '.git', 'hooks', hook), 0o755);
    return hooked;
  }

  it('pre-commit blocks a commit that widens an unused service, and lets a clean one through', async () => {
    const hooked = hookedRepo('pre-commit');
    try {
      const env = { IAM_USAGE_GUARD_SNAPSHOT: 'usage.json' };
      hooked.write('infra/app.yaml', template(['s3:GetObject', 'sqs:SendMessage', 'sqs:DeleteMessage']));
      hooked.git('add', 'infra/app.yaml');
      const blocked = await hooked.shell('git commit -q -m widen', env);
      expect(blocked.code).not.toBe(0);
      expect(blocked.stdout + blocked.stderr).toContain('widened-unused-service');
      expect(hooked.git('log', '--oneline').trim().split('\n')).toHaveLength(1);

      hooked.write('infra/app.yaml', template(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage']));
      hooked.git('add', 'infra/app.yaml');
      const allowed = await hooked.shell('git commit -q -m "widen s3, which is used"', env);
      expect(allowed.code).toBe(0);
      expect(hooked.git('log', '--oneline').trim().split('\n')).toHaveLength(2);
    } finally {
      hooked.remove();
    }
  });
  it('pre-push blocks pushing a branch that widens an unused service', async () => {
    const hooked = hookedRepo('pre-push');
    try {
      const remote = join(hooked.home, 'remote.git');
      hooked.git('init', '-q', '--bare', remote);
      hooked.git('remote', 'add', 'origin', remote);
      hooked.git('push', '-q', 'origin', 'main');
      hooked.git('checkout', '-q', '-b', 'feature');
      hooked.write('infra/app.yaml', template(['s3:GetObject', 'sqs:SendMessage', 'sqs:DeleteMessage']));
      hooked.commit('widen', 'infra/app.yaml');
      const env = { IAM_USAGE_GUARD_SNAPSHOT: 'usage.json' };
      const blocked = await hooked.shell('git push -q origin feature', env);
      expect(blocked.code).not.toBe(0);
      expect(blocked.stdout + blocked.stderr).toContain('widened-unused-service');
      expect(hooked.git('ls-remote', '--heads', 'origin')).not.toContain('refs/heads/feature');
    } finally {
      hooked.remove();
    }
  });
});
