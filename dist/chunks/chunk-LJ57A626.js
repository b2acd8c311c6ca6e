import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  MAX_ITEMS,
  _ep0,
  _mw0,
  abortOption,
  command,
  toPlain
} from "./chunk-U7HWZH6S.js";
import {
  CALL_PRIORITY
} from "./chunk-GFKYLCAV.js";
import {
  GetAccessKeyLastUsed$,
  ListAccessKeys$
} from "./chunk-KCBKFKFM.js";

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetAccessKeyLastUsedCommand.js
var GetAccessKeyLastUsedCommand = class extends command(_ep0, _mw0, "GetAccessKeyLastUsed", GetAccessKeyLastUsed$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListAccessKeysCommand.js
var ListAccessKeysCommand = class extends command(_ep0, _mw0, "ListAccessKeys", ListAccessKeys$) {
};

// src/usage/access-keys.ts
async function accessKeyLastUsed(iam, scheduler, accessKeyId) {
  const answer = await scheduler.call(
    "GetAccessKeyLastUsed",
    CALL_PRIORITY.extra,
    (signal) => iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), abortOption(signal))
  );
  const used = toPlain(answer.AccessKeyLastUsed ?? {});
  return {
    ...answer.UserName ? { UserName: answer.UserName } : {},
    AccessKeyLastUsed: {
      ...used.LastUsedDate ? { LastUsedDate: used.LastUsedDate } : {},
      ServiceName: used.ServiceName ?? "N/A",
      Region: used.Region ?? "N/A"
    }
  };
}
async function accessKeysOf(iam, scheduler, userName) {
  const keys = [];
  let marker;
  do {
    const pageMarker = marker;
    const page = await scheduler.call(
      "ListAccessKeys",
      CALL_PRIORITY.extra,
      (signal) => iam.send(
        new ListAccessKeysCommand({
          UserName: userName,
          MaxItems: MAX_ITEMS,
          ...pageMarker ? { Marker: pageMarker } : {}
        }),
        abortOption(signal)
      )
    );
    for (const key of page.AccessKeyMetadata ?? []) {
      if (!key.AccessKeyId) continue;
      keys.push({
        UserName: key.UserName ?? userName,
        AccessKeyId: key.AccessKeyId,
        Status: key.Status ?? "Active",
        ...key.CreateDate ? { CreateDate: key.CreateDate.toISOString() } : {}
      });
    }
    marker = page.IsTruncated ? page.Marker : void 0;
  } while (marker);
  return Promise.all(
    keys.map(async (key) => {
      const used = await accessKeyLastUsed(iam, scheduler, key.AccessKeyId);
      return { ...key, AccessKeyLastUsed: used.AccessKeyLastUsed };
    })
  );
}

export {
  accessKeyLastUsed,
  accessKeysOf
};
//# sourceMappingURL=chunk-LJ57A626.js.map
