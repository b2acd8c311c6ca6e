// The published plugin (dist/cdk-nag.cjs and dist/cdk-nag.js) loaded by a CommonJS and an ESM CDK app, as users do.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distFile, repoRoot } from '../cli/bundle.js';

const snapshot = {
  version: 1,
  generatedAt: '2026-11-19T23:00:00Z',
  reports: [
    {
      Arn: 'arn:aws:iam::111111111111:role/worker',
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

// The app body is the same in both module systems; only how it loads the plugin differs.
function appBody(): string {
  return `
const app = new App({ outdir: join(here, 'cdk.out') });
const stack = new Stack(app, 'Worker', { env: { account: '111111111111', region: 'us-east-1' } });
const role = new Role(stack, 'WorkerRole', { roleName: 'worker', assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
role.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject', 'sqs:SendMessage', 'sns:Publish'], resources: ['*'] }));
Validations.of(app).addPlugins(new IamUsageGuard(app, { snapshot: join(here, 'usage.json'), now: new Date('2026-11-20T00:00:00Z') }));
app.synth();
const report = JSON.parse(readFileSync(join(here, 'cdk.out', 'validation-report.json'), 'utf8'));
const found = report.pluginReports
  .filter((p) => p.pluginName === 'IamUsageGuard')
  .flatMap((p) => p.violations.flatMap((v) => v.violatingConstructs.map((c) => v.ruleName + ' @ ' + c.constructPath)));
console.log(JSON.stringify({ found: found.sort(), loadedActions: loadedActions(), plugin: pluginFile }));
`;
}

const cjsApp = (plugin: string) => `
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { App, Stack, Validations } = require('aws-cdk-lib');
const { PolicyStatement, Role, ServicePrincipal } = require('aws-cdk-lib/aws-iam');
const { IamUsageGuard } = require(${JSON.stringify(plugin)});
const here = __dirname;
const loadedActions = () => Object.keys(require.cache).filter((file) => file.includes('@actions'));
const pluginFile = require.resolve(${JSON.stringify(plugin)});
${appBody()}`;

const esmApp = (plugin: string) => `
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { IamUsageGuard } from ${JSON.stringify(plugin)};
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const loadedActions = () => Object.keys(require.cache).filter((file) => file.includes('@actions'));
const pluginFile = fileURLToPath(import.meta.resolve(${JSON.stringify(plugin)}));
${appBody()}`;

const EXPECTED = [
  'IamUsageGuard-new-service[sns] @ Worker/WorkerRole/Resource',
  'IamUsageGuard-unused-service[sqs] @ Worker/WorkerRole/Resource',
];

let work: string;
let cjsPlugin: string;
let esmPlugin: string;

beforeAll(async () => {
  // Inside the repository's node_modules, so the app resolves aws-cdk-lib and cdk-nag as an installed app would,
  // and on a private copy of the bundles that other test files cannot rewrite mid-run.
  const cache = join(repoRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  work = mkdtempSync(join(cache, 'iug-cdk-nag-apps-'));
  // Installed as a user's app would have it: node_modules/iam-usage-guard with the real package.json (its `exports`
  // map decides which bundle `require` and `import` get) and copies of the bundles.
  const installed = join(work, 'node_modules', 'iam-usage-guard');
  mkdirSync(join(installed, 'dist'), { recursive: true });
  writeFileSync(join(installed, 'package.json'), readFileSync(join(repoRoot, 'package.json')));
  cjsPlugin = join(installed, 'dist', 'cdk-nag.cjs');
  esmPlugin = join(installed, 'dist', 'cdk-nag.js');
  // The plugin's files as the tarball has them: the CommonJS bundle, its ESM face and the one catalog they read.
  for (const file of ['cdk-nag.cjs', 'cdk-nag.js', 'catalog.data.json']) {
    writeFileSync(join(installed, 'dist', file), readFileSync(distFile(file)));
  }
  writeFileSync(join(work, 'usage.json'), JSON.stringify(snapshot));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function runApp(file: string, source: string): { found: string[]; loadedActions: string[]; plugin: string } {
  writeFileSync(join(work, file), source);
  const stdout = execFileSync(process.execPath, [join(work, file)], {
    cwd: work,
    encoding: 'utf8',
    stdio: 'pipe',
  });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as { found: string[]; loadedActions: string[]; plugin: string };
}

describe('iam-usage-guard/cdk-nag bundles', () => {
  it("loads in a CommonJS CDK app (require('iam-usage-guard/cdk-nag') → dist/cdk-nag.cjs) and reports the rule ids", () => {
    const result = runApp('app.cjs', cjsApp('iam-usage-guard/cdk-nag'));
    expect(result.plugin).toBe(cjsPlugin);
    expect(result.found).toEqual(EXPECTED);
    expect(result.loadedActions).toEqual([]);
  });

  it("loads in an ESM CDK app (import from 'iam-usage-guard/cdk-nag' → dist/cdk-nag.js) and reports the rule ids", () => {
    const result = runApp('app.mjs', esmApp('iam-usage-guard/cdk-nag'));
    expect(result.plugin).toBe(esmPlugin);
    expect(result.found).toEqual(EXPECTED);
    expect(result.loadedActions).toEqual([]);
  });

  it('bundles no @actions/* code and keeps aws-cdk-lib, constructs and cdk-nag external', () => {
    const text = readFileSync(cjsPlugin, 'utf8');
    expect(text).not.toMatch(/@actions\//);
    expect(text).toMatch(/require\("cdk-nag"\)/);
    expect(text).toMatch(/require\("aws-cdk-lib"\)/);
    expect(text).not.toContain('class NagPack');
    // The catalog is read from the one copy beside the bundle, not pasted into it.
    expect(text).toContain('join(__dirname, "catalog.data.json")');
    const catalog = JSON.parse(readFileSync(distFile('catalog.data.json'), 'utf8')) as {
      services: Record<string, string[]>;
    };
    // however it would be printed, the names of a service's actions are in the data only
    const names = catalog.services['ec2']!.filter((name) => name.length > 24).slice(0, 5);
    expect(names).toHaveLength(5);
    for (const name of names) expect(text).not.toContain(name);
  });

  it('gives ESM apps the same code as CommonJS apps: dist/cdk-nag.js re-exports dist/cdk-nag.cjs', () => {
    expect(readFileSync(esmPlugin, 'utf8')).toMatch(
      /export \{[^}]*IamUsageGuard[^}]*\} from '\.\/cdk-nag\.cjs';/,
    );
  });

  it('is what package.json exports as iam-usage-guard/cdk-nag', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    expect(pkg.exports['./cdk-nag']).toEqual({
      import: { types: './dist/cdk-nag.d.ts', default: './dist/cdk-nag.js' },
      require: { types: './dist/cdk-nag.d.cts', default: './dist/cdk-nag.cjs' },
    });
  });
});
