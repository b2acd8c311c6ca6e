// Output a runner cannot be tricked by. A `run:` step's stdout and stderr are read by the GitHub runner line by
// line: a line that starts with `::` (after spaces) is a workflow command, and `##[...]` anywhere in a line is one
// too (the runner's older syntax). File names, logical ids, role names and action strings come from the pull
// request, so they may hold those, newlines, carriage returns and ANSI escapes. Through the bundled CLI (text,
// grants text, stderr) and the bundled action (annotations, log lines), no PR string may become a command, move
// the cursor or colour the log; each stays visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestPayload, REPOSITORY, runAction, TOKEN } from '../action/run-action.js';
import { TempRepo } from '../cli/e2e-support.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';
import { roleSnapshot, roleYaml } from './support.js';

const ACCOUNT = '123456789012';
const ESC = '\u001b';

const HOSTILE = {
  // Each file name is legal on Linux and in git.
  stopFile: 'infra/::stop-commands::tok123.yaml',
  rootFile: '::stop-commands::tok789.yaml',
  maskFile: 'infra/line\n::add-mask::secretword\n.yaml',
  oldSyntaxFile: 'infra/x##[warning]injected.yaml',
  ansiFile: `infra/${ESC}[2J${ESC}[31mred\r::error::cr.yaml`,
  id: `Evil${ESC}[31m\n::warning file=a::injected`,
  roleName: `role${ESC}]8;;https://evil.example${ESC}\\link`,
  action: 's3:GetObject\n::add-mask::tok456',
  oldSyntaxAction: 'sqs:Send##[error]boom',
};

/** The commands a hostile string tried to smuggle in; none may reach a line start (or anywhere, for `##[`). */
function expectInert(text: string, where: string): void {
  for (const line of text.split('\n')) {
    expect(line.trimStart().startsWith('::'), `${where}: ${JSON.stringify(line)}`).toBe(false);
    expect(line, where).not.toContain('##[');
    expect(line, where).not.toContain(ESC);
    expect(line, where).not.toContain('\r');
    expect(line, where).not.toContain('\u009b');
  }
}

const snapshot = () => roleSnapshot(`arn:aws:iam::${ACCOUNT}:role/app-role`, { s3: 200, sqs: 1 });

let repo: TempRepo;
let baseSha: string;
let headSha: string;

beforeAll(async () => {
  repo = new TempRepo('iug-runner-commands-');
  repo.write('usage.json', snapshot());
  repo.write('infra/app.yaml', roleYaml('AppRole', 'app-role', ['s3:GetObject', 'sqs:SendMessage']));
  repo.commit('base');
  baseSha = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'change');
  // The role widens s3 (an error), and its new statement carries hostile action strings (diagnostics).
  repo.write(
    'infra/app.yaml',
    roleYaml('AppRole', 'app-role', [
      's3:GetObject',
      's3:PutObject',
      'sqs:SendMessage',
      HOSTILE.action,
      HOSTILE.oldSyntaxAction,
    ]),
  );
  repo.write(HOSTILE.stopFile, roleYaml('StopRole', 'stop', ['sns:Publish']));
  // At the repository root, its name starts the line of every finding on it.
  repo.write(HOSTILE.rootFile, roleYaml('RootRole', 'root', ['sns:Publish']));
  repo.write(HOSTILE.maskFile, roleYaml('MaskRole', 'mask', ['sns:Publish']));
  repo.write(HOSTILE.oldSyntaxFile, roleYaml('OldRole', 'old', ['sns:Publish']));
  repo.write(HOSTILE.ansiFile, roleYaml(HOSTILE.id, HOSTILE.roleName, ['kms:Decrypt']));
  // A file that fails to parse: its diagnostic quotes the hostile file name and source line.
  repo.write('infra/::warning::broken.json', '{"Resources": {"::error::A": {"Type": "AWS::IAM::Role",');
  repo.commit('head');
  headSha = repo.git('rev-parse', 'HEAD').trim();
}, 180_000);

afterAll(() => repo?.remove());

describe('the bundled CLI in a run: step', () => {
  it('check (text): findings on every hostile file, none of them a workflow command', async () => {
    const result = await repo.run(['check', '--base', 'main', '--snapshot', 'usage.json']);
    expect(result.code, result.stderr).toBe(1);
    expectInert(result.stdout, 'stdout');
    expectInert(result.stderr, 'stderr');
    // Still visible, as code points: a reviewer sees what the PR wrote.
    expect(result.stdout).toContain('widened-unused-service');
    expect(result.stdout).toContain('infra/::stop-commands::tok123.yaml');
    expect(result.stdout).toContain('<U+003A>:stop-commands::tok789.yaml');
    expect(result.stdout).toContain('infra/line<U+000A>::add-mask::secretword<U+000A>.yaml');
    expect(result.stdout).toContain('x#<U+0023>[warning]injected.yaml');
    expect(result.stdout).toContain('Evil<U+001B>[31m<U+000A>::warning file=a::injected');
  });

  it('grants (text) and grants --format json: text is inert, JSON decodes to the exact names', async () => {
    const text = await repo.run(['grants', '--base', 'main']);
    expect(text.code, text.stderr).toBe(0);
    expectInert(text.stdout, 'grants stdout');
    expectInert(text.stderr, 'grants stderr');
    expect(text.stdout).toContain('<U+003A>:stop-commands::tok789.yaml');
    const json = await repo.run(['grants', '--base', 'main', '--format', 'json']);
    expectInert(json.stdout, 'grants json');
    const body = JSON.parse(json.stdout) as { entities: { id: string; file: string; name: string | null }[] };
    expect(body.entities.map((e) => e.file)).toEqual(
      expect.arrayContaining([
        HOSTILE.rootFile,
        HOSTILE.stopFile,
        HOSTILE.maskFile,
        HOSTILE.oldSyntaxFile,
        HOSTILE.ansiFile,
      ]),
    );
    expect(body.entities.find((e) => e.file === HOSTILE.ansiFile)).toMatchObject({
      id: HOSTILE.id,
      name: HOSTILE.roleName,
    });
  });

  it('check --format json and sarif on stdout parse back to the exact text, yet no line is a command', async () => {
    for (const format of ['json', 'sarif', 'markdown']) {
      const result = await repo.run([
        'check',
        '--base',
        'main',
        '--snapshot',
        'usage.json',
        '--format',
        format,
      ]);
      expect(result.code, `${format}: ${result.stderr}`).toBe(1);
      expectInert(result.stdout, format);
      expectInert(result.stderr, `${format} stderr`);
      if (format === 'json') {
        const body = JSON.parse(result.stdout) as { findings: { file: string; entity: { id: string } }[] };
        expect(body.findings.map((f) => f.file)).toContain(HOSTILE.oldSyntaxFile);
        expect(body.findings.map((f) => f.entity.id)).toContain(HOSTILE.id);
      }
    }
  });

  it('an error message that quotes the configuration the PR wrote is inert on stderr', async () => {
    repo.write('.github/iam-usage-guard.yml', `"::add-mask::cfg\\n::warning::x": 1\n"##[error]y": 2\n`);
    try {
      const result = await repo.run(['check', '--base', 'main', '--snapshot', 'usage.json']);
      expect(result.code).toBe(2);
      expectInert(result.stderr, 'stderr');
      expect(result.stderr).toContain('<U+003A>:warning::x');
    } finally {
      repo.git('checkout', '--', '.');
      repo.git('clean', '-fdq', '.github');
    }
  });
});

describe('the bundled action', () => {
  let gh: GitHubStandIn;
  beforeAll(async () => {
    gh = await startGitHubStandIn(REPOSITORY);
  });
  afterAll(async () => {
    await gh?.close();
  });

  it('annotations and log lines: only our own commands start a line, no PR string colours the log', async () => {
    gh.setPullFiles(
      7,
      [
        'infra/app.yaml',
        HOSTILE.rootFile,
        HOSTILE.stopFile,
        HOSTILE.maskFile,
        HOSTILE.oldSyntaxFile,
        HOSTILE.ansiFile,
        'infra/::warning::broken.json',
      ].map((filename) => ({ filename, status: 'added' as const })),
    );
    const run = await runAction({
      repo,
      apiUrl: gh.url,
      event: 'pull_request',
      payload: pullRequestPayload(7, baseSha, headSha),
      sha: headSha,
      inputs: { snapshot: 'usage.json' },
    });
    expect(run.code, run.stdout).toBe(1);
    for (const line of run.stdout.split('\n')) {
      const trimmed = line.trimStart();
      if (!trimmed.startsWith('::')) continue;
      // Ours: annotations, the failure, and masking the token we were given.
      expect(trimmed, JSON.stringify(line)).toMatch(/^::(error|warning|notice|add-mask)( [^:]*)?::/);
      if (trimmed.startsWith('::add-mask::')) expect(trimmed).toBe(`::add-mask::${TOKEN}`);
    }
    expect(run.stdout).not.toContain('::stop-commands::');
    expect(run.stdout).not.toContain('##[');
    expect(run.stdout).not.toContain(ESC);
    expect(run.stderr).not.toContain(ESC);
    expect(run.summary).not.toContain(ESC);
    for (const annotation of run.annotations) {
      expect(annotation.message).not.toContain(ESC);
      expect(annotation.message).not.toContain('\r');
    }
    expect(run.annotations.some((a) => a.properties['title'] === 'widened-unused-service')).toBe(true);
    // The comment is markdown: escaped there (test/hostile/markup.test.ts), and free of raw escapes.
    const comment = gh.comments(7)[0]?.body ?? '';
    expect(comment).toContain('widened-unused-service');
    expect(comment).not.toContain(ESC);
  }, 120_000);
});
