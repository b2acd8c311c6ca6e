// File sources: the working tree (no symlinks out), a git ref and the git index (through the change stage's git
// reader), read without a checkout.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/change/git.js';
import { commitSource, indexSource } from '../../src/change/sources.js';
import { readIac } from '../../src/iac/index.js';
import { worktreeSource } from '../../src/iac/source.js';

const role = (action: string) => `Resources:
  App:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument: { Statement: [{ Effect: Allow, Action: ${action}, Resource: '*' }] }
`;

let root: string;
let outside: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  });

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'iac-src-'));
  outside = mkdtempSync(path.join(tmpdir(), 'iac-outside-'));
  git('init', '-q', '-b', 'main');
  mkdirSync(path.join(root, 'infra'));
  writeFileSync(path.join(root, 'infra', 'app.yaml'), role('s3:GetObject'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('tag', 'base');
  // Staged: sqs; working tree: sns (not staged).
  writeFileSync(path.join(root, 'infra', 'app.yaml'), role('sqs:SendMessage'));
  git('add', 'infra/app.yaml');
  writeFileSync(path.join(root, 'infra', 'app.yaml'), role('sns:Publish'));
  writeFileSync(path.join(root, 'infra', 'new.yaml'), role('kms:Decrypt'));
  // Symlinks to files and folders outside the root are never followed.
  writeFileSync(path.join(outside, 'secret.yaml'), role('iam:*'));
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'infra', 'link.yaml'));
  symlinkSync(outside, path.join(root, 'linked-dir'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const actionsOf = async (source: Parameters<typeof readIac>[0]) => {
  const result = await readIac(source, ['.']);
  return result.entities.map((e) => `${e.file}:${e.statements[0]?.actions?.[0]?.pattern}`);
};

describe('sources', () => {
  it('working tree: current files, no symlinks', async () => {
    expect(await actionsOf(worktreeSource(root))).toEqual([
      'infra/app.yaml:sns:Publish',
      'infra/new.yaml:kms:Decrypt',
    ]);
    const source = worktreeSource(root);
    expect(await source.read('infra/link.yaml')).toBeNull();
    expect(await source.read('linked-dir/secret.yaml')).toBeNull();
    expect(await source.read('../outside.yaml')).toBeNull();
    expect(await source.list(['../'])).toEqual([]);
  });

  it('git ref: files as committed, untracked files absent', async () => {
    expect(await actionsOf(commitSource(new Git(root), 'base'))).toEqual(['infra/app.yaml:s3:GetObject']);
    const source = commitSource(new Git(root), 'base');
    expect(await source.list(['infra'])).toEqual(['infra/app.yaml']);
    expect(await source.read('infra/new.yaml')).toBeNull();
  });

  it('git index: files as staged', async () => {
    expect(await actionsOf(indexSource(new Git(root)))).toEqual(['infra/app.yaml:sqs:SendMessage']);
  });

  it('a ref that does not exist or looks like an option is a usage error', async () => {
    await expect(readIac(commitSource(new Git(root), 'no-such-ref'), ['.'])).rejects.toThrow(
      /cannot list files of the git ref no-such-ref/,
    );
    expect(() => commitSource(new Git(root), '--output=/tmp/x')).toThrow(/not a usable git ref/);
  });
});

describe('sources rooted in a folder inside the repository', () => {
  it('lists and reads paths relative to that folder at a ref and in the index', async () => {
    for (const source of [
      commitSource(new Git(root), 'base', 'infra'),
      indexSource(new Git(root), 'infra'),
    ]) {
      expect(await source.list(['.'])).toEqual(['app.yaml']);
      expect(await source.read('app.yaml')).toContain('AWS::IAM::Role');
    }
  });
});

describe('files in folders whose name starts with a dot', () => {
  it('are read from the working tree (.infra/app.yaml is not infra/app.yaml)', async () => {
    mkdirSync(path.join(root, '.infra'), { recursive: true });
    writeFileSync(path.join(root, '.infra', 'app.yaml'), role('ec2:RunInstances'));
    try {
      const source = worktreeSource(root);
      expect(await source.read('.infra/app.yaml')).toContain('ec2:RunInstances');
      expect(await source.read('./.infra/app.yaml')).toContain('ec2:RunInstances');
      expect(await actionsOf(source)).toContain('.infra/app.yaml:ec2:RunInstances');
    } finally {
      rmSync(path.join(root, '.infra'), { recursive: true, force: true });
    }
  });
});
