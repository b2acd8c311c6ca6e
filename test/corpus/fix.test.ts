// Property over the corpus CloudFormation files: with generated last-accessed data, `fix` (the pipeline's statement
// edits applied by the edit engine) leaves no statement it could edit still granting what the data calls unused.
// Checked on the same data after the fix: every unused-permission finding left is one that no edit could make (a
// NotAction, an intrinsic in the list, a policy left with no statement, a managed policy), a second fix changes
// nothing, and each edited file still reads without a new problem.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { applyStatementChanges } from '../../src/fix/apply.js';
import { editStatement } from '../../src/fix/edit.js';
import { worktreeSource } from '../../src/iac/source.js';
import { type ScanOptions, type ScanResult, scan } from '../../src/pipeline.js';
import { actionNames, actionsOfService, hasAction } from '../../src/policy/action-set.js';
import { loadCatalog } from '../../src/policy/catalog.js';
import { type EntityKind, entityKey } from '../../src/policy/model.js';
import type { Finding } from '../../src/rules/model.js';
import type { SnapshotFile, UsageReport } from '../../src/usage/model.js';
import { rngFor } from '../fuzz/fuzz-core.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
const present = existsSync(path.join(corpus, 'cfn'));

const NOW = new Date('2026-10-01T00:00:00Z');
const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const UNUSED_FAMILY = new Set([
  'unused-service',
  'unused-action',
  'widened-unused-service',
  'widened-unused-action',
]);
const ACCOUNT = '123456789012';

const arnOf = (kind: EntityKind, id: string) => `arn:aws:iam::${ACCOUNT}:${kind}/${id}`;

/** Reports for the roles and users: each granted service used, unused, never used or not listed; some tracked actions. */
function usageFor(result: ScanResult, seed: number): SnapshotFile {
  // The fuzzer's seeded generator: a failure names a seed that reproduces it.
  const next = rngFor(seed, 0);
  const reports: UsageReport[] = [];
  for (const { entity, grants } of result.entities) {
    if (entity.kind !== 'role' && entity.kind !== 'user') continue;
    const services = grants.services.flatMap((namespace) => {
      const roll = next();
      if (roll < 0.15) return []; // not in the report: too new to judge
      const entry: UsageReport['ServicesLastAccessed'][number] = {
        ServiceName: namespace,
        ServiceNamespace: namespace,
      };
      if (roll < 0.55) entry.LastAuthenticated = day(1 + Math.floor(next() * 30));
      else if (roll < 0.8) entry.LastAuthenticated = day(120 + Math.floor(next() * 200));
      const actions = actionNames(actionsOfService(grants.actions, namespace));
      if (actions.length > 1 && next() < 0.4) {
        entry.TrackedActionsLastAccessed = actions
          .filter(() => next() < 0.5)
          .map((action) => ({
            ActionName: action.slice(action.indexOf(':') + 1),
            ...(next() < 0.5 ? { LastAccessedTime: day(2) } : {}),
          }));
      }
      return [entry];
    });
    reports.push({
      Arn: arnOf(entity.kind, entity.id),
      CreateDate: day(500),
      JobStatus: 'COMPLETED',
      JobType: 'ACTION_LEVEL',
      JobCreationDate: day(0),
      JobCompletionDate: day(0),
      ServicesLastAccessed: services,
    });
  }
  return { version: 1, generatedAt: day(0), reports, accessKeys: [], policies: [], resources: [] };
}

/** Whether a report calls an action unused: its service not used within 90 days, or it is an unused tracked action. */
function unusedIn(report: UsageReport | undefined, action: string): boolean {
  const [service, name] = action.toLowerCase().split(':') as [string, string];
  const entry = report?.ServicesLastAccessed.find((s) => s.ServiceNamespace === service);
  if (!entry) return false;
  const recent = (at: string | undefined) =>
    at !== undefined && Date.parse(at) > NOW.getTime() - 94 * 86_400_000;
  if (!recent(entry.LastAuthenticated)) return true;
  const tracked = entry.TrackedActionsLastAccessed?.find((t) => t.ActionName?.toLowerCase() === name);
  return tracked !== undefined && !recent(tracked.LastAccessedTime);
}

let dir: string;
let files: string[];

beforeAll(async () => {
  if (!present) return;
  dir = mkdtempSync(path.join(tmpdir(), 'iug-fix-corpus-'));
  cpSync(path.join(corpus, 'cfn'), path.join(dir, 'cfn'), { recursive: true });
  files = (await worktreeSource(dir).list(['cfn'])).filter((f) => /\.(json|ya?ml|template)$/.test(f));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const expansions = new Map<string, ReadonlySet<string>>();

/** The catalog actions a pattern names, lower-cased (each pattern expanded once per run). */
function expanded(pattern: string): ReadonlySet<string> {
  let actions = expansions.get(pattern);
  if (!actions) {
    actions = new Set(
      loadCatalog()
        .expand(pattern)
        .actions.map((a) => a.toLowerCase()),
    );
    expansions.set(pattern, actions);
  }
  return actions;
}

/** Whether an edit left after the fix is one no tool can make in the file. */
function inexact(result: ScanResult, text: (file: string) => string) {
  return result.edits.filter((edit) => edit.manual || !editStatement(edit.file, text(edit.file), edit).ok);
}

/**
 * Whether an unused finding left after the fix is one no edit could remove: what grants it is an attached managed
 * policy, a statement shared with an entity the data does not call it unused for (the union keeps it), or a
 * statement the engine cannot edit exactly.
 */
function explained(finding: Finding, result: ScanResult, left: ScanResult['edits']): boolean {
  const granted = result.entities.find(
    (g) => g.entity.id === finding.entity.id && g.entity.kind === finding.entity.kind,
  );
  if (!granted) return false;
  if (granted.entity.managedPolicyArns.length > 0) return true;
  const grants = (pattern: string) => {
    const actions = expanded(pattern);
    return finding.action
      ? actions.has(finding.action.toLowerCase())
      : [...actions].some((a) => a.startsWith(`${finding.service}:`));
  };
  const holders = (key: string) =>
    result.entities.filter((g) =>
      g.entity.statements.some((s) => `${s.location.file}#${s.location.path}` === key),
    ).length;
  const granting = granted.entity.statements.filter(
    (s) =>
      s.effect === 'Allow' && (s.notActions !== null || (s.actions ?? []).some((a) => grants(a.pattern))),
  );
  return granting.every(
    (s) =>
      s.notActions !== null ||
      holders(`${s.location.file}#${s.location.path}`) > 1 ||
      left.some((edit) => edit.file === s.location.file && edit.path === s.location.path),
  );
}

describe.skipIf(!present)('fix over the corpus CloudFormation files', () => {
  it('leaves no editable statement granting what the same data calls unused', async () => {
    let edited = 0;
    let files_ = 0;
    let remaining = 0;
    for (const [index, file] of files.entries()) {
      const original = readFileSync(path.join(dir, file), 'utf8');
      // What the file declares, read once: each seed's usage is made up for these entities.
      const config = defaultConfig();
      const common: ScanOptions = { cwd: dir, paths: [file], base: null, clock: () => NOW, config };
      const first = await scan(common);
      config.entities = first.entities
        .filter((g) => !/[*?[\]{}!]/.test(entityKey(g.entity)))
        .map((g) => ({ match: entityKey(g.entity), arn: arnOf(g.entity.kind, g.entity.id) }));
      // One seeded usage per file; the seeds differ from file to file, so the corpus sees every shape of report.
      for (const seed of [index + 1]) {
        writeFileSync(path.join(dir, file), original);
        const snapshot = usageFor(first, seed);
        const before = await scan({ ...common, snapshot });
        const mine = before.edits.filter((e) => e.file === file && !e.manual);
        if (mine.length === 0) continue;
        const change = applyStatementChanges(file, original, mine);
        if (change.applied.length === 0) continue;
        edited += change.applied.length;
        files_++;
        writeFileSync(path.join(dir, file), change.text);
        const after = await scan({ ...common, snapshot });
        const where = `${file} (seed ${seed})`;
        // The edited file reads as cleanly as before.
        expect(after.diagnostics.filter((d) => d.severity === 'error').length, where).toBeLessThanOrEqual(
          before.diagnostics.filter((d) => d.severity === 'error').length,
        );
        // A second fix has nothing it could do.
        const left = inexact(after, () => change.text);
        expect(after.edits.length - left.length, `${where}: a second fix would still edit`).toBe(0);
        // Every unused-permission finding left is one no edit could remove.
        const unexplained = after.findings.filter(
          (f) => UNUSED_FAMILY.has(f.rule) && !explained(f, after, left),
        );
        expect(
          unexplained.map((f) => `${f.rule} ${f.entity.id} ${f.service} ${f.action}`),
          where,
        ).toEqual([]);
        // What the fix took away is only what the data calls unused (an oracle apart from the rules).
        for (const g of before.entities) {
          const now = after.entities.find((a) => entityKey(a.entity) === entityKey(g.entity));
          const kept = now?.grants.actions;
          const lost = actionNames(g.grants.actions).filter((a) => !(kept && hasAction(kept, a)));
          const report = snapshot.reports.find((r) => r.Arn === arnOf(g.entity.kind, g.entity.id));
          for (const action of lost) {
            expect(unusedIn(report, action), `${where}: ${g.entity.id} lost ${action}`).toBe(true);
          }
        }
        remaining += after.findings.filter((f) => UNUSED_FAMILY.has(f.rule)).length;
      }
      writeFileSync(path.join(dir, file), original);
    }
    console.log(
      `fix corpus: ${files.length} files, ${edited} statements edited in ${files_} file runs, ${remaining} unused findings left that no edit could make`,
    );
    expect(edited).toBeGreaterThan(50);
  }, 600_000);
});
