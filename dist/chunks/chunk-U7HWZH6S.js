import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  CALL_PRIORITY
} from "./chunk-GFKYLCAV.js";
import {
  GenerateServiceLastAccessedDetails$,
  GetServiceLastAccessedDetails$,
  GetServiceLastAccessedDetailsWithEntities$,
  commonParams
} from "./chunk-KCBKFKFM.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-MPC2C2CM.js";

// node_modules/@aws-sdk/client-iam/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSIdentityManagementV20100508", "IAMClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-iam/dist-es/commands/GenerateServiceLastAccessedDetailsCommand.js
var GenerateServiceLastAccessedDetailsCommand = class extends command(_ep0, _mw0, "GenerateServiceLastAccessedDetails", GenerateServiceLastAccessedDetails$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetServiceLastAccessedDetailsCommand.js
var GetServiceLastAccessedDetailsCommand = class extends command(_ep0, _mw0, "GetServiceLastAccessedDetails", GetServiceLastAccessedDetails$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetServiceLastAccessedDetailsWithEntitiesCommand.js
var GetServiceLastAccessedDetailsWithEntitiesCommand = class extends command(_ep0, _mw0, "GetServiceLastAccessedDetailsWithEntities", GetServiceLastAccessedDetailsWithEntities$) {
};

// src/usage/jobs.ts
var MAX_ITEMS = 1e3;
var JobFailedError = class extends Error {
  constructor(error, answer = {}) {
    super(`the report job FAILED (${error?.Code ?? "no code"}: ${error?.Message ?? "no message"})`);
    this.error = error;
    this.job = {
      JobStatus: "FAILED",
      ...answer.JobType ? { JobType: answer.JobType } : {},
      ...answer.JobCreationDate ? { JobCreationDate: answer.JobCreationDate.toISOString() } : {},
      ServicesLastAccessed: [],
      ...answer.JobCompletionDate ? { JobCompletionDate: answer.JobCompletionDate.toISOString() } : {},
      Error: {
        ...error?.Code ? { Code: error.Code } : {},
        ...error?.Message ? { Message: error.Message } : {}
      }
    };
  }
  error;
  name = "JobFailedError";
  job;
};
function toPlain(value) {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => toPlain(v));
  if (value && typeof value === "object") {
    const out = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === "$metadata" || child === void 0) continue;
      out[key] = toPlain(child);
    }
    return out;
  }
  return value;
}
var DATE_KEYS = /(Date|^LastAuthenticated|^LastAccessedTime)$/;
function awsCliDate(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const ms = date.getUTCMilliseconds();
  return `${date.toISOString().slice(0, 19)}${ms ? `.${String(ms).padStart(3, "0")}000` : ""}+00:00`;
}
function asAwsCliOutput(value) {
  if (Array.isArray(value)) return value.map((v) => asAwsCliOutput(v));
  if (value && typeof value === "object") {
    const out = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] = typeof child === "string" && DATE_KEYS.test(key) ? awsCliDate(child) : asAwsCliOutput(child);
    }
    return out;
  }
  return value;
}
function abortOption(signal) {
  return signal ? { abortSignal: signal } : {};
}
var PollTiming = class {
  constructor(initialMs = 1e3, maxIntervalMs = 1e4, random = Math.random) {
    this.initialMs = initialMs;
    this.maxIntervalMs = maxIntervalMs;
    this.random = random;
  }
  initialMs;
  maxIntervalMs;
  random;
  observed = 0;
  firstDelayMs() {
    return this.observed > 0 ? Math.min(this.maxIntervalMs, this.observed * 1.05) : this.initialMs;
  }
  /** After an IN_PROGRESS answer for a job generated `elapsedMs` ago. */
  nextDelayMs(elapsedMs) {
    const expected = this.observed * 1.05 - elapsedMs;
    const base = expected >= 250 ? expected : Math.max(250, elapsedMs / 2) * (0.8 + 0.4 * this.random());
    return Math.min(this.maxIntervalMs, base);
  }
  observe(durationMs) {
    if (durationMs > this.observed) this.observed = durationMs;
  }
};
var LAST_POLL_MARGIN_MS = 500;
async function runReportJob(iam, scheduler, arn, granularity, timing, onStage = () => {
}) {
  onStage("generating the report job");
  const generated = await scheduler.call(
    "GenerateServiceLastAccessedDetails",
    CALL_PRIORITY.generate,
    (signal) => iam.send(
      new GenerateServiceLastAccessedDetailsCommand({ Arn: arn, Granularity: granularity }),
      abortOption(signal)
    )
  );
  const jobId = generated.JobId;
  if (!jobId) throw new Error("GenerateServiceLastAccessedDetails returned no JobId");
  onStage("waiting for the report job (IN_PROGRESS)");
  const generatedAt = scheduler.now();
  let delay = timing.firstDelayMs();
  for (let attempt = 1; ; attempt++) {
    const lastPollIn = scheduler.remainingMs() - LAST_POLL_MARGIN_MS;
    if (lastPollIn <= 0 && attempt > 1) await scheduler.wait(scheduler.remainingMs());
    await scheduler.wait(Math.max(0, Math.min(delay, lastPollIn)));
    const first = await scheduler.call(
      "GetServiceLastAccessedDetails",
      CALL_PRIORITY.poll,
      (signal) => iam.send(
        new GetServiceLastAccessedDetailsCommand({ JobId: jobId, MaxItems: MAX_ITEMS }),
        abortOption(signal)
      )
    );
    if (first.JobStatus === "IN_PROGRESS") {
      delay = timing.nextDelayMs(scheduler.now() - generatedAt);
      continue;
    }
    if (first.JobStatus === "FAILED") throw new JobFailedError(first.Error, first);
    if (first.JobCreationDate && first.JobCompletionDate) {
      timing.observe(first.JobCompletionDate.getTime() - first.JobCreationDate.getTime());
    }
    onStage("reading the report pages");
    const services = toPlain(first.ServicesLastAccessed ?? []);
    let marker = first.IsTruncated ? first.Marker : void 0;
    while (marker) {
      const pageMarker = marker;
      const page = await scheduler.call(
        "GetServiceLastAccessedDetails",
        CALL_PRIORITY.page,
        (signal) => iam.send(
          new GetServiceLastAccessedDetailsCommand({ JobId: jobId, MaxItems: MAX_ITEMS, Marker: pageMarker }),
          abortOption(signal)
        )
      );
      services.push(...toPlain(page.ServicesLastAccessed ?? []));
      marker = page.IsTruncated ? page.Marker : void 0;
    }
    const report = { Arn: arn, JobStatus: "COMPLETED", ServicesLastAccessed: services };
    if (first.JobType) report.JobType = first.JobType;
    if (first.JobCreationDate) report.JobCreationDate = first.JobCreationDate.toISOString();
    if (first.JobCompletionDate) report.JobCompletionDate = first.JobCompletionDate.toISOString();
    return { jobId, report };
  }
}
async function entitiesForService(iam, scheduler, jobId, namespace) {
  const details = [];
  let marker;
  do {
    const pageMarker = marker;
    const page = await scheduler.call(
      "GetServiceLastAccessedDetailsWithEntities",
      CALL_PRIORITY.page,
      (signal) => iam.send(
        new GetServiceLastAccessedDetailsWithEntitiesCommand({
          JobId: jobId,
          ServiceNamespace: namespace,
          MaxItems: MAX_ITEMS,
          ...pageMarker ? { Marker: pageMarker } : {}
        }),
        abortOption(signal)
      )
    );
    if (page.JobStatus === "FAILED") throw new JobFailedError(page.Error);
    details.push(...toPlain(page.EntityDetailsList ?? []));
    marker = page.IsTruncated ? page.Marker : void 0;
  } while (marker);
  return details;
}

export {
  command,
  _ep0,
  _mw0,
  MAX_ITEMS,
  JobFailedError,
  toPlain,
  awsCliDate,
  asAwsCliOutput,
  abortOption,
  PollTiming,
  runReportJob,
  entitiesForService
};
//# sourceMappingURL=chunk-U7HWZH6S.js.map
