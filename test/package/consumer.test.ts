// The npm tarball as users get it: packed from this checkout, checked by attw and publint, installed into fresh
// projects outside the repository (ESM TypeScript on node16, CommonJS TypeScript on node16 and on classic commonjs,
// plain JavaScript), compiled with tsc and run: the CLI by `npx`, the library and the cdk-nag plugin by package name
// inside real CDK apps, the documented first-run order against the local IAM endpoint, and a cdk-nag 2 project that
// must fail with one sentence. One install serves every case but the cdk-nag 2 one.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { repoRoot } from '../cli/bundle.js';
import { cleanEnv } from '../cli/e2e-support.js';
import { type RunningLocalIam, withLocalIam } from '../support/local-iam.js';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);
/** The cdk-nag 2 release the issue reproduced with; npm's cache serves it after the first run. */
const CDK_NAG_2 = '2.38.2';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Run> {
  return new Promise((done, fail) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? env,
        timeout: options.timeoutMs ?? 300_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (code === null) fail(new Error(`${command} ${args.join(' ')}: ${error?.message}\n${stderr}`));
        else done({ code, stdout, stderr });
      },
    );
  });
}

async function ok(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.code}\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`,
    );
  }
  return result;
}

const versionOf = (name: string): string =>
  (
    JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

let work: string;
let env: NodeJS.ProcessEnv;
let tarball: string;
let packed: { size: number; unpackedSize: number; entryCount: number; files: { path: string }[] };
let consumer: string;
let iam: RunningLocalIam;

const ACCOUNT = '123456789012';
const snapshot = {
  version: 1,
  generatedAt: '2026-11-19T23:00:00Z',
  reports: [
    {
      Arn: `arn:aws:iam::${ACCOUNT}:role/worker`,
      CreateDate: '2025-01-01T00:00:00Z',
      JobStatus: 'COMPLETED',
      JobType: 'SERVICE_LEVEL',
      JobCreationDate: '2026-11-19T23:00:00Z',
      JobCompletionDate: '2026-11-19T23:00:00Z',
      ServicesLastAccessed: [
        { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: '2026-11-10T00:00:00Z' },
        { ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs', LastAuthenticated: '2026-03-01T00:00:00Z' },
      ],
    },
  ],
  accessKeys: [],
  policies: [],
  resources: [],
};

/** The same CDK app in every module system: one role that grants s3 (used), sqs (unused) and sns (new). */
const appBody = (snapshotPath: string) => `
const app = new App({ outdir: 'cdk.out' });
const stack = new Stack(app, 'Worker', { env: { account: '${ACCOUNT}', region: 'us-east-1' } });
const role = new Role(stack, 'WorkerRole', { roleName: 'worker', assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
role.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject', 'sqs:SendMessage', 'sns:Publish'], resources: ['*'] }));
Validations.of(app).addPlugins(new IamUsageGuard(app, { snapshot: ${JSON.stringify(snapshotPath)}, now: new Date('2026-11-20T00:00:00Z') }));
app.synth();
`;

/** What the validation report says about the pack: `rule severity @ path`, sorted. */
function reported(dir: string): string[] {
  const report = JSON.parse(readFileSync(path.join(dir, 'cdk.out', 'validation-report.json'), 'utf8')) as {
    pluginReports: {
      pluginName: string;
      violations: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[];
    }[];
  };
  return report.pluginReports
    .filter((p) => p.pluginName === 'IamUsageGuard')
    .flatMap((p) =>
      p.violations.flatMap((v) =>
        v.violatingConstructs.map((c) => `${v.ruleName} ${v.severity} @ ${c.constructPath}`),
      ),
    )
    .sort();
}

const EXPECTED = [
  'IamUsageGuard-new-service[sns] info @ Worker/WorkerRole/Resource',
  'IamUsageGuard-unused-service[sqs] warning @ Worker/WorkerRole/Resource',
];

beforeAll(async () => {
  // dist/ as the suite builds it (test/global-setup.ts), then the declarations `prepack` adds, then the tarball from this checkout.
  work = mkdtempSync(path.join(tmpdir(), 'iug-consumer-'));
  env = cleanEnv(work, {
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  });
  // npm's cache and registry settings stay the user's: installs come from the tarball and the cache.
  for (const key of ['npm_config_cache', 'NPM_CONFIG_CACHE'])
    if (process.env[key]) env[key] = process.env[key];
  if (!process.env['npm_config_cache'])
    env['npm_config_cache'] = path.join(process.env['HOME'] ?? work, '.npm');
  await ok(process.execPath, ['scripts/build-types.mjs'], { cwd: repoRoot, env: process.env });
  const packOut = await ok('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: repoRoot,
  });
  packed = (JSON.parse(packOut.stdout) as (typeof packed & { filename: string })[])[0]!;
  tarball = path.join(work, (packed as unknown as { filename: string }).filename);

  consumer = path.join(work, 'consumer');
  write(
    path.join(consumer, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      dependencies: {
        'iam-usage-guard': `file:${tarball}`,
        'aws-cdk-lib': versionOf('aws-cdk-lib'),
        constructs: versionOf('constructs'),
        'cdk-nag': versionOf('cdk-nag'),
        '@types/node': versionOf('@types/node'),
      },
    }),
  );
  await ok('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: consumer,
  });
  write(path.join(consumer, 'usage.json'), JSON.stringify(snapshot));
  iam = await withLocalIam({
    account: ACCOUNT,
    entities: [
      {
        arn: `arn:aws:iam::${ACCOUNT}:role/worker`,
        createDate: 'now-400d',
        services: [
          { namespace: 's3', lastAuthenticated: 'now-3d', region: 'us-east-1' },
          { namespace: 'sqs' },
        ],
      },
    ],
  });
}, 600_000);

afterAll(async () => {
  await iam?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm tarball', () => {
  it('holds the bundles with their maps, declarations, rules, action.yml, README and LICENSE, and nothing dead', () => {
    const files = packed.files.map((f) => f.path).sort();
    const topLevel = new Set(files.map((f) => f.split('/')[0]));
    expect([...topLevel].sort()).toEqual([
      'LICENSE',
      'README.md',
      'action.yml',
      'bin',
      'dist',
      'package.json',
      'rules',
    ]);
    for (const file of [
      'bin/iam-usage-guard.js',
      'dist/cli.js',
      'dist/index.js',
      'dist/lib.js',
      'dist/lib.cjs',
      'dist/lib.d.ts',
      'dist/lib.d.cts',
      'dist/cdk-nag.js',
      'dist/cdk-nag.cjs',
      'dist/cdk-nag.d.ts',
      'dist/cdk-nag.d.cts',
      'rules/recommended.yml',
      'rules/strict.yml',
      'rules/config.schema.json',
      'rules/iam-usage-guard-policy.json',
    ]) {
      expect(files).toContain(file);
    }
    // each data file (the action catalog, the AWS-managed policies) once, beside the bundles that read it
    expect(files.filter((f) => f.endsWith('.data.json'))).toEqual([
      'dist/catalog.data.json',
      'dist/managed-policies.data.json',
    ]);
    // esbuild's outputs have maps; dist/cdk-nag.js and dist/lib.cjs are one-statement faces of another entry.
    const scripts = files.filter(
      (f) => /^dist\/.*\.(c?js)$/.test(f) && f !== 'dist/cdk-nag.js' && f !== 'dist/lib.cjs',
    );
    for (const script of scripts) expect(files).toContain(`${script}.map`);
    for (const map of files.filter((f) => f.endsWith('.map'))) expect(files).toContain(map.slice(0, -4));
  });

  it('holds every file its bundles load (each relative import, data file and source map resolves inside it)', () => {
    const installed = path.join(consumer, 'node_modules', 'iam-usage-guard');
    const files = packed.files.map((f) => f.path).filter((f) => /^dist\/.*\.(c?js)$/.test(f));
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(path.join(installed, file), 'utf8');
      const specifiers = [
        // esbuild writes its imports with double quotes (comments quoting paths use single ones)
        ...text.matchAll(/(?:from |import\()"(\.{1,2}\/[^"]+)"/g),
        ...text.matchAll(/\/\/# sourceMappingURL=(\S+)/g),
      ].map((m) => m[1]!);
      for (const specifier of specifiers) {
        expect(
          existsSync(path.resolve(path.dirname(path.join(installed, file)), specifier)),
          `${file} → ${specifier}`,
        ).toBe(true);
        checked++;
      }
    }
    // more than one reference per file: chunks and maps were found, so the check is not vacuous
    expect(checked).toBeGreaterThan(files.length);
  });

  it('passes attw in every resolution mode, for every entry point', async () => {
    const result = await run(bin('attw'), [tarball, '--no-definitely-typed', '--format', 'json'], {
      cwd: work,
    });
    expect(result.code, result.stdout).toBe(0);
    const analysis = JSON.parse(result.stdout) as {
      analysis: { problems: unknown[]; entrypoints: Record<string, unknown> };
    };
    expect(analysis.analysis.problems).toEqual([]);
    expect(Object.keys(analysis.analysis.entrypoints).sort()).toEqual(['.', './cdk-nag', './package.json']);
  });

  it('passes publint', async () => {
    const result = await run(bin('publint'), [tarball, '--strict'], { cwd: work });
    expect(result.code, `${result.stdout}${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it('installs no runtime dependency: the bundles are self-contained, cdk-nag and aws-cdk-lib are optional peers', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(consumer, 'node_modules', 'iam-usage-guard', 'package.json'), 'utf8'),
    ) as {
      dependencies?: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional: boolean }>;
    };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual(['aws-cdk-lib', 'cdk-nag', 'constructs']);
    expect(manifest.peerDependencies['cdk-nag']).toMatch(/^\^3\./);
    for (const peer of Object.keys(manifest.peerDependencies)) {
      expect(manifest.peerDependenciesMeta[peer]?.optional).toBe(true);
    }
  });
});

describe('the installed package', () => {
  it('runs `npx iam-usage-guard --version` and a `check` from the project', async () => {
    const version = await ok('npx', ['--no-install', 'iam-usage-guard', '--version'], { cwd: consumer });
    expect(version.stdout.trim()).toBe(VERSION);
    write(
      path.join(consumer, 'infra', 'app.yaml'),
      `Resources:
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: worker
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
      Policies:
        - PolicyName: worker
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: ['s3:GetObject', 'sqs:SendMessage'], Resource: '*' }
`,
    );
    const check = await run(
      'npx',
      [
        '--no-install',
        'iam-usage-guard',
        'check',
        'infra',
        '--no-base',
        '--snapshot',
        'usage.json',
        '--format',
        'json',
        '--fail-on',
        'warning',
      ],
      { cwd: consumer },
    );
    expect(check.code, check.stderr).toBe(1);
    const findings = (
      JSON.parse(check.stdout) as { findings: { rule: string; service: string; line: number }[] }
    ).findings;
    expect(findings.map((f) => `${f.rule} ${f.service} infra/app.yaml:${f.line}`)).toEqual([
      'unused-service sqs infra/app.yaml:11',
    ]);
  });

  it('compiles an ESM TypeScript project (module and moduleResolution node16) against both entries and runs it', async () => {
    const dir = path.join(consumer, 'esm-ts');
    write(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    // The library alone, with skipLibCheck off: its declarations must stand on their own (no @aws-sdk/* types).
    write(
      path.join(dir, 'tsconfig.lib.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          target: 'es2022',
          strict: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          types: ['node'],
          outDir: 'out',
        },
        files: ['library.ts'],
      }),
    );
    write(
      path.join(dir, 'library.ts'),
      `import { readFile } from 'node:fs/promises';
import { type AwsClients, createAwsClients, defaultConfig, renderSarif, scan, type ScanResult, type SnapshotFile } from 'iam-usage-guard';

const snapshot = JSON.parse(await readFile('../usage.json', 'utf8')) as SnapshotFile;
const result: ScanResult = await scan({ cwd: '..', paths: ['infra'], base: null, config: defaultConfig(), snapshot });
const aws: AwsClients = createAwsClients({ region: 'us-east-1' });
const sarif = JSON.parse(renderSarif(result, { version: 'test' })) as { version: string };
console.log(JSON.stringify({ findings: result.findings.map((f) => f.rule + ' ' + f.service), sarif: sarif.version, send: typeof aws.iam.send }));
`,
    );
    // The plugin in a CDK app, as \`cdk init app --language typescript\` sets it up (skipLibCheck on).
    write(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          target: 'es2022',
          strict: true,
          skipLibCheck: true,
          types: ['node'],
          outDir: 'out',
        },
        files: ['app.ts'],
      }),
    );
    write(
      path.join(dir, 'app.ts'),
      `import { App, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IamUsageGuard, type IamUsageGuardProps } from 'iam-usage-guard/cdk-nag';
const props: IamUsageGuardProps = { snapshot: '../usage.json' };
void props;
${appBody('../usage.json')}`,
    );
    await Promise.all([
      ok(process.execPath, [tsc, '-p', 'tsconfig.lib.json'], { cwd: dir }),
      ok(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir }),
    ]);
    const library = await ok(process.execPath, ['out/library.js'], { cwd: dir });
    expect(JSON.parse(library.stdout.trim().split('\n').at(-1)!)).toEqual({
      findings: ['unused-service sqs'],
      sarif: '2.1.0',
      send: 'function',
    });
    await ok(process.execPath, ['out/app.js'], { cwd: dir });
    expect(reported(dir)).toEqual(EXPECTED);
  });

  it('compiles a CommonJS TypeScript project (node16, and classic module commonjs) and synthesizes with the plugin', async () => {
    const dir = path.join(consumer, 'cjs-ts');
    write(path.join(dir, 'package.json'), JSON.stringify({ type: 'commonjs', private: true }));
    const options = {
      target: 'es2022',
      strict: true,
      skipLibCheck: true,
      types: ['node'],
      esModuleInterop: true,
    };
    write(
      path.join(dir, 'tsconfig.node16.json'),
      JSON.stringify({
        compilerOptions: { ...options, module: 'node16', moduleResolution: 'node16', outDir: 'out-node16' },
        files: ['app.ts'],
      }),
    );
    write(
      path.join(dir, 'tsconfig.commonjs.json'),
      JSON.stringify({
        compilerOptions: {
          ...options,
          module: 'commonjs',
          moduleResolution: 'node10',
          outDir: 'out-commonjs',
        },
        files: ['app.ts'],
      }),
    );
    write(
      path.join(dir, 'app.ts'),
      `import { App, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IamUsageGuard, PACK_RULES } from 'iam-usage-guard/cdk-nag';
import { RULE_IDS } from 'iam-usage-guard';
if (PACK_RULES.length !== 3) throw new Error('PACK_RULES');
// the library from CommonJS: its require entry (Node's require() of ES modules)
if (!RULE_IDS.includes('unused-service')) throw new Error('RULE_IDS');
${appBody('../usage.json')}`,
    );
    await Promise.all([
      ok(process.execPath, [tsc, '-p', 'tsconfig.node16.json'], { cwd: dir }),
      ok(process.execPath, [tsc, '-p', 'tsconfig.commonjs.json'], { cwd: dir }),
    ]);
    for (const out of ['out-node16', 'out-commonjs']) {
      const compiled = readFileSync(path.join(dir, out, 'app.js'), 'utf8');
      expect(compiled).toContain('require("iam-usage-guard/cdk-nag")');
      expect(compiled).toContain('require("iam-usage-guard")');
      rmSync(path.join(dir, 'cdk.out'), { recursive: true, force: true });
      await ok(process.execPath, [`${out}/app.js`], { cwd: dir });
      expect(reported(dir)).toEqual(EXPECTED);
    }
  });

  it('follows the documented first run in plain JavaScript: synth, snapshot cdk.out, synth again', async () => {
    const dir = path.join(consumer, 'plain-js');
    write(path.join(dir, 'package.json'), JSON.stringify({ private: true }));
    write(
      path.join(dir, 'app.js'),
      `const { App, Stack, Validations } = require('aws-cdk-lib');
const { PolicyStatement, Role, ServicePrincipal } = require('aws-cdk-lib/aws-iam');
const { IamUsageGuard } = require('iam-usage-guard/cdk-nag');
${appBody('iam-usage.json').replace(", now: new Date('2026-11-20T00:00:00Z')", '')}`,
    );
    // 1. The pack is in the app and there is no snapshot yet: one warning that names the command, synth goes on.
    const first = await ok(process.execPath, ['app.js'], { cwd: dir });
    expect(reported(dir)).toEqual(['IamUsageGuard-no-snapshot warning @ ']);
    expect(first.stderr).toContain(
      'No snapshot at iam-usage.json yet, so IamUsageGuard checked nothing: write it after this synth with `npx iam-usage-guard snapshot cdk.out --out iam-usage.json`',
    );
    // 2. That command, against the (local) IAM endpoint.
    const snapshotRun = await ok(
      'npx',
      ['--no-install', 'iam-usage-guard', 'snapshot', 'cdk.out', '--out', 'iam-usage.json'],
      { cwd: dir, env: { ...env, ...iam.env } },
    );
    expect(snapshotRun.stderr).toContain('wrote iam-usage.json: 1 report, 0 access keys, 0 policy documents');
    // 3. Synth again: now the pack judges the role.
    await ok(process.execPath, ['app.js'], { cwd: dir });
    expect(reported(dir)).toEqual(EXPECTED);
  });

  it('refuses cdk-nag 2 when the app loads it: synth fails with one sentence', async () => {
    const dir = path.join(consumer, 'cdk-nag-2');
    write(path.join(dir, 'package.json'), JSON.stringify({ private: true }));
    // Its own cdk-nag 2 next to the tarball; aws-cdk-lib and constructs come from the project above.
    await ok(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--legacy-peer-deps',
        tarball,
        `cdk-nag@${CDK_NAG_2}`,
      ],
      { cwd: dir },
    );
    write(
      path.join(dir, 'app.js'),
      `const { App, Stack, Validations } = require('aws-cdk-lib');
const { PolicyStatement, Role, ServicePrincipal } = require('aws-cdk-lib/aws-iam');
const { IamUsageGuard } = require('iam-usage-guard/cdk-nag');
${appBody('../usage.json')}`,
    );
    const result = await run(process.execPath, ['app.js'], { cwd: dir });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      `Error: IamUsageGuard is a cdk-nag 3 policy-validation plugin; found cdk-nag ${CDK_NAG_2} — upgrade (npm install --save-dev cdk-nag@3), or run \`npx iam-usage-guard check cdk.out\` instead.`,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(dir, 'cdk.out'))).toBe(false);
  });
});
