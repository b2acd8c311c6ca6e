// What a run loads is what it needs: `check --snapshot` never loads the AWS SDK, and without a configuration file it
// never loads the schema validator (ajv). The bundled CLI runs with a module hook that writes down every file of
// dist/ it loads; each loaded file is searched for the packages esbuild bundled into it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo } from './e2e-support.js';

const TEMPLATE = `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
      Policies:
        - PolicyName: app
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: [ACTIONS], Resource: '*' }
`;
const SNAPSHOT = {
  version: 1,
  generatedAt: new Date().toISOString(),
  reports: [],
  accessKeys: [],
  policies: [],
  resources: [],
};

let repo: TempRepo;
let hooks: string;

beforeAll(() => {
  repo = new TempRepo('iug-lazy-load-');
  repo.write('infra/app.yaml', TEMPLATE.replace('ACTIONS', "'s3:GetObject'"));
  repo.write('usage/snapshot.json', JSON.stringify(SNAPSHOT));
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'pr');
  repo.write('infra/app.yaml', TEMPLATE.replace('ACTIONS', "'s3:GetObject', 'sqs:SendMessage'"));
  repo.commit('widen');
  const log = join(repo.home, 'loaded.txt');
  writeFileSync(
    join(repo.home, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}
`,
  );
  hooks = join(repo.home, 'register.mjs');
  writeFileSync(
    hooks,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(repo.home, 'hooks.mjs')).href)});\n`,
  );
});

afterAll(() => repo?.remove());

/** The packages bundled into the dist/ files one run loaded (from esbuild's `// node_modules/<pkg>/…` markers). */
async function packagesLoaded(args: string[]): Promise<Set<string>> {
  const log = join(repo.home, 'loaded.txt');
  writeFileSync(log, '');
  const run = await repo.run(args, { NODE_OPTIONS: `--import ${pathToFileURL(hooks).href}` });
  // A check that ran (its verdict is not the point): the widening is in the output.
  expect([0, 1], run.stderr).toContain(run.code);
  expect(run.stdout).toContain('sqs');
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'));
  expect(files.length).toBeGreaterThan(3);
  const packages = new Set<string>();
  for (const url of files) {
    const text = readFileSync(new URL(url), 'utf8');
    for (const m of text.matchAll(/\/\/ node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//g)) packages.add(m[1]!);
  }
  return packages;
}

describe('check --snapshot loads only what it uses', () => {
  const check = ['check', '--base', 'main', '--snapshot', 'usage/snapshot.json'];

  it('no AWS SDK and no schema validator without a configuration file', async () => {
    const packages = await packagesLoaded(check);
    expect(packages.has('yaml')).toBe(true); // the hook sees the bundled packages
    expect([...packages].filter((p) => p.startsWith('@aws-sdk/') || p.startsWith('@smithy/'))).toEqual([]);
    expect(packages.has('ajv')).toBe(false);
  });

  it('the validator once there is a configuration to read, still no AWS SDK', async () => {
    repo.git('checkout', '-q', 'main');
    repo.write('.github/iam-usage-guard.yml', 'unusedDays: 60\n');
    repo.commit('configuration');
    repo.git('checkout', '-q', 'pr');
    repo.git('rebase', '-q', 'main');
    const packages = await packagesLoaded(check);
    expect(packages.has('ajv')).toBe(true);
    expect([...packages].filter((p) => p.startsWith('@aws-sdk/'))).toEqual([]);
  });
});
