// Shared by the hostile-input tests: a temp folder of files, a scan() over it without AWS, and every output a
// reviewer or GitHub would see (markdown comment, SARIF, JSON, annotations as workflow commands).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { annotate } from '../../src/action/annotations.js';
import { defaultConfig } from '../../src/config/index.js';
import { type ScanResult, scan } from '../../src/pipeline.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';

export class TempFolder {
  readonly root: string;
  constructor(prefix = 'iug-hostile-') {
    this.root = mkdtempSync(path.join(tmpdir(), prefix));
  }
  write(file: string, content: string | Buffer): string {
    const full = path.join(this.root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
    return full;
  }
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** A CloudFormation role with the given logical id, name and actions, as YAML with every string quoted. */
export function roleYaml(logicalId: string, roleName: string, actions: string[], policyName = 'app'): string {
  return [
    'Resources:',
    `  ${JSON.stringify(logicalId)}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    `      RoleName: ${JSON.stringify(roleName)}`,
    '      Policies:',
    `        - PolicyName: ${JSON.stringify(policyName)}`,
    '          PolicyDocument:',
    "            Version: '2012-10-17'",
    '            Statement:',
    '              - Effect: Allow',
    '                Action:',
    ...actions.map((a) => `                  - ${JSON.stringify(a)}`),
    "                Resource: '*'",
    '',
  ].join('\n');
}

/**
 * A snapshot file (`--snapshot`) for one role created 800 days ago: each service last used `daysAgo` days before
 * now, by a report completed now.
 */
export function roleSnapshot(arn: string, lastUsedDaysAgo: Record<string, number>): string {
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();
  return JSON.stringify({
    version: 1,
    generatedAt: ago(0),
    reports: [
      {
        Arn: arn,
        CreateDate: ago(800),
        JobStatus: 'COMPLETED',
        JobType: 'SERVICE_LEVEL',
        JobCreationDate: ago(0),
        JobCompletionDate: ago(0),
        ServicesLastAccessed: Object.entries(lastUsedDaysAgo).map(([namespace, days]) => ({
          ServiceName: namespace,
          ServiceNamespace: namespace,
          LastAuthenticated: ago(days),
        })),
      },
    ],
    accessKeys: [],
    policies: [],
    resources: [],
  });
}

/** scan() over a folder with no git and no AWS: every touched entity gets a no-usage-data finding. */
export function scanFolder(root: string, paths: string[] = ['.']): Promise<ScanResult> {
  return scan({ cwd: root, paths, base: null, config: defaultConfig(), failOn: 'never' });
}

export interface Rendered {
  markdown: string;
  sarif: string;
  json: string;
  /** The workflow commands the action would print, one per line. */
  commands: string[];
}

export function renderAll(result: ScanResult): Rendered {
  // The real @actions/core writes the workflow commands; capture what it would print on the runner.
  const printed: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    annotate(result.findings, result.diagnostics, {
      error: (message, properties) => core.error(message, properties),
      warning: (message, properties) => core.warning(message, properties),
      notice: (message, properties) => core.notice(message, properties),
    });
  } finally {
    process.stdout.write = write;
  }
  return {
    markdown: renderMarkdown(result),
    sarif: renderSarif(result, { version: '0.0.0-test' }),
    json: renderJson(result),
    commands: printed
      .join('')
      .split('\n')
      .filter((line) => line !== ''),
  };
}
