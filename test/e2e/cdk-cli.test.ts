// The CLI in a CDK repository whose cdk.out is gitignored (how most CDK teams work): the synthesized head is read,
// and compared with the deployed stack's template (GetTemplate on the local endpoint), so a role that has existed
// for a year is not "new". Paths that point nowhere, and a CDK app that was not synthesized, exit 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo } from '../cli/e2e-support.js';
import {
  CDK_ACCOUNT,
  CDK_REGION,
  CDK_STACK,
  lineOf,
  roleLogicalId,
  stackTemplate,
  synth,
  writeCdkApp,
} from '../support/cdk-app.js';
import { type RunningLocalIam, withLocalIam } from '../support/local-iam.js';
import { cli, localAwsEnv } from './check-support.js';

const ROLE = 'OrdersStack-HandlerRole-1Q2W3E4R5T6Y';
const BASE_ACTIONS = ['dynamodb:GetItem', 'sqs:SendMessage'];
const HEAD_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'sqs:SendMessage'];

interface JsonReport {
  baseNotices: { file: string; entity: string; message: string }[];
  findings: { rule: string; severity: string; file: string; line: number; service: string | null }[];
  summary: { blocked: boolean; unreadable: number };
  entities: { id: string; baseSource: string; touched: boolean }[];
  bases: { file: string; sources: string[]; comparedWith: string }[];
  artifacts: { path: string; why: string }[];
}

let repo: TempRepo;
/** `cdk synth -o` of the base commit, outside the repository (as the docs' workflow builds it). */
let baseArtifact: string;
let logicalId: string;
let baseTemplate: string;
let headTemplate: string;

beforeAll(() => {
  repo = new TempRepo('iug-cdk-cli-');
  writeCdkApp(repo, BASE_ACTIONS);
  repo.commit('base: the deployed app');
  baseArtifact = path.join(path.dirname(repo.root), 'cdk.out.base');
  baseTemplate = stackTemplate(synth(repo, baseArtifact)).text;
  logicalId = roleLogicalId(JSON.parse(baseTemplate));
  repo.git('checkout', '-q', '-b', 'feature');
  writeCdkApp(repo, HEAD_ACTIONS);
  repo.commit('the handler may now write orders');
  headTemplate = stackTemplate(synth(repo)).text;
}, 120_000);
afterAll(() => repo?.remove());

function scenario(withTemplate: boolean): Record<string, unknown> {
  return {
    account: CDK_ACCOUNT,
    entities: [
      {
        arn: `arn:aws:iam::${CDK_ACCOUNT}:role/${ROLE}`,
        createDate: 'now-400d',
        services: [
          { namespace: 'dynamodb', lastAuthenticated: 'now-200d' },
          { namespace: 'sqs', lastAuthenticated: 'now-1d' },
        ],
      },
    ],
    stacks: { [CDK_STACK]: { [logicalId]: ROLE } },
    ...(withTemplate ? { templates: { [CDK_STACK]: { original: baseTemplate, region: CDK_REGION } } } : {}),
  };
}

async function check(iam: RunningLocalIam, args: string[] = []) {
  const result = await cli(['check', '--base', 'main', '--format', 'json', ...args], repo.root, {
    ...localAwsEnv(iam.env),
    HOME: repo.home,
  });
  return { ...result, json: JSON.parse(result.stdout || '{}') as JsonReport };
}

describe('a gitignored cdk.out compared with the deployed stack', () => {
  it('the deployed template is the base: the widening of an unused service blocks, nothing is "new"', async () => {
    const iam = await withLocalIam(scenario(true));
    try {
      const { code, json, stderr } = await check(iam);
      expect(code, stderr).toBe(1);
      const file = `cdk.out/${CDK_STACK}.template.json`;
      expect(json.findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.line} ${f.service}`)).toEqual([
        `error widened-unused-service ${file}:${lineOf(headTemplate, '"dynamodb:PutItem"')} dynamodb`,
      ]);
      expect(json.entities).toEqual([
        expect.objectContaining({ id: logicalId, baseSource: 'deployed', touched: true }),
      ]);
      expect(json.bases).toEqual([
        expect.objectContaining({
          file,
          sources: ['deployed'],
          comparedWith: expect.stringMatching(
            new RegExp(
              `^the deployed stack ${CDK_STACK} \\(aws://${CDK_ACCOUNT}/${CDK_REGION}\\), Processed template fetched \\d{4}-\\d\\d-\\d\\d$`,
            ),
          ),
        }),
      ]);
      expect(json.artifacts).toEqual([
        { path: 'cdk.out', kind: 'cdk-assembly', why: 'synthesized in this run, not in git' },
      ]);
      expect(stderr).toContain('read cdk.out (synthesized in this run, not in git)');
      // GetTemplate went to the stack's own region, from the manifest, not the client's default.
      const calls = iam.server.calls.filter((c) => c.op === 'GetTemplate');
      expect(calls.map((c) => [c.params['StackName'], c.params['TemplateStage'], c.status])).toEqual([
        [CDK_STACK, 'Processed', 200],
      ]);
    } finally {
      await iam.close();
    }
  });

  it('control: with no template deployed and no other base, the role is judged as it stands, never "new"', async () => {
    const iam = await withLocalIam(scenario(false));
    try {
      const { json } = await check(iam);
      expect(json.findings.filter((f) => f.rule === 'new-service')).toEqual([]);
      // IAM has had the role for 400 days: the stack's "does not exist" cannot make it new.
      expect(json.entities[0]).toMatchObject({ baseSource: 'deployed' });
      expect(json.baseNotices).toEqual([
        expect.objectContaining({
          entity: logicalId,
          message: expect.stringMatching(
            /is new to the deployed base, but IAM has had it since \d{4}-\d\d-\d\d: judged as it stands/,
          ),
        }),
      ]);
    } finally {
      await iam.close();
    }
  });

  it('a base artifact (cdk synth of the base) stands in for the deployed template', async () => {
    const iam = await withLocalIam({ ...scenario(false) });
    try {
      const { code, json } = await check(iam, ['--base-path', baseArtifact]);
      expect(code).toBe(1);
      expect(json.findings.map((f) => `${f.rule} ${f.service}`)).toEqual(['widened-unused-service dynamodb']);
      expect(json.entities[0]).toMatchObject({ baseSource: 'artifact' });
      expect(json.entities).toHaveLength(1);
    } finally {
      await iam.close();
    }
  });
});

describe('paths that point nowhere fail loudly', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing path', ['check', 'no-such-dir'], /no such file or folder: no-such-dir/],
    ['a path outside the repository', ['check', '..'], /\.\. lies outside the repository/],
    [
      'a snapshot that does not exist',
      ['check', '--snapshot', 'missing.json'],
      /cannot read snapshot missing\.json: no such file \(write one with 'iam-usage-guard snapshot --out missing\.json'\)/,
    ],
  ];
  it.each(cases)('%s exits 2 with the reason', async (_name, argv, message) => {
    const { code, stderr } = await cli(argv, repo.root, { HOME: repo.home });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('a CDK app with no cdk.out says to run cdk synth first (exit 2)', async () => {
    const app = new TempRepo('iug-cdk-unsynth-');
    try {
      writeCdkApp(app, BASE_ACTIONS);
      app.commit('app');
      const { code, stderr } = await cli(['check', '--no-base'], app.root, { HOME: app.home });
      expect(code).toBe(2);
      expect(stderr).toMatch(
        /CDK app \(cdk\.json\) with no cloud assembly at cdk\.out: run `cdk synth` first/,
      );
    } finally {
      app.remove();
    }
  });

  it('a base path that does not exist exits 2', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'iug-nothing-'));
    try {
      const { code, stderr } = await cli(
        ['check', '--no-base', '--base-path', path.join(outside, 'cdk.out.base')],
        repo.root,
        { HOME: repo.home },
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(/base artifact .*cdk\.out\.base: no such file or folder/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
