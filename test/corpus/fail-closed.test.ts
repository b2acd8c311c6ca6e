// The fail-closed findings must not be noisy on real code. Over ../shared/corpus: what `unjudged` fires on when every
// entity is judged (no base: all touched), by cause, within the budget observed; and, on a git copy of the corpus,
// edits and renames of every file vanish no entity (a vanish finding only where the scan truly stops seeing one).
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { type ScanResult, scan } from '../../src/pipeline.js';
import { GitFixture } from '../change/fixtures.js';

const corpus = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(corpus);
const FOLDERS = ['cfn', 'cdk', 'tf', 'policies'];

/** What an unjudged message is about. */
function causeOf(message: string): string {
  const m = message.replace(/^Cannot judge [^:]*: /, '');
  if (/where \w+ .* is declared at base/.test(m)) return 'vanished';
  if (/managed policy ARN/.test(m)) return 'managed policy ARN built from a parameter or import';
  if (/managed policy .* has no document/.test(m)) return 'managed policy without a document';
  if (/SAM policy template .* is not known/.test(m)) return 'SAM policy template not known';
  if (/group .* is not defined in this template/.test(m)) return 'group defined elsewhere';
  if (/action .* is built from|action is built with/.test(m)) return 'action not rendered';
  if (/policy document is built with|statement built with/.test(m)) return 'document not rendered';
  if (/which (role|user|group|policy) it is cannot be known/.test(m)) return 'target not resolved';
  if (/known only after apply/.test(m)) return 'terraform after_unknown';
  if (/is committed in this change/.test(m)) return 'committed plan without a base';
  return `other: ${m.slice(0, 80)}`;
}

/** At most this many entities per folder carry an unjudged finding, and only for these causes (as observed). */
const BUDGET: Record<string, { entities: number; causes: Record<string, number> }> = {
  cfn: {
    entities: 16,
    causes: {
      'managed policy ARN built from a parameter or import': 20,
      'group defined elsewhere': 3,
      'action not rendered': 1,
      'SAM policy template not known': 2,
      'managed policy without a document': 1,
    },
  },
  cdk: { entities: 0, causes: {} },
  tf: { entities: 0, causes: {} },
  policies: { entities: 0, causes: {} },
};

function unjudgedOf(result: ScanResult) {
  const findings = result.findings.filter((f) => f.rule === 'unjudged');
  const causes: Record<string, number> = {};
  for (const f of findings) causes[causeOf(f.message)] = (causes[causeOf(f.message)] ?? 0) + 1;
  return { findings, entities: new Set(findings.map((f) => `${f.file}#${f.entity.id}`)), causes };
}

describe.skipIf(!present)('unjudged over the corpus, every entity judged as it stands', () => {
  it.each(FOLDERS)('%s: within the budget, for known causes only', async (folder) => {
    const result = await scan({
      cwd: corpus,
      paths: [folder],
      base: null,
      config: defaultConfig(),
      failOn: 'never',
    });
    const { findings, entities, causes } = unjudgedOf(result);
    console.log(
      `corpus ${folder}: ${result.entities.length} entities; unjudged ${findings.length} findings on ${entities.size} entities: ${JSON.stringify(causes)}`,
    );
    const budget = BUDGET[folder]!;
    expect(entities.size).toBeLessThanOrEqual(budget.entities);
    for (const [cause, count] of Object.entries(causes)) {
      expect(budget.causes[cause], `unbudgeted cause ${cause}`).toBeDefined();
      expect(count, cause).toBeLessThanOrEqual(budget.causes[cause]!);
    }
  });
});

describe.skipIf(!present)('vanish over a git copy of the corpus', () => {
  const repos: GitFixture[] = [];
  afterAll(() => {
    for (const repo of repos) repo.remove();
  });

  /** The corpus committed on main, and a `change` branch where `edit` rewrites every IaC file. */
  function corpusRepo(edit: (root: string, file: string) => void): GitFixture {
    const repo = new GitFixture('iug-corpus-vanish-');
    repos.push(repo);
    for (const folder of FOLDERS)
      cpSync(path.join(corpus, folder), path.join(repo.root, folder), { recursive: true });
    repo.commit('corpus');
    repo.git('checkout', '-q', '-b', 'change');
    for (const file of repo
      .git('ls-files', '-z')
      .split('\0')
      .filter((f) => /\.(json|ya?ml|template)$/.test(f)))
      edit(repo.root, file);
    repo.commit('edit every file');
    return repo;
  }

  const judge = (repo: GitFixture) =>
    scan({ cwd: repo.root, paths: [], base: 'main', config: defaultConfig(), failOn: 'never' });

  it.each([
    [
      'a harmless edit of every file (a trailing blank line)',
      (root: string, file: string) =>
        writeFileSync(path.join(root, file), `${readFileSync(path.join(root, file), 'utf8')}\n`),
    ],
    [
      'every file renamed to .txt',
      (root: string, file: string) => renameSync(path.join(root, file), path.join(root, `${file}.txt`)),
    ],
  ])(
    '%s: no unjudged finding (no vanish), every entity keeps its base',
    async (_name, edit) => {
      const repo = corpusRepo(edit);
      const result = await judge(repo);
      const { causes } = unjudgedOf(result);
      const unpaired = result.entities.filter((g) => g.base === null);
      console.log(
        `corpus vanish (${_name}): ${result.entities.length} entities, ${unpaired.length} without a base, unjudged ${JSON.stringify(causes)}`,
      );
      // Nothing vanishes, nothing is unjudged that was not, every entity keeps its base (a rename is no "new").
      expect(causes).toEqual({});
      expect(unpaired.map((g) => `${g.entity.file}#${g.entity.id}`)).toEqual([]);
      expect(result.entities.length).toBeGreaterThan(600);
    },
    120_000,
  );

  it('a corpus with its templates replaced by symlinks: one vanish finding per entity, nothing else new', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iug-corpus-target-'));
    try {
      const repo = corpusRepo((root, file) => {
        if (!file.startsWith('cfn/aws-cloudformation-templates/')) return;
        rmSync(path.join(root, file));
        // A symlink git commits as such; its target is outside the repository.
        symlinkSync(path.join(folder, 'x.yaml'), path.join(root, file));
      });
      const result = await judge(repo);
      const vanished = result.findings.filter(
        (f) => f.rule === 'unjudged' && causeOf(f.message) === 'vanished',
      );
      const base = (
        await scan({
          cwd: path.join(corpus),
          paths: ['cfn/aws-cloudformation-templates'],
          base: null,
          config: defaultConfig(),
          failOn: 'never',
        })
      ).entities;
      expect(vanished.length).toBe(base.length);
      expect(new Set(vanished.map((f) => f.file)).size).toBe(new Set(base.map((g) => g.entity.file)).size);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
