// `iam-usage-guard/cdk-nag`: the IamUsageGuard pack for cdk-nag v3 (loads no GitHub Actions code).
export type { NagPackProps } from 'cdk-nag';
export type { SeverityOrOff } from '../rules/model.js';
export type { SnapshotFile, UsageReport } from '../usage/model.js';
export {
  ACK_WITHOUT_REASON,
  IamUsageGuard,
  type IamUsageGuardProps,
  NO_SNAPSHOT,
  PACK_NAME,
  PACK_RULES,
  type PackRuleId,
} from './pack.js';
