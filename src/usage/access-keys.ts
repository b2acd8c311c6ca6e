// A user's access keys and when each was last used, keeping IAM's meanings: no LastUsedDate means never used (or not
// since tracking began on 2015-04-22), and then ServiceName and Region are "N/A".
import { GetAccessKeyLastUsedCommand, type IAMClient, ListAccessKeysCommand } from '@aws-sdk/client-iam';
import { abortOption, MAX_ITEMS, toPlain } from './jobs.js';
import type { AccessKeyUsage } from './model.js';
import { CALL_PRIORITY, type Scheduler } from './scheduler.js';

export async function accessKeyLastUsed(
  iam: IAMClient,
  scheduler: Scheduler,
  accessKeyId: string,
): Promise<{ UserName?: string; AccessKeyLastUsed: AccessKeyUsage['AccessKeyLastUsed'] }> {
  const answer = await scheduler.call('GetAccessKeyLastUsed', CALL_PRIORITY.extra, (signal) =>
    iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), abortOption(signal)),
  );
  const used = toPlain<Partial<AccessKeyUsage['AccessKeyLastUsed']>>(answer.AccessKeyLastUsed ?? {});
  return {
    ...(answer.UserName ? { UserName: answer.UserName } : {}),
    AccessKeyLastUsed: {
      ...(used.LastUsedDate ? { LastUsedDate: used.LastUsedDate } : {}),
      ServiceName: used.ServiceName ?? 'N/A',
      Region: used.Region ?? 'N/A',
    },
  };
}

/** Every key of `userName` (all pages) with its last use. */
export async function accessKeysOf(
  iam: IAMClient,
  scheduler: Scheduler,
  userName: string,
): Promise<AccessKeyUsage[]> {
  const keys: {
    AccessKeyId: string;
    Status: AccessKeyUsage['Status'];
    CreateDate?: string;
    UserName: string;
  }[] = [];
  let marker: string | undefined;
  do {
    const pageMarker = marker;
    const page = await scheduler.call('ListAccessKeys', CALL_PRIORITY.extra, (signal) =>
      iam.send(
        new ListAccessKeysCommand({
          UserName: userName,
          MaxItems: MAX_ITEMS,
          ...(pageMarker ? { Marker: pageMarker } : {}),
        }),
        abortOption(signal),
      ),
    );
    for (const key of page.AccessKeyMetadata ?? []) {
      if (!key.AccessKeyId) continue;
      keys.push({
        UserName: key.UserName ?? userName,
        AccessKeyId: key.AccessKeyId,
        Status: (key.Status ?? 'Active') as AccessKeyUsage['Status'],
        ...(key.CreateDate ? { CreateDate: key.CreateDate.toISOString() } : {}),
      });
    }
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return Promise.all(
    keys.map(async (key) => {
      const used = await accessKeyLastUsed(iam, scheduler, key.AccessKeyId);
      return { ...key, AccessKeyLastUsed: used.AccessKeyLastUsed };
    }),
  );
}
