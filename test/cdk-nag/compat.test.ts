// The pack refuses, on load, the cdk-nag and aws-cdk-lib it cannot serve, in one sentence (the real cdk-nag 2.x
// project that fails synth is in test/package/consumer.test.ts).
import * as cdk from 'aws-cdk-lib';
import * as nag from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { assertCompatible, incompatibility } from '../../src/cdk-nag/compat.js';

const RTTI = Symbol.for('jsii.rtti');

/** A class as jsii stamps it, with the given prototype methods. */
function jsiiClass(fqn: string, version: string, methods: string[]): unknown {
  const cls = function Stamped() {} as unknown as Record<symbol, unknown> & {
    prototype: Record<string, unknown>;
  };
  for (const method of methods) cls.prototype[method] = () => undefined;
  cls[RTTI] = { fqn, version };
  return cls;
}

const v2NagPack = jsiiClass('cdk-nag.NagPack', '2.38.2', ['visit', 'applyRule']);
const v3NagPack = jsiiClass('cdk-nag.NagPack', '3.0.2', ['validate', 'validateScope', 'applyRule']);
const app = jsiiClass('aws-cdk-lib.App', '2.276.0', ['synth']);
const validations = Object.assign(jsiiClass('aws-cdk-lib.Validations', '2.276.0', []) as object, {
  of: () => undefined,
});

describe('the cdk-nag plugin on load', () => {
  it('runs with the cdk-nag 3 and aws-cdk-lib this repository tests against', () => {
    expect(incompatibility({ nagPack: nag.NagPack, app: cdk.App, validations: cdk.Validations })).toBeNull();
    expect(() => assertCompatible()).not.toThrow();
  });

  it.each([
    [
      'cdk-nag 2 (an Aspect, not a validation plugin)',
      { nagPack: v2NagPack, app, validations },
      'IamUsageGuard is a cdk-nag 3 policy-validation plugin; found cdk-nag 2.38.2 — upgrade (npm install --save-dev cdk-nag@3), or run `npx iam-usage-guard check cdk.out` instead.',
    ],
    [
      'a NagPack without the v3 methods and without a version stamp',
      { nagPack: class {}, app, validations },
      'IamUsageGuard is a cdk-nag 3 policy-validation plugin; found cdk-nag of unknown version — upgrade (npm install --save-dev cdk-nag@3), or run `npx iam-usage-guard check cdk.out` instead.',
    ],
    [
      'an aws-cdk-lib without Validations',
      { nagPack: v3NagPack, app: jsiiClass('aws-cdk-lib.App', '2.100.0', []), validations: undefined },
      'IamUsageGuard needs aws-cdk-lib with policy-validation plugins (Validations, 2.257.0 or later, as cdk-nag 3 does); found aws-cdk-lib 2.100.0 — upgrade it, or run `npx iam-usage-guard check cdk.out` instead.',
    ],
  ])('refuses %s with one sentence', (_name, runtime, sentence) => {
    expect(incompatibility(runtime)).toBe(sentence);
    let thrown: unknown;
    try {
      assertCompatible(runtime);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(sentence);
    // no frames into the bundle: the fix is in the user's dependencies
    expect((thrown as Error).stack).toBe(`Error: ${sentence}`);
  });
});
