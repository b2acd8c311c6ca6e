import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/policy/arn.ts
var IAM_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}|aws):(role|user|group|policy)(\/(?:[^/]*\/)*)([^/]+)$/;
var IAM_ARN_PATTERN = IAM_ARN.source;
var PARTITION = /^arn:(aws[a-z-]*):/;
function parseIamArn(arn) {
  const m = IAM_ARN.exec(arn);
  if (!m) return null;
  return { partition: m[1], account: m[2], kind: m[3], path: m[4], name: m[5] };
}
function normalizeIamPath(path) {
  if (!path) return "/";
  let p = path.startsWith("/") ? path : `/${path}`;
  if (!p.endsWith("/")) p += "/";
  return p;
}
function iamArn(parts) {
  return `arn:${parts.partition}:iam::${parts.account}:${parts.kind}${normalizeIamPath(parts.path)}${parts.name}`;
}
function partitionOf(arn) {
  return PARTITION.exec(arn ?? "")?.[1] ?? "aws";
}
function inPartition(arn, partition) {
  return arn.replace(PARTITION, `arn:${partition}:`);
}
function isAwsManagedPolicyArn(arn) {
  const parts = parseIamArn(arn);
  return parts?.account === "aws" && parts.kind === "policy";
}

export {
  IAM_ARN_PATTERN,
  parseIamArn,
  iamArn,
  partitionOf,
  inPartition,
  isAwsManagedPolicyArn
};
//# sourceMappingURL=chunk-R5BDUPL3.js.map
