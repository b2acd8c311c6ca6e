// The deployed state as a base: each stack's template as CloudFormation holds it, asked for through a plain
// function (usage/templates.ts makes the AWS call), parsed like any file and filed under the head template's path.
import type { ReadOptions } from '../iac/index.js';
import { parseDocument } from '../iac/parse.js';
import type { FileSource } from '../iac/source.js';
import type { Diagnostic, Entity } from '../policy/model.js';
import type { DeployedTemplate, DeployedTemplateFetch } from '../usage/model.js';

export type { DeployedTemplate, DeployedTemplateFetch, DeployedTemplateRequest } from '../usage/model.js';

/** A head template and the stack it deploys as. */
export interface StackTarget {
  file: string;
  stackName: string;
  account: string | null;
  region: string | null;
  /** CDK templates are parsed as such (format `cdk`, stack name), like the head. */
  cdk: boolean;
}

export interface DeployedBase {
  target: StackTarget;
  status: DeployedTemplate['status'];
  /** The deployed entities, filed under the head template's path; empty unless found. */
  entities: Entity[];
  /** "the deployed stack App (aws://123456789012/us-east-1), template fetched 2026-11-30" */
  description: string;
  /** Why there is no deployed template (absent, failed). */
  reason: string | null;
}

const TRANSFORM = /(^|\n)\s*"?Transform"?\s*:/;

function environment(account: string | null, region: string): string {
  return `aws://${account ?? 'caller-account'}/${region}`;
}

/** Asks for each stack's deployed template (all at once; the fetcher rate-limits) and parses what it gets. */
export async function deployedBases(
  targets: StackTarget[],
  head: FileSource,
  fetch: DeployedTemplateFetch,
  /** The parameter values the head's templates are read with (configuration `parameters`): the same here. */
  parameters?: ReadOptions['parameters'],
): Promise<{ bases: Map<string, DeployedBase>; diagnostics: Diagnostic[] }> {
  const bases = new Map<string, DeployedBase>();
  const diagnostics: Diagnostic[] = [];
  await Promise.all(
    targets.map(async (target) => {
      const text = (await head.read(target.file).catch(() => null)) ?? '';
      const stage = TRANSFORM.test(text) ? 'Original' : 'Processed';
      let answer: DeployedTemplate;
      try {
        answer = await fetch({
          stackName: target.stackName,
          account: target.account,
          region: target.region,
          stage,
        });
      } catch (error) {
        answer = { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
      if (answer.status !== 'found') {
        bases.set(target.file, {
          target,
          status: answer.status,
          entities: [],
          description:
            answer.status === 'absent'
              ? `the deployed stack ${target.stackName}: it does not exist yet, so its entities are new`
              : `the deployed stack ${target.stackName}: its template could not be had`,
          reason: answer.reason,
        });
        return;
      }
      // Parsed under a name that tells JSON from YAML, then filed under the head's path so keys meet.
      const json = answer.body.trimStart().startsWith('{');
      const shown = `deployed stack ${target.stackName}.${json ? 'json' : 'yaml'}`;
      const parameterValues = target.cdk ? undefined : parameters?.(target.file);
      const parsed = parseDocument(
        shown,
        answer.body,
        target.cdk ? { stackName: target.stackName, constructPaths: new Map() } : undefined,
        parameterValues ? { parameterValues } : {},
      );
      for (const d of parsed.diagnostics) {
        if (d.severity === 'error') {
          diagnostics.push({
            ...d,
            severity: 'warning',
            file: target.file,
            message: `the deployed template of stack ${target.stackName}: ${d.message}`,
          });
        }
      }
      bases.set(target.file, {
        target,
        status: 'found',
        entities: parsed.entities.map((e) => ({ ...e, file: target.file })),
        description: `the deployed stack ${target.stackName} (${environment(answer.account, answer.region)}), ${answer.stage} template fetched ${answer.fetchedAt.slice(0, 10)}`,
        reason: null,
      });
    }),
  );
  return { bases, diagnostics };
}
