// `npm run demo`: builds a throwaway git repo from examples/base and examples/head, starts the local IAM endpoint
// seeded with examples/scenario.json, runs the bundled `iam-usage-guard check` on it and explains the result.
// `npm run demo -- cdk`: a CDK app whose cdk.out is gitignored and synthesized in the run, judged against the
// deployed stack's template (GetTemplate on the same endpoint).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const cli = path.join(root, 'dist', 'cli.js');
const say = (text) => process.stdout.write(`${text}\n`);

function runOrFail(command, args, options) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    ...options,
  });
  if (result.status !== 0) {
    process.stderr.write(
      `demo: ${command} ${args.join(' ')} failed:\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    );
    process.exit(2);
  }
  return result.stdout;
}

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Demo',
  GIT_AUTHOR_EMAIL: 'demo@example.com',
  GIT_COMMITTER_NAME: 'Demo',
  GIT_COMMITTER_EMAIL: 'demo@example.com',
};

function gitIn(repo) {
  return (...args) =>
    runOrFail('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      env: gitEnv,
    });
}

/** A repository whose main branch holds examples/base and whose `change` branch holds examples/head. */
function buildRepository() {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'iam-usage-guard-demo-'));
  const git = gitIn(repo);
  git('init', '-q');
  cpSync(path.join(examples, 'base'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'base: the deployed infrastructure');
  git('checkout', '-q', '-b', 'change');
  for (const entry of ['infra', 'cdk.out', 'terraform'])
    rmSync(path.join(repo, entry), { recursive: true, force: true });
  cpSync(path.join(examples, 'head'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'head: the change under review');
  return repo;
}

/**
 * A CDK team's repository: app.mjs (examples/cdk-app/app.mjs as a runnable app), cdk.json, cdk.out gitignored. main
 * has the deployed version; the `change` branch lets the worker delete buckets. cdk.out is synthesized here, as
 * `npx cdk synth` does in a workflow (the app run with CDK_OUTDIR), so it is in no commit.
 */
function buildCdkRepository() {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'iam-usage-guard-demo-cdk-'));
  const git = gitIn(repo);
  const source = readFileSync(path.join(examples, 'cdk-app', 'app.mjs'), 'utf8');
  const change = "  if (state === 'head') s3Actions.push('s3:DeleteBucket');\n";
  if (!source.includes(change)) throw new Error('examples/cdk-app/app.mjs no longer has the demo change');
  const app = (withChange) =>
    `${source.replace(change, withChange ? "  s3Actions.push('s3:DeleteBucket');\n" : '')}\nsynth('head', process.env.CDK_OUTDIR ?? 'cdk.out');\n`;
  git('init', '-q');
  writeFileSync(path.join(repo, '.gitignore'), 'cdk.out/\nnode_modules\n');
  writeFileSync(path.join(repo, 'cdk.json'), `${JSON.stringify({ app: 'node app.mjs' }, null, 2)}\n`);
  writeFileSync(path.join(repo, 'app.mjs'), app(false));
  git('add', '-A');
  git('commit', '-q', '-m', 'base: the deployed app');
  git('checkout', '-q', '-b', 'change');
  writeFileSync(path.join(repo, 'app.mjs'), app(true));
  git('add', '-A');
  git('commit', '-q', '-m', 'head: the worker may delete buckets');
  // This project's aws-cdk-lib, as `npm ci` would have installed it.
  symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  runOrFail(process.execPath, ['app.mjs'], { cwd: repo, env: { ...process.env, CDK_OUTDIR: 'cdk.out' } });
  return repo;
}

/** The demo's placeholder keys must win over a profile the user may have set. */
function withoutProfile(env) {
  const copy = { ...env };
  delete copy.AWS_PROFILE;
  delete copy.AWS_SESSION_TOKEN;
  return copy;
}

/** Starts the local IAM endpoint (src/local-iam, bundled on the fly) seeded with examples/scenario.json. */
async function startEndpoint() {
  const outfile = path.join(os.tmpdir(), `iam-usage-guard-demo-endpoint-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, 'src', 'local-iam', 'server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  try {
    const { loadScenario, startLocalIam } = await import(pathToFileURL(outfile).href);
    const file = path.join(examples, 'scenario.json');
    const server = await startLocalIam(loadScenario(readFileSync(file, 'utf8'), file));
    return { url: server.url, stop: () => server.close() };
  } finally {
    rmSync(outfile, { force: true });
  }
}

// `--prebuilt`: dist/ is already built (the test suite builds it once, before any test runs).
if (!process.argv.includes('--prebuilt')) {
  say('Building dist/ (node scripts/bundle.mjs)…');
  runOrFail(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { cwd: root });
}

const cdk = process.argv[2] === 'cdk';
const repo = cdk ? buildCdkRepository() : buildRepository();
let endpoint;
try {
  endpoint = await startEndpoint();
  say(`Local IAM endpoint at ${endpoint.url}, seeded with examples/scenario.json.`);
  say(
    cdk
      ? `CDK repository at ${repo}: app.mjs on main is deployed (its template is what GetTemplate returns), the change branch edits it; cdk.out is gitignored and was synthesized just now.`
      : `Example repository at ${repo}: main = examples/base, change = examples/head.`,
  );
  say('');
  say('$ iam-usage-guard check --base main');
  say('');
  const env = {
    ...withoutProfile(process.env),
    // The local endpoint accepts any credentials; these are placeholders, not secrets.
    AWS_ACCESS_KEY_ID: 'AKIALOCALDEMO0000000',
    AWS_SECRET_ACCESS_KEY: 'local-demo-secret',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_IAM: endpoint.url,
    AWS_ENDPOINT_URL_STS: endpoint.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: endpoint.url,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // Each demo run starts a fresh endpoint: nothing worth caching.
    IAM_USAGE_GUARD_CACHE_DIR: 'off',
  };
  // Asynchronous: the endpoint answers from this process while the CLI runs.
  const runCli = (args) =>
    new Promise((resolve) =>
      spawn(process.execPath, [cli, ...args], { cwd: repo, stdio: 'inherit', env }).on('exit', (status) =>
        resolve(status ?? 2),
      ),
    );
  const code = await runCli(['check', '--base', 'main']);
  say('');
  if (cdk) {
    say(
      'The change is in app.mjs, not in any template: the synthesized cdk.out was read anyway and each stack compared',
    );
    say(
      'with its deployed template (stack, account and region from cdk.out/manifest.json), so the role is not "new" and',
    );
    say('the bucket deletion it gains is judged against what IAM says the deployed role used.');
    say(
      `Exit code ${code}${code === 0 ? ': no finding reached --fail-on (the warning does not block by default).' : '.'}`,
    );
    if (code === 2) process.exitCode = 2;
  } else if (code === 1) {
    say(
      'Exit code 1: at least one finding is at or above --fail-on (default: error), so in CI this change would be',
    );
    say(
      'blocked. The error says the change widens a service the role has not used within 90 days; the warnings',
    );
    say(
      'point at grants nobody uses; each suggestion is the Action list the entity used (plus what is too new to judge), ready to paste.',
    );
  } else if (code === 0) {
    say('Exit code 0: no finding reached --fail-on; the change would pass.');
  } else {
    say(`Exit code ${code}: a usage, configuration or environment error (see the message above).`);
    process.exitCode = 2;
  }
  // The edit the review suggests, as `fix` makes it locally (the CDK demo's change is in app.mjs: nothing to edit).
  if (!cdk) {
    say('');
    say('$ iam-usage-guard fix --dry-run --base main');
    say('');
    const fix = await runCli(['fix', '--dry-run', '--base', 'main']);
    say('');
    say(
      `Exit code ${fix}: the diff is what \`iam-usage-guard fix\` writes (the action suggests the same edit in the pull request`,
    );
    say(
      'review); the CDK and Terraform statements are generated, so they are listed to change in their sources instead.',
    );
  }
  say('Try it on your repository: npx iam-usage-guard check (with AWS credentials or --snapshot FILE).');
} finally {
  await endpoint?.stop();
  rmSync(repo, { recursive: true, force: true });
}
