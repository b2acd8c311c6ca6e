// Small git repositories for the change stage's tests: files written, commits dated as asked.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DAY = 86_400_000;

export class GitFixture {
  readonly root: string;

  constructor(prefix = 'iug-change-') {
    this.root = mkdtempSync(path.join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
  }

  env(date?: Date): NodeJS.ProcessEnv {
    const when = date?.toISOString();
    return {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}),
    };
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: this.root,
      env: this.env(),
      encoding: 'utf8',
    }).trim();
  }

  write(file: string, text: string): void {
    const at = path.join(this.root, file);
    mkdirSync(path.dirname(at), { recursive: true });
    writeFileSync(at, text);
  }

  /** Commits everything, dated `date` (author and committer), and returns the commit. */
  commit(message: string, date?: Date): string {
    execFileSync('git', ['add', '-A'], { cwd: this.root, env: this.env() });
    execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.root,
      env: this.env(date),
    });
    return this.git('rev-parse', 'HEAD');
  }

  /** A merge commit of `branch` into the current branch, dated `date`. */
  merge(branch: string, date: Date): string {
    execFileSync(
      'git',
      ['-c', 'commit.gpgsign=false', 'merge', '-q', '--no-ff', '-m', `merge ${branch}`, branch],
      {
        cwd: this.root,
        env: this.env(date),
      },
    );
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** A CloudFormation template with one role per entry, each granting its actions on `*`. */
export function roles(entries: Record<string, string[]>): string {
  const lines = ['Resources:'];
  for (const [id, actions] of Object.entries(entries)) {
    lines.push(
      `  ${id}:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      RoleName: ${id.toLowerCase()}`,
      '      AssumeRolePolicyDocument: {}',
      '      Policies:',
      '        - PolicyName: p',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      "                Resource: '*'",
      '                Action:',
      ...actions.map((a) => `                  - ${a}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
