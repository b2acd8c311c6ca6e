// Templates and plans read by the real parsers, their grants computed with the bundled AWS-managed policies:
// what `grants` and `check` would say about each entity.
import { parseDocument } from '../../src/iac/index.js';
import { type GrantOptions, grantsOf } from '../../src/policy/grants.js';
import type { GrantSet } from '../../src/policy/grants.types.js';
import { loadBundledPolicies } from '../../src/policy/managed-policies.js';
import type { Entity, ParseResult } from '../../src/policy/model.js';

export async function read(
  file: string,
  text: string,
  options: GrantOptions = {},
): Promise<{ result: ParseResult; grants: (id: string) => GrantSet; entity: (id: string) => Entity }> {
  const result = parseDocument(file, text);
  const bundledPolicies = await loadBundledPolicies();
  const entity = (id: string) => {
    const found = result.entities.find((e) => e.id === id);
    if (!found) throw new Error(`no entity ${id} in ${result.entities.map((e) => e.id).join(', ')}`);
    return found;
  };
  return { result, entity, grants: (id) => grantsOf(entity(id), { bundledPolicies, ...options }) };
}

/** A CloudFormation template with one role whose inline policy holds `statements` (YAML, indented for it). */
export function roleWith(statements: string, extra = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      Policies:
        - PolicyName: app
          PolicyDocument:
            Statement:
${statements}${extra}`;
}
