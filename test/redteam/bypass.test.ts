// Issue 12's red team: every bypass class as a pull request on a small repository, judged by `check --base main`
// (in-process) with the base's snapshot. Each must block (exit 1) on the rule it names, and say so with a line; the
// harmless changes beside them must pass.
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, HARMLESS, POLICY_NAMING_ROLE, WIDENED_BODY } from './cases.js';
import {
  buildCase,
  type CheckRun,
  check,
  describeRun,
  removeSuiteFolder,
  role,
  template,
} from './support.js';

afterAll(() => removeSuiteFolder());

/** What a blocking run blocked on: its error findings by rule, and `unreadable` for error diagnostics. */
function blockers(run: CheckRun): Set<string> {
  const out = new Set(run.findings.filter((f) => f.severity === 'error').map((f) => f.rule));
  if ((run.json?.diagnostics ?? []).some((d) => d.severity === 'error')) out.add('unreadable');
  return out;
}

describe.concurrent('a pull request that widens an unused grant some other way is blocked', () => {
  it.each(CASES.map((c) => [`${c.class}: ${c.name}`, c] as const))('%s', async (_name, bypass) => {
    const run = await check(buildCase(bypass.setup));
    const why = describeRun(run);
    expect(run.code, why).toBe(1);
    expect(run.json?.summary.blocked, why).toBe(true);
    const rule = bypass.blockedBy ?? 'widened-unused-service';
    expect([...blockers(run)], why).toContain(rule);
    if (rule === 'unreadable') return;
    const finding = run.findings.find((f) => f.rule === rule)!;
    // Said where a reviewer would look: a file of the change and a line in it.
    expect(finding.line, why).toBeGreaterThan(0);
    if (rule === 'widened-unused-service') expect(finding.service, why).toBe('dynamodb');
  });
});

describe.concurrent('changes that widen nothing pass', () => {
  it.each(HARMLESS.map((c) => [c.name, c] as const))('%s', async (_name, harmless) => {
    const run = await check(buildCase(harmless.setup));
    expect(run.code, describeRun(run)).toBe(0);
    expect(
      run.findings.filter((f) => f.rule === 'unjudged'),
      describeRun(run),
    ).toEqual([]);
  });
});

describe('what the findings say', () => {
  const run = (name: string) => check(buildCase(CASES.find((c) => c.name === name)!.setup));

  it('a vanished entity names its file, what became of it, and the rule to suppress', async () => {
    const result = await run('app.yaml becomes binary (a NUL byte first)');
    expect(result.findings.filter((f) => f.rule === 'unjudged')).toEqual([
      expect.objectContaining({
        entity: expect.objectContaining({ id: 'AppRole', kind: 'role' }),
        file: 'infra/app.yaml',
        line: 3,
        message: expect.stringMatching(
          /infra\/app\.yaml, where role AppRole is declared at base, now has binary content, which the scan skips.*suppress unjudged with a reason/,
        ),
      }),
    ]);
  });

  it('a renamed logical id is judged against the deployed role, and the pairing is said', async () => {
    const result = await check(
      buildCase(CASES.find((c) => c.name.startsWith('logical id renamed AppRole'))!.setup),
    );
    const widened = result.findings.find((f) => f.rule === 'widened-unused-service')!;
    expect(widened).toMatchObject({ entity: { id: 'AppRoleV2' }, action: 'dynamodb:PutItem' });
    expect(widened.entity.arn).toBe('arn:aws:iam::123456789012:role/app-role');
    expect(JSON.stringify(result.json)).toMatch(
      /AppRoleV2 is role app-role as the git base has it \(infra\/app\.yaml#AppRole\): judged as a change of that role/,
    );
  });

  it('a template renamed to .txt is read, with a notice that it is outside files.include', async () => {
    const result = await run('renamed to app.txt, widened');
    expect(result.json?.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        file: 'infra/app.txt',
        message: expect.stringMatching(/outside files\.include .* read anyway/),
      }),
    );
  });

  it('a vanished entity can be let through by the base configuration, and is then listed as suppressed', async () => {
    const bypass = CASES.find((c) => c.name === 'app.yaml becomes binary (a NUL byte first)')!;
    const result = await check(
      buildCase({
        ...bypass.setup,
        base: { '.github/iam-usage-guard.yml': "ignore:\n  entities: ['infra/app.yaml#AppRole']\n" },
      }),
    );
    expect(result.code, describeRun(result)).toBe(0);
    expect(JSON.stringify(result.json)).toMatch(
      /"rule":"unjudged".*ignored by configuration \(ignore\.entities/,
    );
  });

  it('a committed plan says which base it was compared with', async () => {
    const result = await run('a committed plan whose before is forged to match');
    expect(result.stderr).toMatch(
      /read plan\.json \(committed in this change: compared with the plan at the git base/,
    );
    expect(JSON.stringify(result.json)).toMatch(/"baseSource":"git"/);
  });
});

describe('what the new findings and notices print is inert on a runner (item 8)', () => {
  const ESC = '\u001b';
  it('a vanished entity, a pairing by name and a file read beyond the selection, all with hostile names', async () => {
    const hostileId = `Evil${ESC}[31m\n::warning file=a::injected`;
    const repo = buildCase({
      base: {
        'infra/b.yaml': template([
          role({ id: JSON.stringify(`Vanish\n::add-mask::tok1`), name: 'other-role' }),
        ]),
      },
      head: (r) => {
        r.write('infra/b.yaml', `\u0000${template([role({ name: 'other-role' })])}`);
        r.write('infra/app.yaml', template([role({ id: JSON.stringify(hostileId), body: WIDENED_BODY })]));
        r.write('infra/::stop-commands::tok2.txt', template([POLICY_NAMING_ROLE]));
      },
    });
    const run = await check(repo, [], 'text');
    expect(run.code, describeRun(run)).toBe(1);
    for (const [where, text] of [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
    ] as const) {
      for (const line of text.split('\n')) {
        expect(line.trimStart().startsWith('::'), `${where}: ${JSON.stringify(line)}`).toBe(false);
        expect(line, where).not.toContain(ESC);
      }
    }
    // Each still visible, in some inert spelling.
    expect(run.stdout).toMatch(/Vanish/);
    expect(run.stdout).toMatch(/stop-commands/);
    expect(run.stdout).toMatch(/unjudged/);
  });
});
