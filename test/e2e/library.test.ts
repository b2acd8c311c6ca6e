// The library front door: scan() with live usage from createAwsClients(), as a program embedding the tool would.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAwsClients, defaultConfig, scan } from '../../src/index.js';
import { type RunningLocalIam, withLocalIamFile } from '../support/local-iam.js';
import { exampleRepo, examples } from './check-support.js';

let iam: RunningLocalIam;
beforeAll(async () => {
  iam = await withLocalIamFile(path.join(examples, 'scenario.json'));
});
afterAll(async () => {
  await iam?.close();
});

describe('library scan() with createAwsClients()', () => {
  it('collects live usage and judges the change like the CLI', async () => {
    const aws = createAwsClients({ env: { ...iam.env } });
    const result = await scan({ cwd: exampleRepo(), paths: [], base: 'main', config: defaultConfig(), aws });
    expect(result.usageUnavailable).toBeNull();
    const widened = result.findings.find((f) => f.rule === 'widened-unused-service');
    expect(widened?.entity.arn).toBe('arn:aws:iam::123456789012:role/demo-app-role');
    expect(widened?.lastAccessed).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(result.summary.blocked).toBe(true);
  });
});
