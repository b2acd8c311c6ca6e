// One reader per resource type that makes or changes IAM entities, registered here by CloudFormation type. A new
// IAM resource type is one new reader file and one line in this table (a Map: a type named `constructor` is data).
import type { ResourceReader } from './context.js';
import { identityReader } from './identity.js';
import { readManagedPolicy } from './managed-policy.js';
import { policyReader, TARGET_LISTS } from './policy.js';
import { samRoleReader } from './sam-function.js';
import { readConnector } from './serverless-connector.js';
import { readUserToGroupAddition } from './user-to-group-addition.js';

export type { ResourceReader } from './context.js';

export const RESOURCE_READERS: ReadonlyMap<string, ResourceReader> = new Map(
  Object.entries({
    'AWS::IAM::Role': identityReader('role', 'RoleName'),
    'AWS::IAM::User': identityReader('user', 'UserName'),
    'AWS::IAM::Group': identityReader('group', 'GroupName'),
    'AWS::IAM::ManagedPolicy': readManagedPolicy,
    'AWS::IAM::Policy': policyReader(TARGET_LISTS),
    'AWS::IAM::RolePolicy': policyReader([{ key: 'RoleName', kind: 'role' }]),
    'AWS::IAM::UserPolicy': policyReader([{ key: 'UserName', kind: 'user' }]),
    'AWS::IAM::GroupPolicy': policyReader([{ key: 'GroupName', kind: 'group' }]),
    'AWS::IAM::UserToGroupAddition': readUserToGroupAddition,
    'AWS::Serverless::Function': samRoleReader(true),
    'AWS::Serverless::StateMachine': samRoleReader(false),
    'AWS::Serverless::Connector': readConnector,
  }),
);
