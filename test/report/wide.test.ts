// A pull request that widens roles to `Action: "*"` (22,000+ actions each), through the real CLI and pipeline:
// every listing names services, never thousands of actions, and the comment stays under GitHub's cap.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/parse.js';
import { scan } from '../../src/pipeline.js';
import { loadCatalog } from '../../src/policy/catalog.js';
import { DEFAULT_MAX_CHARS, renderMarkdown } from '../../src/report/markdown.js';
import type { SnapshotFile } from '../../src/usage/model.js';
import { capture } from '../cli/support.js';

const REPORT_TIME = '2026-11-20T12:00:00Z';
const day = (n: number) => new Date(Date.parse(REPORT_TIME) - n * 86_400_000).toISOString();
const catalog = loadCatalog();
const ALL = catalog.allActions().length;
const SERVICES = catalog.services().length;

function role(i: number, action: string): string {
  return `  Role${i}:
    Type: AWS::IAM::Role
    Properties:
      RoleName: wide-role-${i}
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
      Policies:
        - PolicyName: app
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: ${action}, Resource: '*' }
`;
}

const template = (count: number, action: (i: number) => string) =>
  `Resources:\n${Array.from({ length: count }, (_, i) => role(i, action(i))).join('')}`;

function snapshot(count: number): SnapshotFile {
  return {
    version: 1,
    generatedAt: REPORT_TIME,
    accessKeys: [],
    policies: [],
    resources: [],
    reports: Array.from({ length: count }, (_, i) => ({
      Arn: `arn:aws:iam::123456789012:role/wide-role-${i}`,
      CreateDate: day(400),
      JobStatus: 'COMPLETED' as const,
      JobType: 'ACTION_LEVEL' as const,
      JobCreationDate: REPORT_TIME,
      JobCompletionDate: REPORT_TIME,
      ServicesLastAccessed: [
        { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: day(200) },
        { ServiceName: 'CloudWatch Logs', ServiceNamespace: 'logs', LastAuthenticated: day(2) },
      ],
    })),
  };
}

/** A repository whose main grants `[s3:GetObject, logs:PutLogEvents]` and whose branch widens the first `wide` to `*`. */
function repository(count: number, wide: number): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'iug-wide-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  mkdirSync(path.join(repo, 'infra'));
  const narrow = '[s3:GetObject, logs:PutLogEvents]';
  writeFileSync(
    path.join(repo, 'infra', 'roles.yaml'),
    template(count, () => narrow),
  );
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'pr');
  writeFileSync(
    path.join(repo, 'infra', 'roles.yaml'),
    template(count, (i) => (i < wide ? "'*'" : narrow)),
  );
  git('commit', '-q', '-am', 'widen');
  writeFileSync(path.join(repo, 'snapshot.json'), JSON.stringify(snapshot(count)));
  return repo;
}

async function cli(cwd: string, argv: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await runCli(argv, { stdout: stdout.stream, stderr: stderr.stream, env: {}, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Distinct `service:Action` names in a text: a listing per service names a handful, never thousands. */
const actionNamesIn = (text: string) => new Set(text.match(/\b[a-z0-9-]+:[A-Z][A-Za-z0-9]+\b/g) ?? []);

let repo: string;
beforeAll(() => {
  repo = repository(4, 3);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('a change that widens roles to *', () => {
  it('check: one folded line per rule and role, naming services; the verdict is unchanged', async () => {
    const { code, stdout } = await cli(repo, ['check', '--snapshot', 'snapshot.json', '--fail-on', 'never']);
    expect(code).toBe(0);
    // Every service the roles did not grant at base is a new-service notice, folded on the `*` line.
    const folded = stdout.match(/new-service {2}Role\d: (\d+) services \(a\S*, /g) ?? [];
    expect(folded).toHaveLength(3);
    expect(stdout).toContain(`Role0: ${SERVICES - 2} services (`);
    expect(stdout).toMatch(
      /widened-unused-service {2}This change adds s3:\S+, .* and \d+ more to role Role0/,
    );
    expect(stdout).toContain(`3 errors, 0 warnings, ${3 * (SERVICES - 2)} notices`);
    expect(actionNamesIn(stdout).size).toBeLessThan(30);
  });

  it('the comment names services, folds alike rows and findings, and stays under the cap', async () => {
    const { stdout } = await cli(repo, ['check', '--snapshot', 'snapshot.json', '--format', 'markdown']);
    expect(stdout.length).toBeLessThan(DEFAULT_MAX_CHARS);
    expect(stdout.match(/^#### Role `Role\d`/gm)).toHaveLength(3);
    // One row for the services added with all their actions, one each for the widened s3 and logs.
    const s3 = catalog.actionsOf('s3').length;
    expect(stdout).toContain(`| \`s3\` | **widened** +${s3 - 1} · ${s3} actions | 2026-05-04 |`);
    expect(stdout).toMatch(
      new RegExp(
        `\\| \`a\\S*\`, \`a\\S*\`, \`a\\S*\` and ${SERVICES - 5} more \\| \\*\\*added\\*\\* · \\d+ actions in ${SERVICES - 2} services \\| not tracked \\| ℹ️ \\[new-service\\]`,
      ),
    );
    expect(stdout.match(/^\| /gm)!.length).toBeLessThan(3 * 6);
    expect(stdout).toMatch(/line \d+: \d+ services \(`a\S*`, /);
    expect(actionNamesIn(stdout).size).toBeLessThan(30);
  });

  it('grants: counts and per-service listings; JSON keeps the full sorted action list', async () => {
    const text = await cli(repo, ['grants', '--base', 'main']);
    expect(text.stdout).toContain(`${SERVICES} services, ${ALL} actions: `);
    expect(text.stdout).toMatch(/ {6}added: a\S*:\*, a\S*:\*, .* … and \d+ more services\n/);
    expect(actionNamesIn(text.stdout).size).toBeLessThan(30);

    const json = await cli(repo, ['grants', '--base', 'main', '--format', 'json']);
    const parsed = JSON.parse(json.stdout) as {
      entities: { id: string; actions: string[]; base: unknown }[];
    };
    // Written one entity at a time, it is exactly what one JSON.stringify of the whole would be.
    expect(json.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    const wide = parsed.entities.find((e) => e.id === 'Role0')!;
    expect(wide.actions).toEqual(catalog.allActions());
    expect(wide.base).toEqual({ services: ['logs', 's3'], actions: ['logs:PutLogEvents', 's3:GetObject'] });
  });
});

describe('many wide roles', () => {
  let many: string;
  beforeAll(() => {
    many = repository(120, 120);
  });
  afterAll(() => rmSync(many, { recursive: true, force: true }));

  it('the comment shows as many as fit and counts every other finding; the job summary shows more', async () => {
    const config = parseConfig('{}', 'inline.yml');
    const { readFile } = await import('node:fs/promises');
    const snap = JSON.parse(await readFile(path.join(many, 'snapshot.json'), 'utf8')) as SnapshotFile;
    const result = await scan({ cwd: many, paths: [], base: 'auto', config, snapshot: snap });
    expect(result.findings).toHaveLength(120 * (SERVICES - 1));
    const comment = renderMarkdown(result);
    expect(comment.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
    const shown = comment.match(/^#### Role/gm)!.length;
    expect(shown).toBeGreaterThan(20);
    const more = /\*\*(\d+) more findings\*\* \((\d+) more entities\)/.exec(comment)!;
    expect(Number(more[2])).toBe(120 - shown);
    expect(Number(more[1])).toBe((120 - shown) * (SERVICES - 1));
    const summary = renderMarkdown(result, { maxChars: 800_000, marker: '' });
    expect(summary.match(/^#### Role/gm)).toHaveLength(120);
    expect(actionNamesIn(summary).size).toBeLessThan(30);
  });
});
