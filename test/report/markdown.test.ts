// The comment/summary body: verdict, tables, suggestions, degraded notice, size limit, and escaping of PR text.
import { describe, expect, it } from 'vitest';
import type { GrantedEntity, GrantSet } from '../../src/policy/grants.types.js';
import { type Entity, newEntity } from '../../src/policy/model.js';
import { COMMENT_MARKER } from '../../src/report/escape.js';
import { type MarkdownReportInput, renderMarkdown } from '../../src/report/markdown.js';
import type { Finding, Severity } from '../../src/rules/model.js';
import { RULE_DOCS_BASE_URL } from '../../src/rules/types.js';
import type { EntityUsage } from '../../src/usage/model.js';

function entity(id: string, file = 'infra/app.yaml', line = 3, name: string | null = null): Entity {
  return newEntity({
    id,
    kind: 'role',
    format: 'cloudformation',
    file,
    line,
    path: `Resources.${id}`,
    name,
  });
}

function grants(actions: string[]): GrantSet {
  return {
    services: [...new Set(actions.map((a) => a.split(':')[0]!))].sort(),
    actions: [...actions].sort(),
    unknownActions: [],
    sources: {},
  };
}

function finding(
  id: string,
  severity: Severity,
  service: string | null,
  extra: Partial<Finding> = {},
): Finding {
  return {
    rule:
      severity === 'error'
        ? 'widened-unused-service'
        : severity === 'warning'
          ? 'unused-service'
          : 'new-service',
    severity,
    entity: { id, kind: 'role', arn: null },
    service,
    action: null,
    file: 'infra/app.yaml',
    line: 10,
    lastAccessed: null,
    message: `${service} is not used`,
    suggestion: null,
    ...extra,
  };
}

function usage(key: string, services: Record<string, string | undefined>): EntityUsage {
  return {
    entityKey: key,
    arn: 'arn:aws:iam::123456789012:role/app',
    createDate: '2020-01-01T00:00:00Z',
    report: {
      Arn: 'arn:aws:iam::123456789012:role/app',
      JobStatus: 'COMPLETED',
      ServicesLastAccessed: Object.entries(services).map(([ns, last]) => ({
        ServiceName: ns,
        ServiceNamespace: ns,
        ...(last ? { LastAuthenticated: last } : {}),
      })),
    },
    accessKeys: [],
    servicesWithEntities: {},
    reason: null,
  };
}

function result(findings: Finding[], entities: GrantedEntity[], extra: Partial<MarkdownReportInput> = {}) {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    entities,
    usage: new Map<string, EntityUsage>(),
    diagnostics: [],
    usageUnavailable: null,
    summary: {
      entities: entities.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      suppressed: 0,
      unreadable: 0,
      blocked: count('error') > 0,
    },
    ...extra,
  } satisfies MarkdownReportInput;
}

describe('renderMarkdown', () => {
  const app: GrantedEntity = {
    entity: entity('AppRole', 'infra/app.yaml', 3, 'app-role'),
    grants: grants(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'dynamodb:GetItem']),
    base: grants(['s3:GetObject', 'sqs:SendMessage']),
  };

  it('starts with the hidden marker and states the verdict and counts', () => {
    const md = renderMarkdown(
      result([finding('AppRole', 'error', 's3'), finding('AppRole', 'notice', 'dynamodb')], [app]),
      { failOn: 'error' },
    );
    expect(md.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(md).toContain('**❌ Blocked** (fail-on: error): 1 error, 0 warnings, 1 notice.');
    expect(md).toContain('1 entity checked · 1 error · 0 warnings · 1 notice');
  });

  it('renders granted vs used per service with rule links', () => {
    const input = result([finding('AppRole', 'error', 's3')], [app]);
    input.usage.set(
      'infra/app.yaml#AppRole',
      usage('infra/app.yaml#AppRole', { s3: undefined, sqs: '2026-03-01T10:00:00Z' }),
    );
    const md = renderMarkdown(input);
    expect(md).toContain('#### Role `AppRole` (`app-role`) · `infra/app.yaml` line 3');
    expect(md).toContain('| service | granted | last accessed | findings |');
    expect(md).toMatch(
      /\| `s3` \| \*\*widened\*\* \+1 · 2 actions \| not in tracking period \| ❌ \[widened-unused-service\]\(https:\/\/[^)]+\/docs\/rules\/widened-unused-service\.md\) \|/,
    );
    expect(md).toContain('| `sqs` | unchanged · 1 action | 2026-03-01 |  |');
    expect(md).toContain('| `dynamodb` | **added** · 1 action | not tracked |  |');
    expect(md).toContain('- ❌ [widened-unused-service]');
  });

  it('says all clear when there are no findings', () => {
    const md = renderMarkdown(result([], [app]));
    expect(md).toContain('**✅ All clear**: no findings.');
    expect(md).not.toContain('Blocked');
  });

  it('says passed with findings when nothing reaches fail-on', () => {
    const md = renderMarkdown(result([finding('AppRole', 'warning', 's3')], [app]), { blocked: false });
    expect(md).toContain('**⚠️ Passed with findings**');
  });

  it('puts suggestions in a collapsed block, once per distinct suggestion', () => {
    const suggestion = '{ "Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "*" }';
    const md = renderMarkdown(
      result(
        [
          finding('AppRole', 'error', 's3', { suggestion }),
          finding('AppRole', 'warning', 'dynamodb', { suggestion }),
        ],
        [app],
      ),
    );
    expect(md).toContain('<details>\n<summary>Least-privilege suggestions (1)</summary>');
    expect(md).toContain(`\`\`\`json\n${suggestion}\n\`\`\``);
  });

  it('explains the degraded mode with its reason', () => {
    const md = renderMarkdown(result([], [app]), { usageUnavailable: 'the pull request comes from a fork' });
    expect(md).toContain('> [!WARNING]\n> **Usage data unavailable:** the pull request comes from a fork');
    expect(md).toContain('| no usage data |');
  });

  it('lists diagnostics with file and line', () => {
    const md = renderMarkdown(
      result([], [app], {
        diagnostics: [{ severity: 'error', file: 'infra/bad.yaml', line: 7, message: 'unexpected key' }],
      }),
    );
    expect(md).toContain('- ❌ `infra/bad.yaml` line 7: unexpected key');
  });

  it('counts findings GitHub will not annotate', () => {
    const md = renderMarkdown(result([finding('AppRole', 'error', 's3')], [app]), { unannotated: 12 });
    expect(md).toContain('12 findings are not annotated in the diff');
  });

  it('shows only the entities the change touches when told which', () => {
    const other: GrantedEntity = {
      entity: entity('Untouched', 'infra/app.yaml', 40),
      grants: grants(['s3:GetObject']),
      base: grants(['s3:GetObject']),
    };
    const md = renderMarkdown({ ...result([], [app, other]), touched: ['infra/app.yaml#AppRole'] });
    expect(md).toContain('#### Role `AppRole`');
    expect(md).not.toContain('Untouched');
    expect(md).toContain('2 entities checked · 1 touched by this change');
  });

  it('keeps a finding whose entity is not in the entity list', () => {
    const md = renderMarkdown(result([finding('Ghost', 'warning', null, { message: 'lost' })], [app]));
    expect(md).toContain('#### Role `Ghost` · `infra/app.yaml` line 10');
    expect(md).toContain('line 10: lost');
  });

  it('escapes hostile logical ids, names, files and messages', () => {
    const hostileId = 'Role<!-- iam-usage-guard -->@admin';
    const bad: GrantedEntity = {
      entity: entity(hostileId, 'infra/`x`|<img src=x>.yaml', 4, '[click](https://evil.example) @octocat'),
      grants: grants(['s3:GetObject']),
      base: null,
    };
    const md = renderMarkdown(
      result(
        [
          finding(hostileId, 'error', 's3|x', {
            file: 'infra/`x`|<img src=x>.yaml',
            message:
              '<script>alert(1)</script> ping @octocat see https://evil.example #1 <!-- iam-usage-guard -->',
            suggestion: '```\n</details><!-- iam-usage-guard -->\n```',
          }),
        ],
        [bad],
      ),
    );
    // the marker appears exactly once: our own first line
    expect(md.split(COMMENT_MARKER)).toHaveLength(2);
    // outside code spans (where text is shown verbatim) no HTML survives
    const outsideCode = md.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, '');
    expect(outsideCode).not.toContain('<script>');
    expect(outsideCode).not.toContain('<img');
    expect(md).not.toContain('<script>');
    // GitHub links no mention or URL inside code; outside it every @ and scheme is broken by a zero-width joiner
    expect(outsideCode).not.toMatch(/@(?!\u200D)/);
    expect(outsideCode).not.toContain('](https://evil.example)');
    expect(outsideCode).not.toContain('https://evil');
    expect(md).toContain('ping @\u200Doctocat');
    // the suggestion fence is longer than the backticks inside, so </details> stays inside the code block
    expect(md).toContain('````json\n```\n</details>');
    // every table row still has exactly 4 cells
    for (const line of md.split('\n').filter((l) => l.startsWith('| `'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    }
  });

  it('stays under the size limit with an explicit "N more findings" line, never cutting a table', () => {
    const entities: GrantedEntity[] = [];
    const findings: Finding[] = [];
    for (let i = 0; i < 400; i++) {
      const id = `Role${i}`;
      entities.push({
        entity: entity(id, `infra/stack${i}.yaml`, 3),
        grants: grants(['s3:GetObject', 'sqs:SendMessage', 'sns:Publish']),
        base: grants(['s3:GetObject']),
      });
      for (const service of ['sqs', 'sns']) {
        findings.push({
          ...finding(id, 'error', service),
          file: `infra/stack${i}.yaml`,
          message: 'x'.repeat(200),
        });
      }
    }
    const maxChars = 20_000;
    const md = renderMarkdown(result(findings, entities), {
      maxChars,
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(md.length).toBeLessThanOrEqual(maxChars);
    const shown = md.split('\n').filter((l) => l.startsWith('- ❌')).length;
    expect(shown).toBeGreaterThan(10);
    const more = /\*\*(\d+) more findings\*\* \((\d+) more entities\)/.exec(md);
    expect(more).not.toBeNull();
    expect(shown + Number(more![1])).toBe(findings.length);
    // every table that starts has its header, separator and whole rows (trimmed to fewer when needed), then a blank line
    const tables = md.split('| service | granted | last accessed | findings |').slice(1);
    for (const table of tables)
      expect(table).toMatch(/^\n\| --- \| --- \| --- \| --- \|\n(\|[^\n]*\|\n){1,3}\n/);
  });

  it('trims rows of one huge entity rather than dropping it', () => {
    const actions = Array.from({ length: 300 }, (_, i) => `svc${String(i).padStart(3, '0')}:Get`);
    const huge: GrantedEntity = { entity: entity('Huge'), grants: grants(actions), base: null };
    const md = renderMarkdown(result([finding('Huge', 'warning', 'svc000')], [huge]), { maxChars: 6000 });
    expect(md.length).toBeLessThanOrEqual(6000);
    expect(md).toContain('#### Role `Huge`');
    expect(md).toMatch(/more services not shown in this table/);
    expect(md).toContain('- ⚠️ [unused-service]');
  });
});

describe('renderMarkdown: links to the judged commit', () => {
  const blobUrl = 'https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567';
  const app: GrantedEntity = {
    entity: entity('AppRole', 'infra/app.yaml', 3),
    grants: grants(['s3:GetObject', 'sqs:SendMessage']),
    base: grants(['s3:GetObject']),
  };

  it('links the entity, each finding and each problem to file#Lline at the head commit', () => {
    const md = renderMarkdown(
      result(
        [
          finding('AppRole', 'warning', 'sqs', { line: 12 }),
          finding('AppRole', 'notice', 'sns', { file: 'policies/extra.json', line: 4 }),
        ],
        [app],
        { diagnostics: [{ severity: 'error', file: 'infra/bad.yaml', line: 7, message: 'unexpected key' }] },
      ),
      { blobUrl },
    );
    expect(md).toContain(`#### Role \`AppRole\` · \`infra/app.yaml\` [line 3](${blobUrl}/infra/app.yaml#L3)`);
    expect(md).toContain(`[line 12](${blobUrl}/infra/app.yaml#L12): sqs is not used`);
    // a finding in another file than its entity's names that file
    expect(md).toContain(
      `\`policies/extra.json\` [line 4](${blobUrl}/policies/extra.json#L4): sns is not used`,
    );
    expect(md).toContain(`- ❌ \`infra/bad.yaml\` [line 7](${blobUrl}/infra/bad.yaml#L7): unexpected key`);
  });

  it('encodes what a pull request can put in a path, and links none that leaves the repository', () => {
    const odd = 'infra/a b (v2)#[x].yaml';
    const md = renderMarkdown(
      result(
        [
          finding('AppRole', 'warning', 'sqs', { file: odd, line: 5 }),
          finding('AppRole', 'warning', 'sns', { file: '../../other-repo/blob/main/x.yaml', line: 6 }),
        ],
        [app],
      ),
      { blobUrl },
    );
    expect(md).toContain(`[line 5](${blobUrl}/infra/a%20b%20%28v2%29%23%5Bx%5D.yaml#L5)`);
    expect(md).not.toContain('other-repo/blob/main/x.yaml#L6');
    expect(md).toMatch(/line 6: sns is not used/);
    // no link target outside the judged commit (but the rules' own pages)
    for (const [, target] of md.matchAll(/\]\((https:[^)]+)\)/g)) {
      if (target!.startsWith(RULE_DOCS_BASE_URL)) continue;
      if (target!.includes('/blob/')) expect(target!.startsWith(`${blobUrl}/`)).toBe(true);
    }
  });

  it('without a commit, prints file and line as text', () => {
    const md = renderMarkdown(result([finding('AppRole', 'warning', 'sqs', { line: 12 })], [app]));
    expect(md).toContain('#### Role `AppRole` · `infra/app.yaml` line 3');
    expect(md).toContain('line 12: sqs is not used');
    expect(md.replaceAll(RULE_DOCS_BASE_URL, '')).not.toContain('/blob/');
  });
});

describe('renderMarkdown: what it says about findings it cannot show', () => {
  function many(count: number) {
    const entities: GrantedEntity[] = [];
    const findings: Finding[] = [];
    for (let i = 0; i < count; i++) {
      const id = `Role${i}`;
      entities.push({
        entity: entity(id, `infra/s${i}.yaml`, 3),
        grants: grants(['sqs:SendMessage']),
        base: null,
      });
      findings.push({ ...finding(id, 'error', 'sqs'), file: `infra/s${i}.yaml`, message: 'x'.repeat(300) });
    }
    return result(findings, entities);
  }

  it('a complete body with unannotated findings says they are listed here', () => {
    const md = renderMarkdown(many(12), { unannotated: 3 });
    expect(md).toContain(
      '3 findings are not annotated in the diff; they are listed here and in the SARIF report.',
    );
    expect(md).not.toContain('more findings');
  });

  it('a truncated body never claims to list them, nor that the annotations hold every finding', () => {
    const md = renderMarkdown(many(200), { unannotated: 190, maxChars: 12_000 });
    expect(md).toMatch(/\*\*\d+ more findings\*\* \(\d+ more entities\) not shown/);
    expect(md).toContain(
      '190 findings are not annotated in the diff; the SARIF file and the JSON report have every finding.',
    );
    expect(md).not.toContain('listed here');
    expect(md).not.toMatch(/in the annotations/);
    expect(md).toContain('every finding is in the SARIF file and the JSON report.');
  });

  it('says "1 more entity", not "1 more entities"', () => {
    const md = renderMarkdown(many(2), { maxChars: 1_600 });
    const more = /\*\*(\d+) more findings?\*\* \((\d+) more (entity|entities)\)/.exec(md);
    expect(more).not.toBeNull();
    expect(more![3]).toBe(Number(more![2]) === 1 ? 'entity' : 'entities');
  });
});
