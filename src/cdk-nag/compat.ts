// Refuses, when the plugin loads, what it cannot serve: cdk-nag 2 (whose NagPack is an Aspect: as a validation plugin
// it would run nothing and synth would pass) and an aws-cdk-lib without policy-validation plugins.
import * as cdk from 'aws-cdk-lib';
import * as nag from 'cdk-nag';

/** The version jsii stamps on every class of a jsii library (cdk-nag, aws-cdk-lib), or null. */
function jsiiVersion(value: unknown): string | null {
  const rtti = (value as Record<symbol, { version?: unknown } | undefined> | undefined)?.[
    Symbol.for('jsii.rtti')
  ];
  return typeof rtti?.version === 'string' ? rtti.version : null;
}

interface Runtime {
  /** cdk-nag's `NagPack` class. */
  nagPack: unknown;
  /** aws-cdk-lib's `App` and `Validations` classes. */
  app: unknown;
  validations: unknown;
}

const INSTEAD = 'or run `npx iam-usage-guard check cdk.out` instead';

/** Null when the pack can run with these classes, else the one sentence that says why not. */
export function incompatibility({ nagPack, app, validations }: Runtime): string | null {
  const nagVersion = jsiiVersion(nagPack) ?? 'of unknown version';
  const major = Number(/^(\d+)\./.exec(jsiiVersion(nagPack) ?? '')?.[1] ?? Number.NaN);
  const prototype = (nagPack as { prototype?: Record<string, unknown> } | undefined)?.prototype;
  const isPlugin =
    typeof prototype?.['validateScope'] === 'function' && typeof prototype?.['applyRule'] === 'function';
  if (!isPlugin || major < 3) {
    return `IamUsageGuard is a cdk-nag 3 policy-validation plugin; found cdk-nag ${nagVersion} — upgrade (npm install --save-dev cdk-nag@3), ${INSTEAD}.`;
  }
  const of = (validations as { of?: unknown } | undefined)?.of;
  if (typeof of !== 'function') {
    return `IamUsageGuard needs aws-cdk-lib with policy-validation plugins (Validations, 2.257.0 or later, as cdk-nag 3 does); found aws-cdk-lib ${jsiiVersion(app) ?? 'of unknown version'} — upgrade it, ${INSTEAD}.`;
  }
  return null;
}

/** Throws the sentence, without a stack into the bundle: the fix is in the user's package.json, not in our code. */
export function assertCompatible(
  runtime: Runtime = { nagPack: nag.NagPack, app: cdk.App, validations: cdk.Validations },
): void {
  const problem = incompatibility(runtime);
  if (problem === null) return;
  const error = new Error(problem);
  error.stack = `Error: ${problem}`;
  throw error;
}
