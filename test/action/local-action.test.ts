// Running the action as GitHub's @github/local-action does: it imports the entry the docs name and calls its exported
// run(), with GITHUB_* variables loaded from a .env file after @actions/github has already been imported. (The tool
// itself is not a dependency: its install is over 300 MB.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runnerRuntime } from '../../src/action/runtime.js';
import { repoRoot } from '../cli/bundle.js';
import { type GitHubStandIn, startGitHubStandIn } from '../support/github-stand-in.js';

const LOCAL_ACTION = /npx @github\/local-action \. (\S+) \.env/g;

function documentedEntries(): string[] {
  const texts = ['.env.example', 'docs/action.md', 'README.md'].map((file) =>
    readFileSync(path.join(repoRoot, file), 'utf8'),
  );
  return texts.flatMap((text) => [...text.matchAll(LOCAL_ACTION)].map((m) => m[1]!));
}

describe('@github/local-action', () => {
  let gh: GitHubStandIn;
  const saved = process.env['GITHUB_API_URL'];

  beforeAll(async () => {
    gh = await startGitHubStandIn('octo-org/octo-repo');
    gh.setPullFiles(3, [{ filename: 'infra/app.yaml', status: 'modified' }]);
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['GITHUB_API_URL'];
    else process.env['GITHUB_API_URL'] = saved;
  });
  afterAll(async () => {
    await gh?.close();
  });

  it('the entry the docs give exports run() and does not run the action when imported', async () => {
    const entries = documentedEntries();
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(new Set(entries)).toEqual(new Set(['src/action/main.ts']));
    const exitCode = process.exitCode;
    const module = (await import(path.join(repoRoot, entries[0]!))) as { run?: unknown };
    expect(typeof module.run).toBe('function');
    // nothing ran: no failure was set on import
    expect(process.exitCode).toBe(exitCode);
  });

  it('the bundle entry (action.yml) is not that file: importing it runs the action', () => {
    const entry = readFileSync(path.join(repoRoot, 'src/action/index.ts'), 'utf8');
    expect(entry).toMatch(/^void run\(\);$/m);
    expect(entry).not.toMatch(/export/);
  });

  it('reads GITHUB_API_URL when the action starts, as set after @actions/github was loaded', async () => {
    // @actions/github (imported above, through runtime.ts) computed its default base URL at load time, as it does
    // under local-action before the .env file is read; run() reads the runner's settings when it is called.
    process.env['GITHUB_API_URL'] = gh.url;
    const octokit = runnerRuntime().github('ghs_local');
    const seen = gh.requests.length;
    const { data } = await octokit.rest.pulls.listFiles({
      owner: 'octo-org',
      repo: 'octo-repo',
      pull_number: 3,
    });
    expect(data.map((f) => f.filename)).toEqual(['infra/app.yaml']);
    expect(gh.requests.slice(seen).map((r) => r.path)).toEqual(['/repos/octo-org/octo-repo/pulls/3/files']);
  });
});
