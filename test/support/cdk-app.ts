// A real CDK app in a test repository, as a CDK team has it: `bin/app.ts` committed, `cdk.out` gitignored, and
// synthesized the way `cdk synth` does (the app compiled, then run with CDK_OUTDIR) with this repository's aws-cdk-lib.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { repoRoot } from '../cli/bundle.js';
import type { TempRepo } from '../cli/e2e-support.js';

export const CDK_ACCOUNT = '123456789012';
export const CDK_REGION = 'eu-west-1';
export const CDK_STACK = 'OrdersStack';

/** The app's source: one stack with a handler role whose default policy grants `actions`. */
export function cdkAppSource(actions: string[]): string {
  return `import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

const app = new App();
const stack = new Stack(app, '${CDK_STACK}', { env: { account: '${CDK_ACCOUNT}', region: '${CDK_REGION}' } });
const role = new iam.Role(stack, 'HandlerRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
});
role.addToPolicy(new iam.PolicyStatement({ actions: ${JSON.stringify(actions)}, resources: ['*'] }));
app.synth();
`;
}

/** Writes the app's project files (cdk.json, .gitignore with cdk.out, the app) and links this repo's packages. */
export function writeCdkApp(repo: TempRepo, actions: string[]): void {
  repo.write('cdk.json', `${JSON.stringify({ app: 'node .build/app.mjs' }, null, 2)}\n`);
  repo.write('.gitignore', 'cdk.out/\ncdk.out.base/\nnode_modules\n.build/\n');
  repo.write('bin/app.ts', cdkAppSource(actions));
  try {
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(repo.root, 'node_modules'), 'dir');
  } catch {
    // linked already
  }
}

/** `cdk synth -o <outdir>` (relative to the repository, or absolute): compiles bin/app.ts and runs it with CDK_OUTDIR. */
export function synth(repo: TempRepo, outdir = 'cdk.out'): string {
  const build = path.join(repo.root, '.build');
  mkdirSync(build, { recursive: true });
  buildSync({
    entryPoints: [path.join(repo.root, 'bin', 'app.ts')],
    outfile: path.join(build, 'app.mjs'),
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const out = path.resolve(repo.root, outdir);
  execFileSync(process.execPath, [path.join(build, 'app.mjs')], {
    cwd: repo.root,
    env: { ...repo.env(), CDK_OUTDIR: out, CDK_DISABLE_VERSION_CHECK: '1' },
    stdio: 'pipe',
  });
  return out;
}

/** The synthesized template of the app's stack, as text and parsed. */
export function stackTemplate(outdir: string): { text: string; json: Record<string, unknown> } {
  const text = readFileSync(path.join(outdir, `${CDK_STACK}.template.json`), 'utf8');
  return { text, json: JSON.parse(text) as Record<string, unknown> };
}

/** The logical id of the template's only role. */
export function roleLogicalId(template: Record<string, unknown>): string {
  const resources = template['Resources'] as Record<string, { Type: string }>;
  const id = Object.keys(resources).find((key) => resources[key]!.Type === 'AWS::IAM::Role');
  if (!id) throw new Error('no role in the template');
  return id;
}

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} is not in the text`);
  return index + 1;
}
