// SARIF as GitHub code scanning reads it: every rule files its results as security alerts, and the same finding keeps
// the same fingerprint from one run to the next (so an alert is tracked, not closed and reopened), through the real
// pipeline on the same repository before and after an unrelated edit.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type SnapshotFile, scan } from '../../src/index.js';
import { renderSarif } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';

interface SarifRule {
  id: string;
  properties: { tags: string[]; 'security-severity': string };
}
interface SarifResult {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  locations: { physicalLocation: { region: { startLine: number } } }[];
  message: { text: string };
  properties: { entity: { id: string }; service: string | null };
}

const NOW = '2026-11-20T12:00:00Z';

function snapshot(lastSqs: string): SnapshotFile {
  const report = (name: string) => ({
    Arn: `arn:aws:iam::123456789012:role/${name}`,
    CreateDate: '2024-01-01T00:00:00Z',
    JobStatus: 'COMPLETED' as const,
    JobType: 'SERVICE_LEVEL' as const,
    JobCreationDate: NOW,
    JobCompletionDate: NOW,
    ServicesLastAccessed: [
      { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: '2026-11-19T00:00:00Z' },
      { ServiceName: 'Amazon SQS', ServiceNamespace: 'sqs', LastAuthenticated: lastSqs },
      { ServiceName: 'Amazon SNS', ServiceNamespace: 'sns' },
    ],
  });
  return {
    version: 1,
    generatedAt: NOW,
    reports: [report('app'), report('worker')],
    accessKeys: [],
    policies: [],
    resources: [],
  };
}

const role = (id: string, name: string, actions: string[]) => `  ${id}:
    Type: AWS::IAM::Role
    Properties:
      RoleName: ${name}
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Resource: "*"
                Action: [${actions.join(', ')}]
`;

let dir: string;

async function sarifOf(text: string, usage: SnapshotFile): Promise<SarifResult[]> {
  await writeFile(path.join(dir, 'app.yaml'), text);
  const result = await scan({ cwd: dir, paths: ['.'], base: null, config: defaultConfig(), snapshot: usage });
  return (JSON.parse(renderSarif(result, { version: 'test' })) as { runs: { results: SarifResult[] }[] })
    .runs[0]!.results;
}

const key = (r: SarifResult) => `${r.ruleId} ${r.properties.entity.id} ${r.properties.service}`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'iug-sarif-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SARIF for code scanning', () => {
  it('gives every rule a security-severity GitHub can rank and tags it security', () => {
    const rules = (
      JSON.parse(
        renderSarif(
          {
            findings: [],
            suppressed: [],
            diagnostics: [],
            usageUnavailable: null,
            summary: {
              entities: 0,
              errors: 0,
              warnings: 0,
              notices: 0,
              suppressed: 0,
              unreadable: 0,
              blocked: false,
            },
          },
          { version: 'test' },
        ),
      ) as {
        runs: { tool: { driver: { rules: SarifRule[] } } }[];
      }
    ).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of rules) {
      expect(rule.properties.tags[0]).toBe('security');
      expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);
      const score = Number(rule.properties['security-severity']);
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(10);
    }
    const score = (id: string) => Number(rules.find((r) => r.id === id)!.properties['security-severity']);
    // a widening of an unused service is what blocks by default: GitHub's "high"
    expect(score('widened-unused-service')).toBeGreaterThanOrEqual(7);
    expect(score('widened-unused-service')).toBeGreaterThan(score('unused-service'));
    expect(score('unused-service')).toBeGreaterThan(score('new-service'));
  });

  it('keeps each finding’s fingerprint across runs, line moves, new entities and other usage dates', async () => {
    const first = await sarifOf(
      `Resources:\n${role('AppRole', 'app', ['s3:GetObject', 'sqs:SendMessage', 'sns:Publish'])}`,
      snapshot('2026-01-01T00:00:00Z'),
    );
    expect(first.length).toBeGreaterThanOrEqual(2);
    const again = await sarifOf(
      `Resources:\n${role('AppRole', 'app', ['s3:GetObject', 'sqs:SendMessage', 'sns:Publish'])}`,
      snapshot('2026-01-01T00:00:00Z'),
    );
    expect(again.map((r) => r.partialFingerprints)).toEqual(first.map((r) => r.partialFingerprints));

    // A comment and another role above it move every line; the usage dates (and so the messages) change too.
    const moved = await sarifOf(
      `# reviewed\n# owner: team-a\nResources:\n${role('WorkerRole', 'worker', ['sqs:SendMessage'])}${role('AppRole', 'app', ['s3:GetObject', 'sqs:SendMessage', 'sns:Publish'])}`,
      snapshot('2026-02-01T00:00:00Z'),
    );
    const before = new Map(first.map((r) => [key(r), r]));
    let compared = 0;
    let reworded = 0;
    for (const result of moved) {
      const earlier = before.get(key(result));
      if (!earlier) continue;
      compared++;
      expect(result.locations[0]!.physicalLocation.region.startLine).not.toBe(
        earlier.locations[0]!.physicalLocation.region.startLine,
      );
      if (result.message.text !== earlier.message.text) reworded++;
      expect(result.partialFingerprints).toEqual(earlier.partialFingerprints);
    }
    expect(compared).toBe(first.length);
    expect(reworded).toBeGreaterThan(0);

    // Different findings never share one: another entity with the same problem, another service of the same entity.
    const fingerprints = moved.map((r) => Object.values(r.partialFingerprints)[0]);
    expect(new Set(fingerprints).size).toBe(moved.length);
    expect(moved.some((r) => r.properties.entity.id === 'WorkerRole')).toBe(true);
  });
});
