// A plain CloudFormation template mapped to its stack by the configuration's `stacks`: the deployed template is
// asked for (no account, the client's region, Processed) and beats the git base; a stack that does not exist
// leaves the git base to judge.
import { afterEach, describe, expect, it } from 'vitest';
import type { DeployedTemplateRequest } from '../../src/change/deployed.js';
import { resolveChange } from '../../src/change/index.js';
import { entityKey } from '../../src/policy/model.js';
import { GitFixture, roles } from './fixtures.js';

let repo: GitFixture;
afterEach(() => repo?.remove());

function pullRequest() {
  repo = new GitFixture('iug-deployed-');
  repo.write('infra/app.yaml', roles({ App: ['s3:GetObject'] }));
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'pr');
  repo.write('infra/app.yaml', roles({ App: ['s3:GetObject', 's3:PutObject'] }));
  repo.commit('widen');
}

describe('deployed base for a template mapped by `stacks`', () => {
  it.each([
    ['found: the deployed template is the base', 'found', 'deployed', ['s3:GetObject', 'sqs:SendMessage']],
    ['absent: the git base still knows the entity', 'absent', 'git', ['s3:GetObject']],
  ] as const)('%s', async (_name, status, source, baseActions) => {
    pullRequest();
    const requests: DeployedTemplateRequest[] = [];
    const change = await resolveChange({
      cwd: repo.root,
      paths: [],
      head: { kind: 'worktree' },
      base: { kind: 'ref', ref: 'main' },
      stacks: [{ template: 'infra/*.yaml', stackName: 'app-prod' }],
      deployedTemplate: async (request) => {
        requests.push(request);
        return status === 'found'
          ? {
              status,
              body: roles({ App: ['s3:GetObject', 'sqs:SendMessage'] }),
              stage: request.stage,
              stagesAvailable: ['Original', 'Processed'],
              region: 'eu-central-1',
              account: null,
              fetchedAt: '2026-11-30T10:00:00.000Z',
            }
          : { status, reason: 'GetTemplate: Stack with id app-prod does not exist' };
      },
    });
    expect(requests).toEqual([{ stackName: 'app-prod', account: null, region: null, stage: 'Processed' }]);
    const key = 'infra/app.yaml#App';
    expect(change.bases.get(key)).toEqual({ source, existed: true });
    const base = change.baseEntities?.entities.find((e) => entityKey(e) === key);
    expect(base?.statements.flatMap((s) => s.actions?.map((a) => a.pattern) ?? [])).toEqual(baseActions);
    if (status === 'found') {
      expect(change.files).toEqual([
        {
          file: 'infra/app.yaml',
          sources: ['deployed'],
          comparedWith:
            'the deployed stack app-prod (aws://caller-account/eu-central-1), Processed template fetched 2026-11-30',
        },
      ]);
    }
  });
});
