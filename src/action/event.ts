// What the triggering event asks us to compare: a pull request, a merge-queue group, a push, or the whole repository.

/** Payload fields we read; everything is optional because payloads differ by event and by GitHub version. */
interface EventPayload {
  number?: number;
  before?: string;
  after?: string;
  pull_request?: {
    number?: number;
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  };
  merge_group?: { base_sha?: string; head_sha?: string };
  repository?: { full_name?: string };
}

export type EventScope =
  | {
      kind: 'pull_request';
      event: string;
      number: number;
      baseSha: string;
      headSha: string;
      /** The head branch lives in another repository: no secrets, a read-only token. */
      fork: boolean;
    }
  | { kind: 'merge_group'; event: string; baseSha: string; headSha: string }
  | { kind: 'push'; event: string; baseSha: string; headSha: string }
  /** No base to compare with: check every file at the current commit. */
  | { kind: 'repository'; event: string; headSha: string; reason: string };

const ZERO_SHA = /^0+$/;

export function describeEvent(
  eventName: string,
  payload: unknown,
  sha: string,
  repository: string,
): EventScope {
  const p = (payload ?? {}) as EventPayload;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = p.pull_request;
    const number = pr?.number ?? p.number;
    const baseSha = pr?.base?.sha;
    const headSha = pr?.head?.sha;
    if (number && baseSha && headSha) {
      const baseRepo = pr?.base?.repo?.full_name ?? p.repository?.full_name ?? repository;
      // A deleted fork leaves `head.repo` null: still a fork.
      const headRepo = pr?.head?.repo === null ? null : (pr?.head?.repo?.full_name ?? baseRepo);
      return {
        kind: 'pull_request',
        event: eventName,
        number,
        baseSha,
        headSha,
        fork: headRepo !== baseRepo,
      };
    }
    return {
      kind: 'repository',
      event: eventName,
      headSha: sha,
      reason: 'the event payload has no pull request',
    };
  }
  if (eventName === 'merge_group' && p.merge_group?.base_sha && p.merge_group.head_sha) {
    return {
      kind: 'merge_group',
      event: eventName,
      baseSha: p.merge_group.base_sha,
      headSha: p.merge_group.head_sha,
    };
  }
  if (eventName === 'push') {
    const headSha = p.after && !ZERO_SHA.test(p.after) ? p.after : sha;
    if (p.before && !ZERO_SHA.test(p.before))
      return { kind: 'push', event: eventName, baseSha: p.before, headSha };
    return {
      kind: 'repository',
      event: eventName,
      headSha,
      reason: 'a new branch or tag has no previous commit',
    };
  }
  return {
    kind: 'repository',
    event: eventName,
    headSha: sha,
    reason:
      eventName === 'workflow_dispatch' ? 'a manual run checks the whole repository' : `event '${eventName}'`,
  };
}
