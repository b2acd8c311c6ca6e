// The configuration schema's validator. Run from source, ajv compiles it at first use; the bundles hold it compiled
// already (scripts/bundle.mjs writes this module as ajv's standalone code for the same schema and options), so no
// run of the CLI or the action compiles a schema.
import { Ajv, type ErrorObject } from 'ajv';
import { configSchema } from './schema.js';

export type ConfigValidator = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * ajv's options, here and at build time. The schema is the code's own, checked against draft-07 by
 * test/config/shipped-files.test.ts, so it is not checked again when compiled.
 */
export const VALIDATOR_OPTIONS = {
  allErrors: true,
  strict: false,
  verbose: true,
  validateSchema: false,
} as const;

let compiled: ConfigValidator | null = null;

export function configValidator(): ConfigValidator {
  compiled ??= new Ajv(VALIDATOR_OPTIONS).compile(configSchema());
  return compiled;
}
