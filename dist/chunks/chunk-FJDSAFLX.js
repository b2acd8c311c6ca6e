import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  parseIamArn
} from "./chunk-GAFWYLQA.js";
import {
  minimatch
} from "./chunk-LQSF6SQI.js";
import {
  entityKey
} from "./chunk-7DYXPIMR.js";

// src/usage/resolve.ts
function targetOf(entity, account = null) {
  return {
    key: entityKey(entity),
    file: entity.file,
    logicalId: entity.id,
    kind: entity.kind,
    name: entity.name,
    iamPath: entity.iamPath,
    arn: entity.arn,
    stackName: entity.stackName,
    constructPath: entity.constructPath,
    account
  };
}
function* ask(question) {
  return yield question;
}
function stackNameFor(target, rules) {
  if (target.stackName) return target.stackName;
  return rules.stacks?.find((s) => minimatch(target.file, s.template, { dot: true }))?.stackName ?? null;
}
function mappedArn(target, rules) {
  const explicit = rules.explicitArns ?? {};
  if (Object.keys(explicit).length > 0) {
    const path = (target.constructPath ?? "").replace(/^\/+/, "");
    const keys = path ? [path, path.replace(/\/(Resource|Default)$/, ""), target.logicalId] : [target.logicalId];
    for (const key of keys) {
      const arn2 = explicit[key] ?? explicit[`/${key}`];
      if (arn2) return { arn: arn2, by: "map" };
    }
  }
  const arn = rules.entityArns?.find((m) => minimatch(target.key, m.match, { dot: true }))?.arn;
  if (arn) return { arn, by: "config" };
  return target.arn ? { arn: target.arn, by: "terraform" } : null;
}
function isAbsent(value) {
  return typeof value === "object" && value !== null && "absent" in value;
}
function* steps(target, rules, source) {
  const warnings = [];
  const mapped = mappedArn(target, rules);
  if (mapped) return yield* byArn(mapped.arn, mapped.by, source, warnings);
  const stackName = stackNameFor(target, rules);
  if (stackName) {
    let stack;
    try {
      stack = yield* ask({ ask: "stack", stackName, logicalId: target.logicalId });
    } catch (error) {
      if (!target.name) throw error;
      warnings.push(`DescribeStackResources ${stackName} failed: ${error.message}`);
      stack = { known: false, reason: null };
    }
    if (stack.known && stack.physicalIds.length > 0) {
      return yield* byPhysicalIds(target, stack.physicalIds, stackName, source, warnings);
    }
    if (stack.known) {
      const notInStack = source.authoritative ? `${target.logicalId} is not (yet) a resource of stack ${stackName}: not deployed, so there is no usage` : `stack ${stackName} in the snapshot has no resource ${target.logicalId}: not deployed yet when the snapshot was taken (or deployed under another stack name)`;
      if (!target.name) return { status: "not-deployed", arn: null, reason: notInStack, warnings };
      const named = yield* byName(target, target.name, "name", source, warnings);
      return named.status === "unresolved" ? { status: "not-deployed", arn: null, reason: notInStack, warnings } : named;
    }
    if (!target.name) {
      const reason = stack.reason ?? `${target.logicalId} has no fixed name, no \`${source.mappingHint}\` entry, and the snapshot records no deployed resources for stack ${stackName}`;
      return { status: "unresolved", arn: null, reason, warnings };
    }
  }
  if (target.name) return yield* byName(target, target.name, "name", source, warnings);
  return {
    status: "unresolved",
    arn: null,
    reason: `cannot tell which deployed ${target.kind} ${target.logicalId} is: the code fixes no name, no stack name is known (set \`stacks\` in the config) and no \`${source.mappingHint}\` mapping matches ${target.key}`,
    warnings
  };
}
function* byArn(arn, by, source, warnings) {
  const parts = parseIamArn(arn);
  if (!parts) {
    return {
      status: "unresolved",
      arn,
      reason: `${arn} is not an IAM role, user, group or policy ARN`,
      warnings
    };
  }
  if (parts.account !== "aws") {
    const account = yield* ask({ ask: "account" });
    if (account && account !== parts.account) {
      return {
        status: "unresolved",
        arn,
        reason: `${arn} is in account ${parts.account}, but the credentials are for account ${account}: collect a snapshot there (iam-usage-guard snapshot with that account's credentials) and pass it with --snapshot`,
        warnings
      };
    }
  }
  const found = yield* ask({ ask: "arn", arn });
  if (isAbsent(found) && (by === "map" || by === "config")) {
    return outcome({ absent: `${found.absent} (from \`${source.mappingHint}\`)` }, arn, by, source, warnings);
  }
  return outcome(found, arn, by, source, warnings);
}
function* byPhysicalIds(target, physicalIds, stackName, source, warnings) {
  const unique = [...new Set(physicalIds)];
  if (unique.length === 1) {
    const physical = unique[0];
    const found = parseIamArn(physical) ? yield* byArn(physical, "stack", source, warnings) : yield* byName(target, physical, "stack", source, warnings);
    return found.status === "unresolved" ? { ...found, reason: `deployed as ${physical}, but ${found.reason}` } : found;
  }
  const candidates = [];
  for (const physical of unique) {
    const found = parseIamArn(physical) ? yield* ask({ ask: "arn", arn: physical }) : yield* ask({
      ask: "name",
      kind: target.kind,
      name: physical,
      iamPath: target.iamPath
    });
    if (isAbsent(found)) continue;
    for (const entity of Array.isArray(found) ? found : [found]) candidates.push(entity.arn);
  }
  return ambiguity(
    `stack ${stackName} records ${target.logicalId} as ${unique.join(", ")} in different snapshots`,
    candidates,
    source,
    warnings
  );
}
function* byName(target, name, by, source, warnings) {
  const found = yield* ask({
    ask: "name",
    kind: target.kind,
    name,
    iamPath: target.iamPath
  });
  if (isAbsent(found)) return outcome(found, null, by, source, warnings);
  const candidates = target.account ? found.filter((e) => parseIamArn(e.arn)?.account === target.account) : found;
  if (candidates.length === 1) return outcome(candidates[0], null, by, source, warnings);
  if (candidates.length === 0) {
    const others = found.map((e) => e.arn).join(", ");
    return outcome(
      { absent: `no ${target.kind} ${name} in account ${target.account} (only ${others})` },
      null,
      by,
      source,
      warnings
    );
  }
  return ambiguity(
    `${target.kind} ${name} matches reports in several accounts`,
    candidates.map((e) => e.arn),
    source,
    warnings
  );
}
function ambiguity(what, candidates, source, warnings) {
  const sorted = [...new Set(candidates)].sort();
  return {
    status: "ambiguous",
    candidates: sorted,
    reason: `${what} (${sorted.join(", ") || "none of them has a report"}); map it to one ARN with \`${source.mappingHint}\``,
    warnings
  };
}
function outcome(found, knownArn, by, source, warnings) {
  if (isAbsent(found)) {
    return source.authoritative ? { status: "not-deployed", arn: knownArn, reason: found.absent, warnings } : { status: "unresolved", arn: knownArn, reason: found.absent, warnings };
  }
  if (found.warning) warnings.push(found.warning);
  return { status: "resolved", arn: found.arn, createDate: found.createDate, by, warnings };
}
function resolveSync(target, rules, source) {
  const run = steps(target, rules, source);
  let step = run.next();
  while (!step.done) {
    let answer;
    try {
      answer = source.answer(step.value);
    } catch (error) {
      step = run.throw(error);
      continue;
    }
    step = run.next(answer);
  }
  return step.value;
}
async function resolveAsync(target, rules, source) {
  const run = steps(target, rules, source);
  let step = run.next();
  while (!step.done) {
    let answer;
    try {
      answer = await source.answer(step.value);
    } catch (error) {
      step = run.throw(error);
      continue;
    }
    step = run.next(answer);
  }
  return step.value;
}
var SnapshotSource = class {
  constructor(snapshot, mappingHint = "entities") {
    this.mappingHint = mappingHint;
    for (const report of snapshot.reports) {
      this.byArn.set(report.Arn, report);
      const parts = parseIamArn(report.Arn);
      if (!parts) continue;
      if (parts.account !== "aws") this.accounts.add(parts.account);
      const key = `${parts.kind}/${parts.name}`.toLowerCase();
      this.byName.set(key, [...this.byName.get(key) ?? [], report]);
    }
    for (const resource of snapshot.resources) {
      let stack = this.stacks.get(resource.StackName);
      if (!stack) {
        stack = /* @__PURE__ */ new Map();
        this.stacks.set(resource.StackName, stack);
      }
      stack.set(resource.LogicalResourceId, [
        ...stack.get(resource.LogicalResourceId) ?? [],
        resource.PhysicalResourceId
      ]);
    }
  }
  mappingHint;
  authoritative = false;
  byArn = /* @__PURE__ */ new Map();
  /** `kind/name`, lower case (IAM names are case-insensitive) → reports, any account. */
  byName = /* @__PURE__ */ new Map();
  /** stack name → logical id → physical ids (several when merged snapshots disagree). */
  stacks = /* @__PURE__ */ new Map();
  accounts = /* @__PURE__ */ new Set();
  report(arn) {
    return this.byArn.get(arn);
  }
  answer(question) {
    switch (question.ask) {
      case "account":
        return null;
      case "stack": {
        const stack = this.stacks.get(question.stackName);
        return stack ? { known: true, physicalIds: stack.get(question.logicalId) ?? [] } : { known: false, reason: null };
      }
      case "arn": {
        const report = this.byArn.get(question.arn);
        if (report) return { arn: report.Arn, createDate: report.CreateDate ?? null };
        const account = parseIamArn(question.arn)?.account;
        const held = [...this.accounts].sort();
        const note = account && account !== "aws" && held.length > 0 && !held.includes(account) ? ` (it holds reports of account${held.length === 1 ? "" : "s"} ${held.join(", ")} only: pass a snapshot of account ${account} too)` : "";
        return { absent: `the snapshot has no report for ${question.arn}${note}` };
      }
      case "name": {
        const reports = this.byName.get(`${question.kind}/${question.name}`.toLowerCase()) ?? [];
        if (reports.length === 0) {
          return { absent: `the snapshot has no report for ${question.kind} ${question.name}` };
        }
        return reports.map((r) => ({ arn: r.Arn, createDate: r.CreateDate ?? null }));
      }
    }
  }
};

export {
  targetOf,
  resolveSync,
  resolveAsync,
  SnapshotSource
};
//# sourceMappingURL=chunk-FJDSAFLX.js.map
