// The collection from a snapshot: no AWS call; each entity resolved by the one resolver against the snapshot.
import type { Entity } from '../policy/model.js';
import { entityKey } from '../policy/model.js';
import { parseIamArn } from './arn.js';
import type { CollectOptions, UsageCollection } from './collect.js';
import type { EntityUsage, SnapshotFile } from './model.js';
import { resolveSync, SnapshotSource, targetOf } from './resolve.js';

export function fromSnapshot(
  entities: Entity[],
  snapshot: SnapshotFile,
  options: CollectOptions,
  usage: Map<string, EntityUsage>,
  clock: () => Date,
  started: number,
): UsageCollection {
  const source = new SnapshotSource(snapshot);
  let done = 0;
  for (const entity of entities) {
    answerFromSnapshot(entity, usage.get(entityKey(entity))!, snapshot, source, options);
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
  entry: EntityUsage,
  snapshot: SnapshotFile,
  source: SnapshotSource,
  options: CollectOptions,
): void {
  const resolution = resolveSync(targetOf(entity, options.accountId ?? null), options, source);
  if (resolution.status !== 'resolved') {
    entry.arn = resolution.status === 'ambiguous' ? null : resolution.arn;
    entry.reason = resolution.reason;
    if (resolution.status === 'ambiguous') entry.candidates = resolution.candidates;
    return;
  }
  const arn = resolution.arn;
  const report = source.report(arn)!;
  entry.arn = arn;
  if (report.JobStatus !== 'COMPLETED') {
    entry.reason = `the snapshot's report for ${report.Arn} is ${report.JobStatus}${report.Error?.Message ? `: ${report.Error.Message}` : ''}`;
  } else {
    entry.report = report;
    entry.createDate = report.CreateDate ?? null;
  }
  const parts = parseIamArn(arn);
  if (parts?.kind === 'user') entry.accessKeys = snapshot.accessKeys.filter((k) => k.UserName === parts.name);
  for (const detail of snapshot.entityDetails ?? []) {
    if (detail.Arn === arn) entry.servicesWithEntities[detail.ServiceNamespace] = detail.EntityDetailsList;
  }
  const granting = snapshot.policiesGranting?.find((p) => p.Arn === arn);
  if (granting) {
    entry.policiesGranting = Object.fromEntries(
      granting.PoliciesGrantingServiceAccess.map((g) => [g.ServiceNamespace, g.Policies]),
    );
  }
}
