// The ESM entry of iam-usage-guard/cdk-nag: the same plugin as cdk-nag.cjs (one copy of its code and of cdk-nag).
export { ACK_WITHOUT_REASON, IamUsageGuard, NO_SNAPSHOT, PACK_NAME, PACK_RULES } from './cdk-nag.cjs';
