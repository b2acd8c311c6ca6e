// The collection from a snapshot: no AWS call; each entity resolved by the one resolver against the snapshot.
import type { Entity } from '../policy/model.js';
import { entityKey } from '../policy/model.js';
import { parseIamArn } from './arn.js';
import type { CollectOptions, UsageCollection } from './collect.js';
import { type EntityUsage, emptyUsage, type SnapshotFile } from './model.js';
import { resolveSync, SnapshotSource, targetOf } from './resolve.js';

export function fromSnapshot(
  entities: Entity[],
  snapshot: SnapshotFile,
  options: CollectOptions,
  clock: () => Date,
  started: number,
): UsageCollection {
  const source = new SnapshotSource(snapshot);
  const usage = new Map<string, EntityUsage>();
  let done = 0;
  for (const entity of entities) {
    const key = entityKey(entity);
    // the same file#id twice answers once
    if (!usage.has(key)) usage.set(key, answerFromSnapshot(entity, snapshot, source, options));
    done++;
    options.onProgress?.({
      done,
      total: entities.length,
      throttled: 0,
      elapsedMs: clock().getTime() - started,
    });
  }
  return {
    usage,
    managedPolicyDocuments: new Map(snapshot.policies.map((p) => [p.Arn, p.Document])),
    managedPolicyErrors: new Map(),
    stackResources: snapshot.resources,
    stats: { calls: 0, throttled: 0, requests: 0, cached: 0, elapsedMs: clock().getTime() - started },
    failure: null,
  };
}

function answerFromSnapshot(
  entity: Entity,
  snapshot: SnapshotFile,
  source: SnapshotSource,
  options: CollectOptions,
): EntityUsage {
  const empty = emptyUsage(entity);
  const resolution = resolveSync(targetOf(entity, options.accountId ?? null), options, source);
  if (resolution.status !== 'resolved') {
    return {
      ...empty,
      arn: resolution.status === 'ambiguous' ? null : resolution.arn,
      reason: resolution.reason,
      ...(resolution.status === 'ambiguous' ? { candidates: resolution.candidates } : {}),
    };
  }
  const arn = resolution.arn;
  const report = source.report(arn)!;
  const parts = parseIamArn(arn);
  const granting = snapshot.policiesGranting?.find((p) => p.Arn === arn);
  return {
    ...empty,
    arn,
    ...(report.JobStatus === 'COMPLETED'
      ? { report, createDate: report.CreateDate ?? null }
      : {
          reason: `the snapshot's report for ${report.Arn} is ${report.JobStatus}${report.Error?.Message ? `: ${report.Error.Message}` : ''}`,
        }),
    accessKeys: parts?.kind === 'user' ? snapshot.accessKeys.filter((k) => k.UserName === parts.name) : [],
    servicesWithEntities: Object.fromEntries(
      (snapshot.entityDetails ?? [])
        .filter((detail) => detail.Arn === arn)
        .map((detail) => [detail.ServiceNamespace, detail.EntityDetailsList]),
    ),
    ...(granting
      ? {
          policiesGranting: Object.fromEntries(
            granting.PoliciesGrantingServiceAccess.map((g) => [g.ServiceNamespace, g.Policies]),
          ),
        }
      : {}),
  };
}
