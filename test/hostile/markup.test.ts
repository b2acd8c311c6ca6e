// PR-controlled text full of markdown, HTML, @mentions, HTML comments, the sticky comment's own marker and
// workflow-command syntax, in logical ids, role and policy names, action strings and file names, end to end:
// scan() → the comment body, the workflow annotations (@actions/core), SARIF and JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/pipeline.js';
import { COMMENT_MARKER } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { parseSuggestionMarker, renderSuggestionComment } from '../../src/report/review.js';
import type { StatementEdit } from '../../src/rules/statement-plan.js';
import { suggestionBlock } from '../support/suggestions.js';
import { type Rendered, renderAll, roleYaml, scanFolder, TempFolder } from './support.js';

const HOSTILE = {
  logicalId: 'Evil<img src=x onerror=alert(1)>[click](https://evil.example/x)',
  roleName: '@octocat <script>alert(1)</script> #1 **bold**',
  policyName: `${COMMENT_MARKER}<!-- hidden -->`,
  action: `s3:Get<!-- iam-usage-guard -->@octo-org/admins|x\`y\``,
};
const FILES = {
  links: 'infra/[x](https:evil.example) @octocat <b>bold</b>.yaml',
  marker: `infra/${COMMENT_MARKER}.yaml`,
  // A newline in a file name must not start a new workflow command or a new markdown line.
  command: 'infra/line\n::error file=x::injected\n# heading.yaml',
};

/** The body with code spans and fenced blocks removed: what GitHub would render as markdown/HTML. */
function outsideCode(markdown: string): string {
  return markdown
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
    .replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, '');
}

describe('markup in PR-controlled text', () => {
  const folder = new TempFolder('iug-markup-');
  let result: ScanResult;
  let out: Rendered;

  beforeAll(async () => {
    folder.write(
      FILES.links,
      roleYaml(HOSTILE.logicalId, HOSTILE.roleName, ['s3:GetObject', HOSTILE.action], HOSTILE.policyName),
    );
    folder.write(FILES.marker, roleYaml('MarkerRole', COMMENT_MARKER, ['sqs:SendMessage']));
    folder.write(FILES.command, roleYaml('CommandRole', 'cmd\n::warning::x', ['sns:Publish']));
    // A file that fails to parse, so a diagnostic carrying the hostile file name is rendered too.
    folder.write('infra/<!-- broken -->@octocat.json', '{"Resources": {"A": {"Type": "AWS::IAM::Role",');
    // Parser errors quote the offending source line: PR text inside a diagnostic message.
    folder.write(
      'infra/quoted.yaml',
      `Resources:\n  A: ${COMMENT_MARKER} @octocat <img src=x onerror=alert(1)> [x](https://evil.example)\n   B: [\n`,
    );
    result = await scanFolder(folder.root);
    out = renderAll(result);
  });
  afterAll(() => folder.remove());

  it('reads every hostile file as data', () => {
    expect(result.entities.map((g) => g.entity.file).sort()).toEqual(
      [FILES.command, FILES.links, FILES.marker].sort(),
    );
    expect(result.entities.find((g) => g.entity.file === FILES.links)?.entity.id).toBe(HOSTILE.logicalId);
    expect(result.findings.length).toBeGreaterThanOrEqual(3);
    expect(result.diagnostics.map((d) => d.file)).toContain('infra/<!-- broken -->@octocat.json');
    expect(result.diagnostics.map((d) => d.file)).toContain('infra/quoted.yaml');
  });

  it('the comment body holds our marker exactly once, at the top, and no other HTML comment', () => {
    expect(out.markdown.startsWith(COMMENT_MARKER)).toBe(true);
    expect(out.markdown.split(COMMENT_MARKER)).toHaveLength(2);
    expect(out.markdown.split('<!--')).toHaveLength(2);
  });

  it('outside code spans there is no HTML, link, image, heading or live mention from the PR', () => {
    const rendered = outsideCode(out.markdown);
    // Backslash-escaped punctuation is literal text in GFM; an unescaped `<` or `](` would be markup.
    expect(rendered).not.toMatch(/(?<!\\)<(img|script|b>|\/b>)/i);
    expect(rendered).not.toMatch(/(?<!\\)\]\(https?:(\/\/)?evil/);
    expect(rendered).not.toMatch(/https:\/\/evil/);
    // Every @ from the PR is followed by a zero-width joiner, so GitHub links no one.
    expect(rendered).not.toMatch(/@(?!\u200D)(octocat|octo-org)/);
    expect(rendered).not.toMatch(/(?<!\\)\*\*bold/);
    for (const line of out.markdown.split('\n')) {
      expect(line).not.toMatch(/^(::|# heading|\s*<script)/);
    }
  });

  it('every annotation is one workflow command; names with newlines cannot inject another', () => {
    expect(out.commands.length).toBeGreaterThan(0);
    for (const line of out.commands) {
      expect(line).toMatch(/^::(error|warning|notice) title=[^:,]*(,file=[^:,]*(,line=\d+)?)?::/);
    }
    // A path with a line break cannot be given to the runner as is: the annotation names it, inert, instead.
    expect(out.commands).toContainEqual(
      expect.stringMatching(
        /^::\w+ title=[^:,]*::infra\/line<U\+000A>::error file=x::injected<U\+000A># heading\.yaml:2: /,
      ),
    );
    const files = out.commands.flatMap((line) => {
      const file = /file=([^,:]*)/.exec(line)?.[1];
      return file ? [decodeURIComponent(file.replace(/%3A/g, ':').replace(/%2C/g, ','))] : [];
    });
    expect(files).toContain(FILES.links);
    expect(files).not.toContain(FILES.command);
    expect(out.commands.some((line) => line.startsWith('::error file=x'))).toBe(false);
  });

  it('SARIF carries the text as plain data: valid JSON, URIs encoded, no markdown messages', () => {
    const sarif = JSON.parse(out.sarif) as {
      runs: {
        results: {
          message: { text: string; markdown?: string };
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const results = sarif.runs[0]!.results;
    expect(results.length).toBe(result.findings.length);
    for (const r of results) {
      expect(r.message.markdown).toBeUndefined();
      const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
      expect(uri).not.toMatch(/[\s<>"]/);
      expect([FILES.command, FILES.links, FILES.marker]).toContain(decodeURI(uri));
    }
  });

  it('the JSON report keeps the exact text (it is data, not markup)', () => {
    const json = JSON.parse(out.json) as { findings: { entity: { id: string }; file: string }[] };
    expect(json.findings.map((f) => f.entity.id)).toContain(HOSTILE.logicalId);
    expect(json.findings.map((f) => f.file)).toContain(FILES.command);
  });

  describe('least-privilege edits', () => {
    const edit: StatementEdit = {
      file: FILES.links,
      line: 20,
      path: `Resources["${HOSTILE.logicalId}"].Properties.Policies[0].PolicyDocument.Statement[0]`,
      format: 'cloudformation',
      entities: [{ id: HOSTILE.logicalId, kind: 'role' }],
      written: ['s3:GetObject', HOSTILE.action],
      actions: [HOSTILE.action],
      removed: ['s3:GetObject'],
      manual: null,
    };
    const reason = `the statement is shared through the YAML anchor &${COMMENT_MARKER}@octocat<img src=x>`;

    it('the sticky comment shows them escaped: one marker, no HTML or mention from the PR', () => {
      const body = renderMarkdown(result, { edits: [{ edit, where: 'comment', reason }] });
      expect(body.split('<!--')).toHaveLength(2);
      const rendered = outsideCode(body);
      expect(rendered).not.toMatch(/(?<!\\)<img/);
      expect(rendered).not.toMatch(/@(?!\u200D)octocat/);
      expect(body).toContain('Least-privilege edits (1)');
    });

    it('a review comment keeps the file lines verbatim inside a fence they cannot close, and escapes the rest', () => {
      const lines = [`                Action: [${HOSTILE.action}] # \`\`\`\` ${COMMENT_MARKER}`];
      const body = renderSuggestionComment({
        key: 'abcdef0123456789',
        edit,
        findings: result.findings.slice(0, 1),
        lines,
      });
      expect(parseSuggestionMarker(body)).toEqual({ key: 'abcdef0123456789', state: 'open' });
      expect(suggestionBlock(body)).toEqual(lines);
      const rendered = outsideCode(body);
      expect(rendered.split('<!--')).toHaveLength(2);
      expect(rendered).not.toMatch(/(?<!\\)<img/);
      expect(rendered).not.toMatch(/@(?!\u200D)octo/);
    });
  });
});
