// The SARIF 2.1.0 JSON Schema shipped by @microsoft/jest-sarif (draft-04), compiled with ajv 8.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

const schemaPath = path.resolve(
  import.meta.dirname,
  '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
);

export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // ajv 8 reads draft-04 once the draft-04 `id` is spelled `$id`; the schema uses no other draft-04-only keyword.
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // unicodeRegExp off: one pattern in the schema is not valid with the `u` flag.
  return new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(
    schema,
  );
}
