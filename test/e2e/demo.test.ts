import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './check-support.js';

function node(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env['PATH'], HOME: os.tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += String(c);
    });
    child.stderr.on('data', (c) => {
      stderr += String(c);
    });
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('npm run demo', () => {
  let demo: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    // dist/ is built once for the whole suite (test/global-setup.ts); the demo must not rewrite it mid-run.
    demo = await node([path.join(repoRoot, 'scripts/demo.mjs'), '--prebuilt'], repoRoot);
  }, 180_000);

  it('shows a blocking finding, a warning and a suggestion, and explains exit code 1', () => {
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(
      /infra\/app\.yaml:33 {2}error {3}widened-unused-service {2}This change adds dynamodb:BatchWriteItem/,
    );
    expect(demo.stdout).toMatch(/:\d+ {2}warning unused-service /);
    expect(demo.stdout).toContain(
      'suggestion for AppRole, keep what was used or cannot be judged yet: "Action": ["s3:GetObject", "s3:PutObject", "sns:Publish"]',
    );
    expect(demo.stdout).toMatch(/✖ Blocked: 1 error, 4 warnings, 1 notice/);
    expect(demo.stdout).toContain('Exit code 1: at least one finding is at or above --fail-on');
  });

  it('then shows the edit `iam-usage-guard fix` makes, as a diff, and what is left for the CDK and Terraform sources', () => {
    const fix = demo.stdout.slice(demo.stdout.indexOf('$ iam-usage-guard fix --dry-run --base main'));
    expect(fix).toContain('--- a/infra/app.yaml\n+++ b/infra/app.yaml\n');
    expect(fix).toContain('-              - Sid: Orders\n');
    expect(fix).toContain('-                  - dynamodb:BatchWriteItem\n');
    expect(fix).toMatch(/^ {19}- s3:PutObject$/m);
    // What is left for a person goes to stderr, as every summary line does.
    expect(demo.stderr).toContain(
      'iam-usage-guard fix: would narrow 2 statements in 1 file (infra/app.yaml).',
    );
    expect(demo.stderr).toMatch(
      /cdk\.out\/DemoWorkerStack\.template\.json:\d+ \(role WorkerRole8DD27D41\): the template is synthesized by CDK/,
    );
  });

  it('the bundle finds the presets without the source tree (extends: strict from dist/cli.js)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'iug-bundle-'));
    await writeFile(path.join(dir, '.iam-usage-guard.yml'), 'extends: strict\n');
    await writeFile(
      path.join(dir, 'policy.json'),
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      }),
    );
    const result = await node([path.join(repoRoot, 'dist/cli.js'), 'check', '--format', 'json'], dir);
    // strict: missing usage data fails the check, as the preset says.
    expect(result.stderr).toContain('no AWS credentials found');
    const body = JSON.parse(result.stdout);
    expect(body.findings.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`)).toEqual([
      'no-usage-data error',
    ]);
    expect(result.code).toBe(1);
  });

  it('the library bundle (dist/lib.js) exports scan and returns findings as data', async () => {
    const lib = (await import(path.join(repoRoot, 'dist/lib.js'))) as typeof import('../../src/index.js');
    const result = await lib.scan({
      cwd: path.join(repoRoot, 'examples/head'),
      paths: ['infra'],
      base: null,
      config: lib.defaultConfig(),
    });
    expect(result.entities.map((g) => g.entity.id).sort()).toEqual(['AppRole', 'LegacyReportsUser']);
    expect(result.usageUnavailable).toMatch(/no AWS credentials/);
  });
});
