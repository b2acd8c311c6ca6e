import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  defaultCacheDir
} from "./chunk-37G5MGLB.js";
import {
  RetryBudgetError,
  Scheduler
} from "./chunk-GFKYLCAV.js";
import {
  jsonDocument
} from "./chunk-6GC2L5S6.js";
import {
  nearest
} from "./chunk-7F5SETJ2.js";
import {
  RULES,
  unjudgedCauses
} from "./chunk-PUX2MLRJ.js";
import {
  ruleHelpUri
} from "./chunk-2RVL4NVX.js";
import "./chunk-F7X5GEDP.js";
import {
  bundledPoliciesFor
} from "./chunk-BCIBQX6Q.js";
import {
  emptyUsage
} from "./chunk-ATOTXTKG.js";
import {
  buildSnapshot,
  entityFromArn
} from "./chunk-NDXWQF3A.js";
import {
  parseIamArn
} from "./chunk-R5BDUPL3.js";
import {
  awsEnvironmentError,
  awsErrorCode,
  collectionFailureMessage,
  requireCredentials
} from "./chunk-CXI7UASZ.js";
import {
  usageView
} from "./chunk-TB53CU5I.js";
import "./chunk-3AEIT2PU.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import {
  entityKey
} from "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import {
  diagnosticLine,
  inertChunk,
  inertJson,
  terminalLines,
  terminalText
} from "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import {
  plural
} from "./chunk-3YVYB553.js";
import {
  VERSION,
  VERSION_FLAGS
} from "./chunk-4OTJ2ZHJ.js";
import {
  UserError,
  errorMessage
} from "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, argv) {
  const options = {
    help: { type: "boolean", short: "h" }
  };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...spec.multiple ? { multiple: true } : {},
      ...spec.short ? { short: spec.short } : {}
    };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    if (!values["help"]) checkChoices(command, values);
    return { values, positionals };
  } catch (error) {
    if (error instanceof UserError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const guess = nearest(unknown.replace(/^-+/, ""), Object.keys(options));
      throw new UserError(
        `unknown option ${unknown} for '${command.name}'${guess ? ` (did you mean --${guess}?)` : ""}. See 'iam-usage-guard ${command.name} --help'.`
      );
    }
    throw new UserError(
      `${message.replace(/\. To specify.*$/s, "")}. See 'iam-usage-guard ${command.name} --help'.`
    );
  }
}
function checkChoices(command, values) {
  for (const [name, spec] of Object.entries(command.options)) {
    const value = values[name];
    if (!spec.choices || value === void 0 || typeof value === "boolean") continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (spec.choices.includes(one)) continue;
      const guess = nearest(one, spec.choices);
      throw new UserError(
        `--${name} must be one of ${spec.choices.join(", ")}, not '${one}'${guess ? ` (did you mean ${guess}?)` : ""}. See 'iam-usage-guard ${command.name} --help'.`
      );
    }
  }
}
function commandHelp(command) {
  const lines = [`Usage: ${command.usage}`, "", ...wrap("", command.summary, HELP_WIDTH), "", "Options:"];
  const entries = [
    ...Object.entries(command.options),
    ["help", { type: "boolean", short: "h", description: "Show this help." }]
  ];
  const left = entries.map(([name, spec]) => {
    const value = spec.value ?? (spec.choices ? name.toUpperCase().replace(/-/g, "_") : "VALUE");
    return `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.type === "string" ? ` ${value}` : ""}`;
  });
  const width = Math.max(...left.map((l) => l.length)) + 2;
  entries.forEach(([, spec], i) => {
    const repeat = spec.multiple && !/repeatable/i.test(spec.description) ? " (repeatable)" : "";
    const choices = spec.choices ? ` One of: ${spec.choices.join(", ")}.` : "";
    lines.push(...wrap(`  ${left[i].padEnd(width)}`, `${spec.description}${repeat}${choices}`, HELP_WIDTH));
  });
  if (command.examples.length > 0) {
    lines.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  }
  return `${lines.join("\n")}
`;
}
var HELP_WIDTH = 100;
function wrap(prefix, text, width) {
  const room = Math.max(30, width - prefix.length);
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.map((l, i) => `${i === 0 ? prefix : " ".repeat(prefix.length)}${l}`);
}

// src/cli/commands/report.ts
var IAM_CONNECTION_OPTIONS = {
  "endpoint-url": {
    type: "string",
    value: "URL",
    description: "IAM endpoint (e.g. a local IAM endpoint)."
  },
  region: {
    type: "string",
    value: "REGION",
    description: "AWS region (IAM is global; default us-east-1)."
  }
};
var reportCommand = {
  name: "report",
  summary: "Generate, wait for and print the whole service last accessed report of one ARN (AWS CLI-shaped JSON).",
  usage: "iam-usage-guard report --arn ARN [--granularity SERVICE_LEVEL|ACTION_LEVEL] [--endpoint-url URL] [--region REGION]",
  examples: [
    "iam-usage-guard report --arn arn:aws:iam::123456789012:role/app-role",
    'iam-usage-guard report --arn arn:aws:iam::123456789012:role/app-role --granularity SERVICE_LEVEL | jq ".ServicesLastAccessed[] | select(.LastAuthenticated == null) | .ServiceNamespace"'
  ],
  options: {
    arn: { type: "string", value: "ARN", description: "The role, user, group or policy ARN." },
    granularity: {
      type: "string",
      value: "LEVEL",
      choices: ["ACTION_LEVEL", "SERVICE_LEVEL"],
      description: "ACTION_LEVEL (default: tracked actions too) or SERVICE_LEVEL."
    },
    ...IAM_CONNECTION_OPTIONS,
    timeout: { type: "string", value: "SECONDS", description: "Give up after this long (default 300)." }
  },
  run: runReport
};
function granularityOf(value) {
  return value === "SERVICE_LEVEL" ? "SERVICE_LEVEL" : "ACTION_LEVEL";
}
function timeoutMs(value, fallbackSeconds) {
  if (value === void 0) return fallbackSeconds * 1e3;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UserError(`--timeout must be a number of seconds, got ${String(value)}`);
  return seconds * 1e3;
}
function clientOptions(values, io) {
  const endpointUrl = values["endpoint-url"];
  const region = values["region"];
  return {
    env: io.env,
    ...typeof endpointUrl === "string" ? { endpointUrl } : {},
    ...typeof region === "string" ? { region } : {}
  };
}
function commandScheduler(io, deadlineMs, refresh) {
  return new Scheduler({
    requestsPerSecond: 10,
    maxInFlight: 4,
    maxRetries: 8,
    baseBackoffMs: 250,
    maxBackoffMs: 1e4,
    deadlineAt: Date.now() + deadlineMs,
    clock: () => /* @__PURE__ */ new Date(),
    ...io.sleep ? { sleep: io.sleep } : {},
    refreshCredentials: refresh
  });
}
async function runReport(args, io) {
  const arn = args.values["arn"];
  if (typeof arn !== "string")
    throw new UserError("--arn ARN is required. See 'iam-usage-guard report --help'.");
  if (!parseIamArn(arn)) {
    throw new UserError(
      `--arn must be an IAM role, user, group or policy ARN (arn:aws:iam::123456789012:role/name), got ${arn}`
    );
  }
  if (args.positionals.length > 0)
    throw new UserError(`unexpected argument ${args.positionals[0]}; use --arn ARN`);
  const granularity = granularityOf(args.values["granularity"]);
  const deadlineMs = timeoutMs(args.values["timeout"], 300);
  const [
    { createAwsClients, refreshCredentials },
    { asAwsCliOutput, JobFailedError, PollTiming, runReportJob }
  ] = await Promise.all([import("./clients-5D2SEIDG.js"), import("./jobs-Z3QWD2UN.js")]);
  const clients = createAwsClients(clientOptions(args.values, io));
  await requireCredentials(clients);
  const scheduler = commandScheduler(io, deadlineMs, () => refreshCredentials(clients));
  try {
    const { report } = await runReportJob(clients.iam, scheduler, arn, granularity, new PollTiming(1e3));
    const output = {
      JobStatus: report.JobStatus,
      JobType: report.JobType,
      JobCreationDate: report.JobCreationDate,
      ServicesLastAccessed: report.ServicesLastAccessed,
      JobCompletionDate: report.JobCompletionDate,
      IsTruncated: false
    };
    io.stdout.write(`${JSON.stringify(asAwsCliOutput(output), null, 4)}
`);
    return 0;
  } catch (error) {
    if (error instanceof JobFailedError) {
      const { job } = error;
      const failed = {
        JobStatus: job.JobStatus,
        JobType: job.JobType ?? granularity,
        ...job.JobCreationDate ? { JobCreationDate: job.JobCreationDate } : {},
        ServicesLastAccessed: job.ServicesLastAccessed,
        ...job.JobCompletionDate ? { JobCompletionDate: job.JobCompletionDate } : {},
        Error: job.Error
      };
      io.stdout.write(`${JSON.stringify(asAwsCliOutput(failed), null, 4)}
`);
      throw new UserError(
        `the report job for ${arn} FAILED: ${error.error?.Code ?? ""} ${error.error?.Message ?? ""}`.trim()
      );
    }
    if (error instanceof RetryBudgetError && error.throttled) {
      throw new UserError(`AWS kept throttling: ${error.message}; try again later`);
    }
    if (error?.name === "DeadlineError") {
      throw new UserError(`the report for ${arn} was not ready within ${deadlineMs / 1e3} s (--timeout)`);
    }
    const code = awsErrorCode(error);
    if (code === "NoSuchEntity" || code === "InvalidInput" || code === "ValidationError") {
      throw new UserError(`${code}: ${error.message}`);
    }
    throw awsEnvironmentError(error, "iam:GenerateServiceLastAccessedDetails / GetServiceLastAccessedDetails") ?? error;
  }
}

// src/cli/commands/access-key.ts
var accessKeyCommand = {
  name: "access-key",
  summary: "Print when an access key, or every key of a user, was last used (AWS CLI-shaped JSON).",
  usage: "iam-usage-guard access-key --access-key-id ID | --user NAME [--endpoint-url URL] [--region REGION]",
  examples: [
    "iam-usage-guard access-key --access-key-id AKIAIOSFODNN7EXAMPLE",
    'iam-usage-guard access-key --user deploy-bot | jq ".[] | select(.AccessKeyLastUsed.LastUsedDate == null)"'
  ],
  options: {
    "access-key-id": {
      type: "string",
      value: "ID",
      description: "One access key id (GetAccessKeyLastUsed)."
    },
    user: {
      type: "string",
      value: "NAME",
      description: "Every key of this IAM user: a list, one entry per key."
    },
    ...IAM_CONNECTION_OPTIONS
  },
  run: runAccessKey
};
async function runAccessKey(args, io) {
  const keyId = args.values["access-key-id"];
  const user = args.values["user"];
  if (typeof keyId === "string" === (typeof user === "string")) {
    throw new UserError(
      "give exactly one of --access-key-id ID or --user NAME. See 'iam-usage-guard access-key --help'."
    );
  }
  const [{ createAwsClients, refreshCredentials }, { accessKeyLastUsed, accessKeysOf }, { asAwsCliOutput }] = await Promise.all([
    import("./clients-5D2SEIDG.js"),
    import("./access-keys-BOOW7XZ2.js"),
    import("./jobs-Z3QWD2UN.js")
  ]);
  const clients = createAwsClients(clientOptions(args.values, io));
  await requireCredentials(clients);
  const scheduler = commandScheduler(io, 12e4, () => refreshCredentials(clients));
  try {
    const output = typeof keyId === "string" ? await accessKeyLastUsed(clients.iam, scheduler, keyId) : await accessKeysOf(clients.iam, scheduler, user);
    io.stdout.write(`${JSON.stringify(asAwsCliOutput(output), null, 4)}
`);
    return 0;
  } catch (error) {
    if (awsErrorCode(error) === "NoSuchEntity")
      throw new UserError(`NoSuchEntity: ${error.message}`);
    throw awsEnvironmentError(
      error,
      typeof keyId === "string" ? "iam:GetAccessKeyLastUsed" : "iam:ListAccessKeys / iam:GetAccessKeyLastUsed"
    ) ?? error;
  }
}

// src/cli/commands/check.ts
import { writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/cli/scan-args.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

// src/cli/progress.ts
var CLEAR_LINE = "\r\x1B[K";
function createProgress(stream, options) {
  const now = options.now ?? (() => Date.now());
  const intervalMs = options.intervalMs ?? 1e4;
  const repaintMs = options.repaintMs ?? 100;
  const label = options.label ?? "usage reports";
  const startedAt = now();
  let lastWriteAt = null;
  let lastLine = "";
  let lineOnScreen = false;
  let finished2 = false;
  const callback = ((event) => {
    if (finished2 || event.total <= 0) return;
    const line = describe(label, event);
    const at = now();
    const complete = event.done >= event.total;
    if (options.isTTY) {
      if (!complete && lastWriteAt !== null && at - lastWriteAt < repaintMs) return;
      if (line === lastLine) return;
      stream.write(`${CLEAR_LINE}${line}`);
      lineOnScreen = true;
    } else {
      const due = lastWriteAt === null ? at - startedAt >= intervalMs : at - lastWriteAt >= intervalMs;
      if (!(due || complete && lastWriteAt !== null) || line === lastLine) return;
      stream.write(`${line}
`);
    }
    lastWriteAt = at;
    lastLine = line;
  });
  callback.finish = () => {
    if (finished2) return;
    finished2 = true;
    if (options.isTTY && lineOnScreen) stream.write(CLEAR_LINE);
  };
  return callback;
}
function describe(label, event) {
  const parts = [`${label}: ${event.done}/${plural(event.total, "entity")}`];
  if (event.throttled > 0) {
    parts.push(`${event.throttled} throttling ${event.throttled === 1 ? "retry" : "retries"}`);
  }
  parts.push(`${formatElapsed(event.elapsedMs)} elapsed`);
  return `iam-usage-guard: ${parts.join(", ")}`;
}
function formatElapsed(ms) {
  const seconds = Math.max(0, Math.floor(ms / 1e3));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`;
}

// src/cli/scan-args.ts
var SCAN_OPTIONS = {
  base: {
    type: "string",
    value: "REF",
    description: "Compare with the same files at this git ref (default: merge base with the default branch)."
  },
  "no-base": {
    type: "boolean",
    description: "Do not compare with a base; judge every entity as it stands."
  },
  "base-path": {
    type: "string",
    multiple: true,
    value: "DIR",
    description: "A base artifact built from the base commit (e.g. `cdk synth -o cdk.out.base` in a worktree of it): compared with before the git base."
  },
  config: {
    type: "string",
    value: "FILE",
    description: "Configuration file (default .github/iam-usage-guard.yml)."
  },
  snapshot: {
    type: "string",
    multiple: true,
    value: "FILE",
    description: "Use last-accessed data from this snapshot; no AWS calls. Repeatable (one per account): merged, the newest report of an ARN wins."
  },
  "endpoint-url": {
    type: "string",
    value: "URL",
    description: "IAM/STS/CloudFormation endpoint (e.g. the local IAM endpoint)."
  },
  region: { type: "string", value: "REGION", description: "AWS region (default AWS_REGION)." },
  "no-cache": { type: "boolean", description: "Ignore cached reports: ask IAM afresh for every entity." }
};
function credentialSource(env) {
  if (env["AWS_ACCESS_KEY_ID"] && env["AWS_SECRET_ACCESS_KEY"]) return "environment";
  if (env["AWS_PROFILE"]) return `profile ${env["AWS_PROFILE"]}`;
  if (env["AWS_WEB_IDENTITY_TOKEN_FILE"]) return "web identity";
  if (env["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] || env["AWS_CONTAINER_CREDENTIALS_FULL_URI"])
    return "container";
  const home = env["HOME"] ?? env["USERPROFILE"];
  if (env["AWS_SHARED_CREDENTIALS_FILE"] && existsSync(env["AWS_SHARED_CREDENTIALS_FILE"]))
    return "credentials file";
  if (env["AWS_CONFIG_FILE"] && existsSync(env["AWS_CONFIG_FILE"])) return "config file";
  if (home && (existsSync(path.join(home, ".aws", "credentials")) || existsSync(path.join(home, ".aws", "config")))) {
    return "shared config";
  }
  return null;
}
var NO_USAGE_HELP = "no AWS credentials found and no --snapshot given: only rules that need no usage data ran. To compare with real usage, configure AWS credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or aws-actions/configure-aws-credentials in CI) with the permissions in the README, or pass --snapshot FILE written by 'iam-usage-guard snapshot'.";
function snapshotPaths(value) {
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}
async function judgedBy(modules, v, io, command, noBase) {
  if (v["base"] && v["no-base"]) throw new UserError("--base and --no-base cannot be used together");
  const revisions = await modules.resolveRevisions(
    io.cwd,
    noBase || v["no-base"] ? { kind: "none" } : v["base"] ? { kind: "ref", ref: v["base"] } : { kind: "auto" },
    { env: io.env }
  );
  const trusted = await modules.loadTrustedInputs(
    revisions,
    io.cwd,
    {
      config: v["config"] ?? null,
      snapshots: snapshotPaths(v["snapshot"])
    },
    { now: /* @__PURE__ */ new Date() }
  );
  for (const notice of trusted.notices) io.stderr.write(`iam-usage-guard ${command}: ${notice}
`);
  return { revisions, trusted };
}
async function liveUsage(v, io, command) {
  if (!credentialSource(io.env)) {
    io.stderr.write(`iam-usage-guard ${command}: ${NO_USAGE_HELP}
`);
    return {
      aws: null,
      usageUnavailableReason: "no AWS credentials found and no --snapshot given; only rules that need no usage data ran"
    };
  }
  const endpointUrl = v["endpoint-url"];
  const region = v["region"];
  const { createAwsClients } = await import("./clients-5D2SEIDG.js");
  const aws = createAwsClients({
    env: io.env,
    ...endpointUrl ? { endpointUrl } : {},
    ...region ? { region } : {}
  });
  return { aws, usageUnavailableReason: void 0 };
}
async function scanWithArgs(modules, args, io, command, failOn, { noBase = false, planEdits = true } = {}) {
  const v = args.values;
  const { revisions, trusted } = await judgedBy(modules, v, io, command, noBase);
  const snapshot = trusted.snapshot ?? void 0;
  const { aws, usageUnavailableReason } = snapshot ? { aws: null, usageUnavailableReason: void 0 } : await liveUsage(v, io, command);
  const cacheDir = aws && v["no-cache"] !== true ? defaultCacheDir(io.env, process.platform, io.env["HOME"] || homedir()) : null;
  const progress = createProgress(io.stderr, { isTTY: io.stderr.isTTY === true });
  try {
    const result = await modules.scan({
      cwd: io.cwd,
      paths: args.positionals,
      revisions,
      base: noBase || v["no-base"] ? null : v["base"] ?? "auto",
      staged: v["staged"] === true,
      ...v["base-path"] ? { baseArtifacts: v["base-path"] } : {},
      config: trusted.config,
      ...snapshot ? { snapshot } : {},
      aws,
      ...usageUnavailableReason ? { usageUnavailableReason } : {},
      onProgress: progress,
      ...io.sleep ? { sleep: io.sleep } : {},
      ...io.clock ? { clock: io.clock } : {},
      failOn,
      ...cacheDir ? { cacheDir } : {},
      planEdits
    });
    return { result, trusted };
  } finally {
    progress.finish();
  }
}

// src/cli/write.ts
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
async function writeChunks(out, chunks) {
  for (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, "drain");
  }
}
async function writeChunksToFile(file, chunks) {
  const out = createWriteStream(file);
  try {
    await writeChunks(out, chunks);
  } finally {
    out.end();
  }
  await finished(out);
}

// src/cli/commands/check.ts
function loadCheck() {
  return Promise.all([
    import("./change-YMCU3NWL.js"),
    import("./trusted-P3RT2W5Y.js"),
    import("./pipeline-GRKJ5BXL.js"),
    import("./json-L6MQAQAD.js"),
    import("./markdown-XDJBKWUD.js"),
    import("./sarif-AKB44DBM.js"),
    import("./text-TUG2XGWF.js")
  ]).then(([change, trusted, pipeline, json, markdown, sarif, text]) => ({
    resolveRevisions: change.resolveRevisions,
    loadTrustedInputs: trusted.loadTrustedInputs,
    scan: pipeline.scan,
    renderJson: json.renderJson,
    jsonReportChunks: json.jsonReportChunks,
    renderMarkdown: markdown.renderMarkdown,
    renderSarif: sarif.renderSarif,
    renderText: text.renderText,
    textChunks: text.textChunks,
    verdict: text.verdict
  }));
}
function render({ renderJson, renderMarkdown, renderSarif, renderText }, format, result, config, failOn, io, toFile) {
  switch (format) {
    case "json":
      return renderJson(result);
    case "sarif":
      return renderSarif(result, {
        version: VERSION,
        severities: Object.fromEntries(Object.entries(config.rules).map(([id, r]) => [id, r.severity]))
      });
    case "markdown":
      return renderMarkdown(result, {
        marker: "",
        failOn,
        blocked: result.summary.blocked,
        usageUnavailable: result.usageUnavailable
      });
    default:
      return renderText(result, textOptions(result, failOn, io, toFile));
  }
}
function textOptions(result, failOn, io, toFile) {
  const color = !toFile && io.stdout.isTTY === true && !io.env["NO_COLOR"] && io.env["TERM"] !== "dumb";
  return {
    color,
    failOn,
    displayPath: (file) => {
      const absolute = path2.resolve(result.root, file);
      const relative = path2.relative(io.cwd, absolute);
      return relative.startsWith("..") ? absolute : relative.split(path2.sep).join("/");
    }
  };
}
function tellWhatWasRead(result, cacheMaxAgeHours, configFile, positionals, io) {
  const scoped = result.read.scope === "change";
  const broken = result.diagnostics.some((d) => d.severity === "error");
  if (result.files.length === 0 && broken && !scoped && result.findings.length === 0) {
    for (const d of result.diagnostics) io.stderr.write(diagnosticLine(d));
    throw new UserError("no IaC file could be read");
  }
  const where = `${positionals.join(", ") || "."}${configFile ? ` (files from ${configFile})` : ""}`;
  if (result.files.length === 0 && !scoped) {
    io.stderr.write(`iam-usage-guard check: no IaC files found under ${where}.
`);
  } else if (result.files.length === 0 && !broken) {
    io.stderr.write(
      `iam-usage-guard check: the change touches no IaC file under ${where} (${plural(result.read.changed.length, "file")} changed since ${result.base?.slice(0, 12)}).
`
    );
  }
  const related = result.read.related;
  if (related.length > 0) {
    const listed = related.slice(0, 5).map((r) => `${terminalText(r.file)} (${r.names.join(", ")})`);
    const more = related.length > 5 ? `, and ${related.length - 5} more` : "";
    io.stderr.write(
      `iam-usage-guard check: also read ${plural(related.length, "unchanged file")} for the names the change's entities declare or attach to: ${listed.join(", ")}${more}.
`
    );
  }
  const cached = result.usageStats?.cached ?? 0;
  if (cached > 0) {
    io.stderr.write(
      `iam-usage-guard check: ${cached} report${cached === 1 ? "" : "s"} from the cache (younger than ${cacheMaxAgeHours} h); --no-cache asks IAM afresh.
`
    );
  }
  for (const artifact of result.artifacts) {
    io.stderr.write(`iam-usage-guard check: read ${artifact.path} (${artifact.why}).
`);
  }
  if (result.entities.length > 0) {
    io.stderr.write(
      result.base ? `iam-usage-guard check: compared with ${result.base.slice(0, 12)}; ${result.touched.length} of ${plural(result.entities.length, "entity")} changed.
` : `iam-usage-guard check: no base to compare with; ${result.entities.length === 1 ? "the 1 entity judged as it stands" : `all ${result.entities.length} entities judged as they stand`}.
`
    );
    for (const base of result.bases) {
      if (base.sources.length === 1 && base.sources[0] === "git") continue;
      io.stderr.write(`  ${base.file}: compared with ${base.comparedWith}
`);
    }
  }
}
var checkCommand = {
  name: "check",
  summary: "Compare what your IaC grants with what IAM says is used; exit 1 when findings reach --fail-on.",
  usage: "iam-usage-guard check [PATH...] [options]",
  examples: [
    "iam-usage-guard check",
    "iam-usage-guard check infra/ --base origin/main",
    "iam-usage-guard check --snapshot usage.json --format sarif --output results.sarif",
    "iam-usage-guard check --snapshot prod.json --snapshot staging.json",
    "iam-usage-guard check --staged --fail-on warning"
  ],
  options: {
    ...SCAN_OPTIONS,
    staged: {
      type: "boolean",
      description: "Read the files as staged in the git index (for a pre-commit hook)."
    },
    format: {
      type: "string",
      choices: ["text", "json", "markdown", "sarif"],
      description: "Output format (default text)."
    },
    output: { type: "string", value: "FILE", description: "Write the report to FILE instead of stdout." },
    "fail-on": {
      type: "string",
      choices: ["error", "warning", "notice", "never"],
      value: "SEVERITY",
      description: "Exit 1 when a finding has this severity or higher (default error)."
    }
  },
  async run(args, io) {
    const v = args.values;
    const format = v["format"] ?? "text";
    const failOn = v["fail-on"] ?? "error";
    const modules = await loadCheck();
    const { result, trusted } = await scanWithArgs(modules, args, io, "check", failOn, { planEdits: false });
    const { config, configFile } = trusted;
    tellWhatWasRead(result, config.cacheMaxAgeHours, configFile, args.positionals, io);
    const outputPath = v["output"];
    if (format === "text" || format === "json") {
      const chunks = format === "json" ? modules.jsonReportChunks(result) : modules.textChunks(result, textOptions(result, failOn, io, outputPath !== void 0));
      if (outputPath) {
        await writeChunksToFile(path2.resolve(io.cwd, outputPath), chunks);
        io.stderr.write(
          `${modules.verdict(result, { color: false, failOn })} Report written to ${outputPath}.
`
        );
      } else {
        await writeChunks(io.stdout, chunks);
      }
      return result.summary.blocked ? 1 : 0;
    }
    const text = render(modules, format, result, config, failOn, io, outputPath !== void 0);
    if (outputPath) {
      await writeFile(path2.resolve(io.cwd, outputPath), text);
      io.stderr.write(
        `${modules.verdict(result, { color: false, failOn })} Report written to ${outputPath}.
`
      );
    } else {
      io.stdout.write(text);
    }
    return result.summary.blocked ? 1 : 0;
  }
};

// src/cli/commands/fix.ts
import { existsSync as existsSync2 } from "node:fs";
import { lstat, realpath, writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";
function loadFix() {
  return Promise.all([
    import("./change-YMCU3NWL.js"),
    import("./trusted-P3RT2W5Y.js"),
    import("./pipeline-GRKJ5BXL.js"),
    import("./source-PTXK377H.js"),
    import("./apply-MVSEFN24.js"),
    import("./diff-4EAKLYFA.js"),
    import("./suggestion-FYTN5UJI.js")
  ]).then(([change, trusted, pipeline, source, apply, diff, suggestion]) => ({
    resolveRevisions: change.resolveRevisions,
    loadTrustedInputs: trusted.loadTrustedInputs,
    scan: pipeline.scan,
    worktreeSource: source.worktreeSource,
    applyStatementChanges: apply.applyStatementChanges,
    unifiedDiff: diff.unifiedDiff,
    formatSuggestion: suggestion.formatSuggestion
  }));
}
async function writeInside(root, file, text) {
  const absolute = path3.resolve(root, file);
  try {
    const stat = await lstat(absolute);
    if (!stat.isFile()) return "it is not a regular file";
    const inside = path3.relative(await realpath(root), await realpath(absolute));
    if (inside.startsWith("..") || path3.isAbsolute(inside)) return "it resolves outside the repository";
    await writeFile2(absolute, text);
    return null;
  } catch (error) {
    return `it cannot be written (${error.code ?? String(error)})`;
  }
}
function holders(edit) {
  return edit.entities.map((e) => `${e.kind} ${e.id}`).join(", ");
}
var fixCommand = {
  name: "fix",
  summary: "Rewrite the Action lists of the statements a change touches to what each entity used (or is too new to judge); exit 1 while something is left to fix.",
  usage: "iam-usage-guard fix [PATH...] [options]",
  examples: [
    "iam-usage-guard fix --dry-run",
    "iam-usage-guard fix infra/ --snapshot usage.json",
    "iam-usage-guard fix --all --snapshot usage.json"
  ],
  options: {
    ...SCAN_OPTIONS,
    "dry-run": {
      type: "boolean",
      description: "Print the edits as a unified diff on stdout; change no file."
    },
    all: {
      type: "boolean",
      description: "Every entity in the files, changed or not (no base): right-sizing the whole repository, e.g. on a schedule."
    }
  },
  async run(args, io) {
    const v = args.values;
    if (v["base"] && v["no-base"]) throw new UserError("--base and --no-base cannot be used together");
    if (v["all"] && v["base"]) throw new UserError("--all judges every entity as it stands: drop --base");
    const missing = args.positionals.filter((p) => !existsSync2(path3.resolve(io.cwd, p)));
    if (missing.length > 0) throw new UserError(`no such file or folder: ${missing.join(", ")}`);
    const modules = await loadFix();
    const { result } = await scanWithArgs(modules, args, io, "fix", "never", { noBase: v["all"] === true });
    if (result.usageUnavailable) {
      throw new UserError(`cannot tell what is unused: ${result.usageUnavailable}`);
    }
    const dryRun = v["dry-run"] === true;
    const left = [];
    const byFile = /* @__PURE__ */ new Map();
    for (const edit of result.edits) {
      if (edit.manual) left.push({ edit, reason: edit.manual });
      else byFile.set(edit.file, [...byFile.get(edit.file) ?? [], edit]);
    }
    const source = modules.worktreeSource(result.root);
    let fixed = 0;
    const changedFiles = [];
    for (const [file, edits] of byFile) {
      const text = await source.read(file);
      if (text === null) {
        for (const edit of edits) left.push({ edit, reason: `${file} cannot be read as a regular file` });
        continue;
      }
      const change = modules.applyStatementChanges(file, text, edits);
      for (const { change: edit, reason } of change.skipped) left.push({ edit, reason });
      if (change.applied.length === 0) continue;
      if (dryRun) {
        io.stdout.write(modules.unifiedDiff(file, text, change.text));
      } else {
        const refused = await writeInside(result.root, file, change.text);
        if (refused) {
          for (const edit of change.applied) left.push({ edit, reason: `${file} is not edited: ${refused}` });
          continue;
        }
      }
      fixed += change.applied.length;
      changedFiles.push(file);
    }
    const what = dryRun ? "would narrow" : "narrowed";
    io.stderr.write(
      fixed > 0 ? `iam-usage-guard fix: ${what} ${plural(fixed, "statement")} in ${plural(changedFiles.length, "file")} (${changedFiles.join(", ")}).
` : left.length === 0 ? `iam-usage-guard fix: nothing to fix; ${plural(result.touched.length, "entity")} judged${result.base ? ` against ${result.base.slice(0, 12)}` : ""}.
` : "iam-usage-guard fix: nothing could be edited in place.\n"
    );
    for (const { edit, reason } of left.sort(
      (a, b) => a.edit.file.localeCompare(b.edit.file) || a.edit.line - b.edit.line
    )) {
      const target = edit.actions.length === 0 ? "remove the statement" : `set its ${modules.formatSuggestion(edit.actions)}`;
      io.stderr.write(`${edit.file}:${edit.line} (${holders(edit)}): ${reason}; by hand: ${target}.
`);
    }
    const noData = result.entities.filter((g) => {
      const key = entityKey(g.entity);
      return result.touched.includes(key) && !result.usage.get(key)?.report;
    }).length;
    if (noData > 0) {
      io.stderr.write(
        `iam-usage-guard fix: ${plural(noData, "entity")} had no usage data and ${noData === 1 ? "was" : "were"} left as written ('iam-usage-guard check' says why).
`
      );
    }
    return left.length > 0 || dryRun && fixed > 0 ? 1 : 0;
  }
};

// src/cli/commands/grants.ts
var grantsCommand = {
  name: "grants",
  summary: "List what each IAM entity in your IaC grants (services and actions), optionally against a git ref.",
  usage: "iam-usage-guard grants [PATH...] [--base REF] [--format json|text]",
  examples: [
    "iam-usage-guard grants",
    "iam-usage-guard grants infra/ --base origin/main",
    'iam-usage-guard grants cdk.out --format json | jq ".entities[] | {id, services}"'
  ],
  options: {
    base: {
      type: "string",
      value: "REF",
      description: "Also read the same files at this git ref and show each entity's grants there (null: new)."
    },
    format: {
      type: "string",
      value: "FORMAT",
      choices: ["text", "json"],
      description: "Output format (default text)."
    }
  },
  run: runGrants
};
async function runGrants(args, io) {
  const paths = args.positionals.length > 0 ? args.positionals : ["."];
  const baseRef = typeof args.values["base"] === "string" ? args.values["base"] : null;
  const format = args.values["format"] === "json" ? "json" : "text";
  const [{ resolveChange }, { loadCatalog }, { collectGrants }, { grantsText }] = await Promise.all([
    import("./change-YMCU3NWL.js"),
    import("./catalog-4R7MEKPE.js"),
    import("./grants-KKZ2OBKC.js"),
    import("./grants-text-KJMOBFOD.js")
  ]);
  const change = await resolveChange({
    cwd: io.cwd,
    paths,
    head: { kind: "worktree" },
    base: baseRef === null ? { kind: "none" } : { kind: "ref", ref: baseRef },
    env: io.env
  });
  const { head } = change;
  const bundledPolicies = await bundledPoliciesFor([
    ...head.entities,
    ...change.baseEntities?.entities ?? []
  ]);
  const granted = collectGrants(head, change.baseEntities, { bundledPolicies });
  const sourceOf = (g) => change.bases.get(entityKey(g.entity))?.source ?? "none";
  const diagnostics = [
    ...head.diagnostics.map(toJsonDiagnostic),
    ...change.baseDiagnostics.map((d) => toJsonDiagnostic({ ...d, message: `at ${baseRef}: ${d.message}` })),
    ...unknownActionDiagnostics(granted, loadCatalog().dataVersion)
  ];
  for (const d of diagnostics) io.stderr.write(diagnosticLine(d));
  if (nothingRead(head)) {
    const where = paths.join(", ");
    io.stderr.write(
      head.files.length === 0 ? `iam-usage-guard grants: no IaC file found at ${where} (CloudFormation, CDK cloud assembly, Terraform plan JSON or policy JSON; does the path exist?).
` : `iam-usage-guard grants: nothing could be read from ${where}: every file failed to parse (see above).
`
    );
    if (format === "json")
      io.stdout.write(`${inertJson(JSON.stringify({ entities: [], diagnostics }, null, 2))}
`);
    return 2;
  }
  if (format === "json") {
    const listing = { entities: granted, diagnostics, notes: head.notes ?? [] };
    const pieces = jsonDocument(listing, {
      entities: (g) => toJsonEntity(g, baseRef !== null, sourceOf(g))
    });
    await writeChunks(
      io.stdout,
      (function* () {
        for (const piece of pieces) yield inertJson(piece);
      })()
    );
  } else {
    io.stdout.write(grantsText(granted, { baseRef, filesRead: head.files.length }));
  }
  return 0;
}
function nothingRead(result) {
  if (result.files.length === 0) return true;
  const failed = new Set(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const yielded = new Set(result.entities.map((e) => e.file));
  return result.files.every((file) => failed.has(file) && !yielded.has(file));
}
function toJsonEntity({ entity, grants, base }, withBase, baseSource = "none") {
  return {
    id: entity.id,
    kind: entity.kind,
    file: entity.file,
    line: entity.line,
    name: entity.name,
    arn: entity.arn,
    services: grants.services,
    actions: grants.actions,
    ...withBase ? { base: base ? servicesAndActions(base) : null } : {},
    baseSource,
    ...entity.managedPolicyArns.length > 0 ? { managedPolicyArns: entity.managedPolicyArns } : {},
    ...entity.managedPolicyArns.length > 0 ? {
      managedPolicies: entity.managedPolicyArns.map((arn) => ({
        arn,
        source: grants.managedPolicySources?.[arn] ?? null
      }))
    } : {},
    ...entity.groups.length > 0 ? { groups: entity.groups } : {},
    ...grants.boundary ? { permissionsBoundary: grants.boundary } : {},
    unknowns: unjudgedCauses(entity, grants).map((u) => ({
      message: u.message,
      file: u.location.file,
      line: u.location.line
    }))
  };
}
function servicesAndActions(grants) {
  return { services: grants.services, actions: grants.actions };
}
function toJsonDiagnostic(d) {
  return {
    file: d.file,
    line: d.line,
    severity: d.severity,
    message: d.message,
    ...d.entity === void 0 ? {} : { entity: d.entity }
  };
}
function unknownActionDiagnostics(granted, dataVersion) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { entity, grants } of granted) {
    for (const written of grants.unknownActions) {
      const at = grants.unknownActionSources?.[written] ?? {
        file: entity.file,
        line: entity.line,
        path: entity.path
      };
      const key = `${at.file}:${at.line}:${written}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        file: at.file,
        line: at.line,
        severity: "warning",
        message: `unknown action '${written}' in ${entity.id}: it matches no action in the IAM action catalog (iam-data ${dataVersion}); kept as written`,
        entity: entity.id
      });
    }
  }
  return out;
}

// src/cli/commands/init.ts
import { mkdir, writeFile as writeFile3 } from "node:fs/promises";
import path4 from "node:path";
function configTemplate() {
  const rules = RULES.map(
    (rule) => `  ${`${rule.id}: ${rule.defaultSeverity}`.padEnd(34)}# ${rule.description}
  #   ${ruleHelpUri(rule.id)}`
  ).join("\n");
  return `# iam-usage-guard configuration. Every option is shown at its default; delete what you do not change.
# Reference: https://github.com/iam-usage-guard/iam-usage-guard#configuration
# yaml-language-server: $schema=https://raw.githubusercontent.com/iam-usage-guard/iam-usage-guard/main/rules/config.schema.json

# Start from a preset in rules/: recommended (blocks only widened unused services) or strict (every unused grant
# blocks, missing usage data fails). Settings below override it.
extends: recommended

# A service or tracked action not used within this many days before the last-accessed report is unused.
# IAM's tracking period is 400 days; data is up to 4 hours late, which the tool accounts for.
unusedDays: 90

# An active access key of a user not used for longer than this is stale.
accessKeyMaxIdleDays: 90

# SERVICE_LEVEL or ACTION_LEVEL. ACTION_LEVEL adds tracked actions (for services IAM tracks at action level).
granularity: ACTION_LEVEL

# fail: an entity whose usage could not be had is an error finding, so the check never passes on missing data.
# warn: it is reported with the no-usage-data severity below.
onMissingData: warn

# Reuse a report younger than this many hours from the local cache (AWS's own data delay is 4 hours).
cacheMaxAgeHours: 4

# Upper bound for collecting usage data, in seconds; entities not done by then get a no-usage-data finding.
deadlineSeconds: 600

# A snapshot (--snapshot) older than this many days is refused, one older than a third of it is warned about:
# an old snapshot hides usage that changed since. Default: unusedDays.
# snapshotMaxAgeDays: 90

# Which IaC files are read (minimatch globs, relative to the repository root). Empty: the built-in defaults
# (CloudFormation templates, cdk.out, Terraform plan JSON, IAM policy JSON).
files:
  include: []
  exclude: []

# Findings to ignore; each ignored finding is still counted as suppressed in the summary.
ignore:
  entities: []   # globs over ARNs or file#id, e.g. "arn:aws:iam::*:role/legacy-*" or "infra/old.yaml#*"
  services: []   # service namespaces, e.g. "sts"
  actions: []    # actions, e.g. "s3:List*"

# Severity per rule: error, warning, notice or off; or [severity, { options }].
rules:
${rules}

# Where an entity is deployed, when the code does not say: match is a glob over file#id.
entities: []
#  - match: "infra/app.yaml#AppRole"
#    arn: arn:aws:iam::123456789012:role/app-role

# The deployed stack of a CloudFormation template (CDK assemblies name their stacks themselves).
stacks: []
#  - template: "infra/app.yaml"
#    stackName: app-prod

# Parameter values a CloudFormation template is deployed with, over its own Defaults (what it then grants).
parameters: []
#  - template: "infra/app.yaml"
#    values: { Stage: prod, Actions: [sqs:SendMessage] }
`;
}
var initCommand = {
  name: "init",
  summary: "Write a commented configuration file with every option (.github/iam-usage-guard.yml).",
  usage: "iam-usage-guard init [--output FILE] [--force]",
  examples: ["iam-usage-guard init", "iam-usage-guard init --output .iam-usage-guard.yml"],
  options: {
    output: {
      type: "string",
      value: "FILE",
      description: "Where to write (default .github/iam-usage-guard.yml)."
    },
    force: { type: "boolean", description: "Overwrite an existing file." }
  },
  async run(args, io) {
    const target = args.values["output"] ?? ".github/iam-usage-guard.yml";
    const absolute = path4.resolve(io.cwd, target);
    await mkdir(path4.dirname(absolute), { recursive: true });
    try {
      await writeFile3(absolute, configTemplate(), { flag: args.values["force"] ? "w" : "wx" });
    } catch (error) {
      if (error.code === "EEXIST") {
        throw new UserError(`${target} already exists; use --force to overwrite it`);
      }
      throw new UserError(`cannot write ${target}: ${error.code ?? error}`);
    }
    io.stdout.write(`Wrote ${target}. Check it with: iam-usage-guard check --config ${target}
`);
    return 0;
  }
};

// src/cli/commands/local-iam.ts
import { readFile } from "node:fs/promises";
import path5 from "node:path";
var localIamCommand = {
  name: "local-iam",
  summary: "Serve a scenario file as a local IAM endpoint (awsQuery), with STS and CloudFormation, until Ctrl-C.",
  usage: "iam-usage-guard local-iam --scenario FILE [--port N] [--host HOST] [--log]",
  examples: [
    "iam-usage-guard local-iam --scenario examples/scenario.json --port 4599",
    'eval "$(iam-usage-guard local-iam --scenario s.json --port 4599 | grep ^export)"  # in another shell'
  ],
  options: {
    scenario: {
      type: "string",
      value: "FILE",
      description: "The scenario (JSON): entities, usage, keys, stacks, faults."
    },
    port: { type: "string", value: "N", description: "Port to listen on (default: any free port, printed)." },
    host: { type: "string", value: "HOST", description: "Address to listen on (default 127.0.0.1)." },
    log: {
      type: "boolean",
      description: "Print one line per call on stderr (operation, status, error code)."
    }
  },
  run: runLocalIam
};
async function runLocalIam(args, io) {
  const file = args.values["scenario"];
  if (typeof file !== "string")
    throw new UserError("--scenario FILE is required. See 'iam-usage-guard local-iam --help'.");
  const portText = args.values["port"];
  const port = portText === void 0 ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`--port must be a port number (0-65535), got ${String(portText)}`);
  }
  const host = typeof args.values["host"] === "string" ? args.values["host"] : "127.0.0.1";
  const absolute = path5.resolve(io.cwd, file);
  let text;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    throw new UserError(
      `cannot read scenario ${file}: ${error.code ?? String(error)}`
    );
  }
  const { loadScenario, startLocalIam } = await import("./server-F52HZPZL.js");
  const scenario = loadScenario(text, absolute);
  const log = args.values["log"] === true;
  let server;
  try {
    server = await startLocalIam(scenario, {
      port,
      host,
      ...log ? {
        onCall: (call) => io.stderr.write(
          `${call.op || "(no Action)"} ${call.status}${call.code ? ` ${call.code}` : ""}${call.arn ? ` ${call.arn}` : ""}
`
        )
      } : {}
    });
  } catch (error) {
    throw new UserError(
      `cannot listen on ${host}:${port}: ${error.code ?? String(error)}`
    );
  }
  io.stdout.write(
    [
      `local IAM endpoint for ${path5.relative(io.cwd, absolute) || file} (account ${scenario.account}, ${plural(scenario.entities.length, "entity")}) at ${server.url}`,
      "Point the AWS SDK, the AWS CLI and iam-usage-guard at it with:",
      `export AWS_ENDPOINT_URL_IAM=${server.url}`,
      `export AWS_ENDPOINT_URL_STS=${server.url}`,
      `export AWS_ENDPOINT_URL_CLOUDFORMATION=${server.url}`,
      "export AWS_REGION=us-east-1",
      // Placeholders the endpoint accepts; it does not check signatures.
      "export AWS_ACCESS_KEY_ID=test",
      "export AWS_SECRET_ACCESS_KEY=test",
      "Press Ctrl-C to stop.",
      ""
    ].join("\n")
  );
  await new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await server.close();
  io.stderr.write("local IAM endpoint stopped\n");
  return 0;
}

// src/cli/commands/snapshot.ts
import { writeFile as writeFile4 } from "node:fs/promises";
import path6 from "node:path";
var snapshotCommand = {
  name: "snapshot",
  summary: "Write last-accessed reports, access keys and policy documents for IaC entities or ARNs to a file.",
  usage: "iam-usage-guard snapshot [PATH... | --arn ARN...] --out FILE [--granularity SERVICE_LEVEL|ACTION_LEVEL] [--config FILE]",
  examples: [
    "iam-usage-guard snapshot infra/ --out iam-usage.json",
    "iam-usage-guard snapshot --arn arn:aws:iam::123456789012:role/app-role --arn arn:aws:iam::123456789012:user/ci --out iam-usage.json",
    "iam-usage-guard check --snapshot iam-usage.json"
  ],
  options: {
    out: { type: "string", value: "FILE", description: "Where to write the snapshot (JSON)." },
    arn: {
      type: "string",
      multiple: true,
      value: "ARN",
      description: "An entity by ARN instead of (or besides) PATHs; repeatable."
    },
    granularity: {
      type: "string",
      value: "LEVEL",
      choices: ["ACTION_LEVEL", "SERVICE_LEVEL"],
      description: "ACTION_LEVEL (default from config, else ACTION_LEVEL) or SERVICE_LEVEL."
    },
    config: {
      type: "string",
      value: "FILE",
      description: "Configuration (entities/stacks mappings, files, granularity)."
    },
    "endpoint-url": {
      type: "string",
      value: "URL",
      description: "One endpoint for IAM, STS and CloudFormation."
    },
    region: {
      type: "string",
      value: "REGION",
      description: "AWS region of the stacks (IAM itself is global)."
    },
    timeout: {
      type: "string",
      value: "SECONDS",
      description: "Give up on what is not ready after this long (default: deadlineSeconds from the config, 600)."
    },
    "no-cache": { type: "boolean", description: "Ignore cached reports (fresh jobs for every entity)." }
  },
  run: runSnapshot
};
var GRANTED_BY_RULES = ["unused-service", "widened-unused-service"];
function grantingNamespaces(config) {
  const windows = GRANTED_BY_RULES.map((id) => config.rules[id]?.options["unusedDays"]).filter(
    (days2) => typeof days2 === "number"
  );
  const days = Math.min(config.unusedDays, ...windows);
  return (entity, report) => {
    const view = usageView(
      { ...emptyUsage(entity), report, createDate: report.CreateDate ?? null },
      days,
      /* @__PURE__ */ new Date()
    );
    if (!view || view.young) return [];
    return [...view.services.values()].filter((s) => !s.used).map((s) => s.namespace);
  };
}
async function entitiesToCollect(args, io, config) {
  const v = args.values;
  const arns = Array.isArray(v["arn"]) ? v["arn"] : typeof v["arn"] === "string" ? [v["arn"]] : [];
  const entities = [];
  for (const arn of arns) {
    const entity = entityFromArn(arn);
    if (!entity) throw new UserError(`--arn must be an IAM role, user, group or policy ARN, got ${arn}`);
    entities.push(entity);
  }
  if (arns.length === 0 || args.positionals.length > 0) {
    const paths = args.positionals.length > 0 ? args.positionals : ["."];
    const [{ readIac }, { worktreeSource }] = await Promise.all([
      import("./iac-TMNDIOM6.js"),
      import("./source-PTXK377H.js")
    ]);
    const parsed = await readIac(worktreeSource(io.cwd), paths, {
      ...config.files.include.length > 0 ? { include: config.files.include } : {},
      ...config.files.exclude.length > 0 ? { exclude: config.files.exclude } : {}
    });
    for (const d of parsed.diagnostics) io.stderr.write(diagnosticLine(d));
    entities.push(...parsed.entities);
  }
  if (entities.length === 0) {
    throw new UserError("no IAM entity found: give PATHs with IaC files, or --arn ARN");
  }
  return entities;
}
async function runSnapshot(args, io) {
  const v = args.values;
  const out = v["out"];
  if (typeof out !== "string")
    throw new UserError("--out FILE is required. See 'iam-usage-guard snapshot --help'.");
  const [{ loadConfig }, { createAwsClients }, { collectUsage }] = await Promise.all([
    import("./config-MSBH63RK.js"),
    import("./clients-5D2SEIDG.js"),
    import("./collect-DUFPI6NT.js")
  ]);
  const { config } = await loadConfig(io.cwd, typeof v["config"] === "string" ? v["config"] : void 0);
  const entities = await entitiesToCollect(args, io, config);
  const clients = createAwsClients(clientOptions(v, io));
  await requireCredentials(clients);
  const granularity = v["granularity"] === void 0 ? config.granularity : granularityOf(v["granularity"]);
  const progress = createProgress(io.stderr, { isTTY: io.stderr.isTTY === true, label: "usage reports" });
  const cacheDir = v["no-cache"] === true ? null : defaultCacheDir(io.env);
  const collection = await collectUsage(entities, {
    clients,
    granularity,
    deadlineMs: v["timeout"] === void 0 ? config.deadlineSeconds * 1e3 : timeoutMs(v["timeout"], 300),
    entityArns: config.entities,
    stacks: config.stacks,
    cacheDir,
    cacheMaxAgeMs: config.cacheMaxAgeHours * 36e5,
    // A snapshot serves later questions: who used each used service, and which policy grants each unused one.
    withEntitiesServices: () => ["*"],
    grantingPoliciesFor: grantingNamespaces(config),
    onProgress: progress,
    ...io.sleep ? { sleep: io.sleep } : {},
    ...io.clock ? { clock: io.clock } : {}
  });
  progress.finish();
  const snapshot = buildSnapshot(collection, /* @__PURE__ */ new Date());
  const target = path6.resolve(io.cwd, out);
  try {
    await writeFile4(target, `${JSON.stringify(snapshot, null, 2)}
`);
  } catch (error) {
    throw new UserError(`cannot write ${out}: ${error.code ?? String(error)}`);
  }
  const { calls, requests, throttled, cached } = collection.stats;
  io.stderr.write(
    `wrote ${out}: ${plural(snapshot.reports.length, "report")}, ${plural(snapshot.accessKeys.length, "access key")}, ${plural(snapshot.policies.length, "policy document")} (${plural(requests, "AWS request")} for ${plural(calls, "call")}, ${throttled} throttled${cached > 0 ? `, ${plural(cached, "report")} from the cache; --no-cache asks IAM afresh` : ""})
`
  );
  return verdictOf(entities, collection, io);
}
function verdictOf(entities, collection, io) {
  const missing = entities.filter((e) => collection.usage.get(entityKey(e))?.report === null);
  for (const entity of missing) {
    const usage = collection.usage.get(entityKey(entity));
    io.stderr.write(
      `  no report for ${terminalText(entityKey(entity))}: ${terminalText(usage.reason ?? "")}
`
    );
  }
  for (const [arn, reason] of collection.managedPolicyErrors) {
    io.stderr.write(`  no document for ${arn}: ${reason}
`);
  }
  if (collection.failure) throw new UserError(collectionFailureMessage(collection.failure));
  const reasons = new Set(missing.map((e) => collection.usage.get(entityKey(e)).reason));
  if (missing.length === entities.length && reasons.size === 1 && /AccessDenied|no AWS credentials/.test([...reasons][0] ?? "")) {
    throw new UserError(`no report could be had: ${[...reasons][0]}`);
  }
  if (missing.length === 0) return 0;
  io.stderr.write(
    `iam-usage-guard snapshot: ${missing.length} of ${entities.length} entities have no report (listed above); the snapshot lacks them.
`
  );
  return 1;
}

// src/cli/commands/index.ts
var commands = [
  grantsCommand,
  checkCommand,
  fixCommand,
  initCommand,
  snapshotCommand,
  reportCommand,
  accessKeyCommand,
  localIamCommand
];

// src/cli/main.ts
var EXIT_CODES = [
  "Exit codes:",
  "  0  passed (no finding at or above --fail-on)",
  "  1  findings at or above --fail-on (default: error)",
  "  2  usage, configuration or environment error"
];
async function runCli(argv, given, commands2 = commands) {
  const io = { ...given, stdout: inertStream(given.stdout), stderr: inertStream(given.stderr) };
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr.write(mainHelp(commands2));
    return 2;
  }
  if (name === "--help" || name === "-h") {
    io.stdout.write(mainHelp(commands2));
    return 0;
  }
  if (VERSION_FLAGS.includes(name)) {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  if (name === "help") {
    const topic = rest[0];
    if (!topic) {
      io.stdout.write(mainHelp(commands2));
      return 0;
    }
    const command2 = findCommand(topic, commands2, io);
    if (!command2) return 2;
    io.stdout.write(commandHelp(command2));
    return 0;
  }
  if (name.startsWith("-")) {
    const guess = nearest(name.replace(/^-+/, ""), ["help", "version"]);
    io.stderr.write(
      `iam-usage-guard: unknown option ${name}${guess ? ` (did you mean --${guess}?)` : ""}. Options go after the command; run 'iam-usage-guard --help'.
`
    );
    return 2;
  }
  const command = findCommand(name, commands2, io);
  if (!command) return 2;
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values["help"]) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    const message = terminalLines(error instanceof UserError ? error.message : errorMessage(error));
    io.stderr.write(`iam-usage-guard ${command.name}: ${message}
`);
    if (!(error instanceof UserError) && io.env["IAM_USAGE_GUARD_DEBUG"] && error instanceof Error) {
      io.stderr.write(`${error.stack}
`);
    }
    return 2;
  }
}
function inertStream(stream) {
  const state = { atLineStart: true };
  const write = (chunk, ...rest) => {
    const text = typeof chunk === "string" ? inertChunk(chunk, state, stream.isTTY === true) : chunk;
    return stream.write(text, ...rest);
  };
  return new Proxy(stream, {
    get(target, property) {
      if (property === "write") return write;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    }
  });
}
function findCommand(name, commands2, io) {
  const command = commands2.find((c) => c.name === name);
  if (!command) {
    const guess = nearest(
      name,
      commands2.map((c) => c.name)
    );
    io.stderr.write(
      `iam-usage-guard: unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : ""}. Run 'iam-usage-guard --help'.
`
    );
  }
  return command;
}
function mainHelp(commands2 = commands) {
  const width = Math.max(0, ...commands2.map((c) => c.name.length)) + 2;
  const examples = commands2.flatMap((c) => c.examples.slice(0, 1));
  return [
    "iam-usage-guard: compare the IAM permissions your infrastructure code grants with what AWS says is used.",
    "",
    "Usage: iam-usage-guard <command> [options]",
    "",
    "Commands:",
    ...commands2.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Options:",
    "  -h, --help     Show this help (or a command's help: iam-usage-guard <command> --help).",
    "  -v, --version  Print the version.",
    ...examples.length > 0 ? ["", "Examples:", ...examples.map((e) => `  ${e}`)] : [],
    "",
    ...EXIT_CODES,
    "",
    "AWS access uses the standard settings: AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_REGION,",
    "AWS_ENDPOINT_URL_IAM. Without AWS access, pass a snapshot (--snapshot FILE, written by `iam-usage-guard snapshot`).",
    "Run 'iam-usage-guard <command> --help' for a command's options and examples.",
    ""
  ].join("\n");
}
function processIo() {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
export {
  VERSION,
  mainHelp,
  processIo,
  runCli
};
//# sourceMappingURL=main-FQQ6XD6N.js.map
