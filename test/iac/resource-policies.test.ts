// Resource-based policies (trust, bucket, key and queue policies) say who may act on a resource: they are not
// IAM identities, have no last-accessed report, and are skipped with a note, never judged as `policy` entities.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseDocument, readIac } from '../../src/iac/index.js';
import { worktreeSource } from '../../src/iac/source.js';
import { actionNames } from '../../src/policy/action-set.js';
import { grantsOf } from '../../src/policy/grants.js';
import { capture } from '../cli/support.js';
import { role } from '../policy/fixtures.js';

const identity = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
};

describe('policy documents that name a principal', () => {
  it.each<[string, unknown]>([
    [
      'a trust policy (serverless-patterns iam_role_for_lambda.json)',
      {
        Version: '2012-10-17',
        Statement: [
          { Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' }, Effect: 'Allow' },
        ],
      },
    ],
    [
      'a KMS key policy whose second statement names the principal',
      {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'a', Effect: 'Allow', Action: 'kms:*', Resource: '*', Condition: {} },
          {
            Sid: 'b',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::123456789012:root' },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      },
    ],
    [
      'a bucket policy with NotPrincipal and Statement written as one object',
      { Statement: { Effect: 'Deny', NotPrincipal: { AWS: '*' }, Action: 's3:*', Resource: '*' } },
    ],
  ])('%s: no entity, no diagnostic, one note', (_name, document) => {
    const result = parseDocument('policies/doc.json', JSON.stringify(document, null, 2));
    expect(result.entities).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual(['policies/doc.json']);
    expect(result.notes).toEqual([
      {
        file: 'policies/doc.json',
        line: 1,
        message:
          'policies/doc.json is a resource-based policy (its statements name a Principal), not an IAM identity; skipped',
      },
    ]);
  });

  it('an identity policy is still an entity, with no notes', () => {
    const result = parseDocument('policies/app.json', JSON.stringify(identity));
    expect(result.entities.map((e) => e.id)).toEqual(['app']);
    expect(result.notes).toBeUndefined();
  });

  describe('readIac carries the notes with the other results', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'iac-resource-policy-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(path.join(root, 'p'));
    writeFileSync(path.join(root, 'p', 'app.json'), JSON.stringify(identity));
    writeFileSync(
      path.join(root, 'p', 'trust.json'),
      JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }] }),
    );

    it('one entity, one note', async () => {
      const result = await readIac(worktreeSource(root), ['.']);
      expect(result.entities.map((e) => e.file)).toEqual(['p/app.json']);
      expect(result.notes?.map((n) => n.file)).toEqual(['p/trust.json']);
      expect(result.files).toEqual(['p/app.json', 'p/trust.json']);
    });

    it('grants --format json lists the identity and the note, not the trust policy', async () => {
      const stdout = capture();
      const stderr = capture();
      const io = { stdout: stdout.stream, stderr: stderr.stream, env: {}, cwd: root };
      expect(await runCli(['grants', '--format', 'json'], io)).toBe(0);
      const output = JSON.parse(stdout.text()) as { entities: { id: string }[]; notes: { file: string }[] };
      expect(output.entities.map((e) => e.id)).toEqual(['app']);
      expect(output.notes.map((n) => n.file)).toEqual(['p/trust.json']);
      expect(stderr.text()).toBe('');
    });
  });
});

describe('a Deny that names a principal is never unconditional', () => {
  it('does not subtract from an Allow *', () => {
    const template = `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: '*'
              - Effect: Deny
                Principal: { AWS: arn:aws:iam::123456789012:user/other }
                Action: s3:*
                Resource: '*'
`;
    const entity = parseDocument('app.yaml', template).entities[0]!;
    expect(entity.statements[1]!.conditional).toBe(true);
    expect(actionNames(grantsOf(role('AppRole', entity.statements)).actions)).toEqual(['s3:GetObject']);
  });
});
