import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  httpStatus,
  ourComments
} from "./chunk-S7VUXDBT.js";
import {
  editStatement
} from "./chunk-C4KXPJQM.js";
import {
  ruleHelpUri
} from "./chunk-2RVL4NVX.js";
import "./chunk-GWTX56C5.js";
import "./chunk-LI4YSP5E.js";
import "./chunk-RGLKGRGE.js";
import {
  entityKey
} from "./chunk-YGTLDSZU.js";
import {
  codeSpan,
  escapeMarkdown,
  safeLink
} from "./chunk-OQBSQNJP.js";
import {
  plural
} from "./chunk-3YVYB553.js";
import {
  commitFiles,
  ensureCommit
} from "./chunk-DO6KVWFY.js";
import "./chunk-F477O3MP.js";
import "./chunk-I3FEX5NO.js";
import {
  errorMessage
} from "./chunk-PSDFGU3R.js";
import "./chunk-5246H675.js";

// src/action/review.ts
import { createHash } from "node:crypto";

// src/fix/suggestion.ts
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineNumber(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function lineSuggestion(text, edit) {
  const first = lineStart(text, edit.start);
  const newline = text.indexOf("\n", edit.end);
  const stop = newline === -1 ? text.length : newline;
  const before = text.slice(first, stop).split("\n");
  const after = (text.slice(first, edit.start) + edit.text + text.slice(edit.end, stop)).split("\n");
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  if (before.length - head - tail === 0) {
    if (head > 0) head--;
    else tail--;
  }
  const startLine = lineNumber(text, first) + head;
  return {
    startLine,
    endLine: startLine + before.length - head - tail - 1,
    lines: after.slice(head, after.length - tail)
  };
}

// src/report/review.ts
var MARKER_PREFIX = "<!-- iam-usage-guard:suggestion ";
var REVIEW_MARKER = "<!-- iam-usage-guard:review -->";
var SUGGESTION_MARKER = MARKER_PREFIX.trimEnd();
function suggestionMarker(key, state) {
  return `${MARKER_PREFIX}${key} ${state} -->`;
}
function parseSuggestionMarker(body) {
  const first = body.trimStart().split("\n", 1)[0] ?? "";
  const match = /^<!-- iam-usage-guard:suggestion ([0-9a-f]{8,64}) (open|resolved) -->$/.exec(first);
  return match ? { key: match[1], state: match[2] } : null;
}
var HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
function suggestableLines(lines) {
  return !lines.some((line) => HIDDEN.test(line));
}
function suggestionBlock(lines) {
  const longest = Math.max(0, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}suggestion`, ...lines, fence].join("\n");
}
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function renderSuggestionComment(input) {
  const { edit } = input;
  const who = edit.entities.map((e) => `${e.kind} ${codeSpan(e.id)}`).join(", ");
  const what = edit.actions.length === 0 ? `This statement grants nothing ${who} used within the window: the suggestion removes it.` : `The suggestion keeps what ${who} used (and what is too new to judge) and removes the rest.`;
  const removed = edit.removed.slice(0, 20).map((a) => codeSpan(a));
  const more = edit.removed.length > 20 ? ` and ${edit.removed.length - 20} more` : "";
  return [
    suggestionMarker(input.key, "open"),
    `**iam-usage-guard** \xB7 least privilege for this statement`,
    "",
    ...input.findings.map(
      (f) => `- ${ICON[f.severity]} ${safeLink(f.rule, ruleHelpUri(f.rule))}: ${escapeMarkdown(f.message, { maxLength: 500 })}`
    ),
    "",
    what,
    "",
    suggestionBlock(input.lines),
    "",
    `<sub>Removes ${plural(edit.removed.length, "action")}: ${removed.join(", ")}${more}. Re-run the check after committing it.</sub>`,
    ""
  ].join("\n");
}
function renderResolvedComment(key, superseded) {
  return [
    suggestionMarker(key, "resolved"),
    superseded ? "**iam-usage-guard** \xB7 this suggestion was for an earlier version of these lines; a newer comment has the current one." : "**iam-usage-guard** \xB7 resolved: the finding this suggested change answered is gone.",
    ""
  ].join("\n");
}
function renderReviewBody(count, runUrl) {
  const run = runUrl ? ` (${safeLink("workflow run", runUrl)})` : "";
  return [
    REVIEW_MARKER,
    `**iam-usage-guard** suggests ${plural(count, "least-privilege edit")}${run}: each comment below narrows one statement to what its entity used; commit the suggestion to apply it. The summary comment has the findings.`,
    ""
  ].join("\n");
}

// src/action/review.ts
var WIDENING = /* @__PURE__ */ new Set(["widened-unused-service", "widened-unused-action"]);
function answered(edit, findings) {
  const removed = new Set(edit.removed.map((a) => a.toLowerCase()));
  const services = new Set(edit.removed.map((a) => a.slice(0, a.indexOf(":")).toLowerCase()));
  return findings.filter(
    (f) => WIDENING.has(f.rule) && edit.entities.some((e) => e.id === f.entity.id && e.kind === f.entity.kind) && (f.action ? removed.has(f.action.toLowerCase()) : f.service !== null && services.has(f.service))
  );
}
function keyOf(at) {
  return createHash("sha256").update(`${at.file}
${at.path}`).digest("hex").slice(0, 16);
}
function hunkRanges(patch) {
  const ranges = [];
  for (const match of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === void 0 ? 1 : Number(match[2]);
    if (count > 0) ranges.push({ start, end: start + count - 1 });
  }
  return ranges;
}
async function wantedComment(edit, findings, target) {
  if (edit.manual) return edit.manual;
  if (!target.patches) return "GitHub's list of the pull request's files (and their diffs) could not be had";
  const patch = target.patches.get(edit.file);
  if (patch === void 0) return "the file is not among the files this pull request changes";
  if (patch === null)
    return "GitHub shows no diff for the file (too large), so no line of it can take a suggestion";
  const text = await target.readHead(edit.file);
  if (text === null) return "the file could not be read at the pull request's head commit";
  if (text.includes("\r")) return "the file has CR line ends, which a suggestion could not keep";
  const outcome = editStatement(edit.file, text, edit);
  if (!outcome.ok) return outcome.reason;
  const lines = lineSuggestion(text, outcome.edit);
  if (!suggestableLines(lines.lines)) return "the lines hold control or bidirectional characters";
  const inHunk = hunkRanges(patch).some((h) => h.start <= lines.startLine && lines.endLine <= h.end);
  if (!inHunk) {
    return `lines ${lines.startLine}\u2013${lines.endLine} are not all in the diff GitHub shows, and a suggestion can only change lines there`;
  }
  const key = keyOf(edit);
  const body = renderSuggestionComment({ key, edit, findings, lines: lines.lines });
  return {
    key,
    edit,
    comment: {
      path: edit.file,
      line: lines.endLine,
      ...lines.startLine < lines.endLine ? { start_line: lines.startLine, start_side: "RIGHT" } : {},
      side: "RIGHT",
      body
    }
  };
}
async function inexact(edit, target) {
  if (edit.manual) return edit.manual;
  const text = await target.readHead(edit.file);
  if (text === null) return null;
  const outcome = editStatement(edit.file, text, edit);
  return outcome.ok ? null : outcome.reason;
}
var COMMENT_MODE = "review suggestions are off for this run (`suggestions: comment`)";
async function publishSuggestions(octokit, target, result, mode, why = COMMENT_MODE) {
  const notes = /* @__PURE__ */ new Map();
  const wanted = [];
  for (const edit of result.edits) {
    const findings = answered(edit, result.findings);
    if (findings.length === 0) {
      notes.set(edit, { edit, where: "comment", reason: edit.manual });
      continue;
    }
    if (mode === "comment") {
      notes.set(edit, { edit, where: "comment", reason: await inexact(edit, target) ?? why });
      continue;
    }
    const outcome = await wantedComment(edit, findings, target);
    if (typeof outcome === "string") notes.set(edit, { edit, where: "comment", reason: outcome });
    else wanted.push(outcome);
  }
  if (mode === "review" && (wanted.length > 0 || !result.usageUnavailable)) {
    await syncReview(octokit, target, wanted, notes, unjudgedStatements(result));
  }
  return result.edits.map((edit) => notes.get(edit));
}
function unjudgedStatements(result) {
  const keys = /* @__PURE__ */ new Set();
  const touched = new Set(result.touched);
  for (const { entity } of result.entities) {
    const key = entityKey(entity);
    if (!touched.has(key) || result.usage.get(key)?.report) continue;
    for (const statement of entity.statements) keys.add(keyOf(statement.location));
  }
  return keys;
}
async function syncReview(octokit, target, wanted, notes, unjudged) {
  const pull = { owner: target.owner, repo: target.repo, pull_number: target.pull_number };
  let existing;
  try {
    const all = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...pull, per_page: 100 });
    existing = await ourComments(octokit, all, SUGGESTION_MARKER);
  } catch (error) {
    return refuse(target, wanted, notes, error, "list the review comments");
  }
  const open = existing.filter((c) => parseSuggestionMarker(c.body)?.state === "open");
  const kept = /* @__PURE__ */ new Set();
  const toPost = [];
  for (const want of wanted) {
    const same = open.find(
      (c) => !kept.has(c) && parseSuggestionMarker(c.body)?.key === want.key && c.path === want.comment.path && c.line === want.comment.line && (c.start_line ?? null) === (want.comment.start_line ?? null)
    );
    if (!same) {
      toPost.push(want);
      continue;
    }
    kept.add(same);
    notes.set(want.edit, { edit: want.edit, where: "review", reason: null, url: same.html_url });
    if (same.body !== want.comment.body) {
      await octokit.rest.pulls.updateReviewComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: same.id,
        body: want.comment.body
      }).catch(
        (error) => target.warn(`Could not update review comment ${same.id}: ${errorMessage(error)}`)
      );
    }
  }
  if (toPost.length > 0) {
    try {
      const review = await octokit.rest.pulls.createReview({
        ...pull,
        commit_id: target.headSha,
        event: "COMMENT",
        body: renderReviewBody(toPost.length, target.runUrl),
        comments: toPost.map((w) => w.comment)
      });
      target.log(`Review ${review.data.id}: ${toPost.length} suggested change(s).`);
      for (const want of toPost) {
        notes.set(want.edit, { edit: want.edit, where: "review", reason: null, url: review.data.html_url });
      }
    } catch (error) {
      refuse(target, toPost, notes, error, "create the review");
    }
  }
  const wantedKeys = new Set(wanted.map((w) => w.key));
  const gone = open.filter((c) => !kept.has(c) && !unjudged.has(parseSuggestionMarker(c.body).key));
  for (const comment of gone) {
    const key = parseSuggestionMarker(comment.body).key;
    await octokit.rest.pulls.updateReviewComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: comment.id,
      body: renderResolvedComment(key, wantedKeys.has(key))
    }).catch(
      (error) => target.warn(`Could not update review comment ${comment.id}: ${errorMessage(error)}`)
    );
  }
  if (gone.length > 0)
    await resolveThreads(
      octokit,
      target,
      gone.map((c) => c.id)
    );
}
function refuse(target, wanted, notes, error, what) {
  const status = httpStatus(error);
  const reason = status === 403 || status === 401 || status === 404 ? `this token cannot write pull request reviews (HTTP ${status}); give the job \`permissions: pull-requests: write\`` : `GitHub refused to ${what} (${errorMessage(error)})`;
  target.warn(`Suggested changes not posted: ${reason}. The summary comment lists the edits to paste.`);
  for (const want of wanted) notes.set(want.edit, { edit: want.edit, where: "comment", reason });
}
var THREADS = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;
var RESOLVE = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;
async function resolveThreads(octokit, target, commentIds) {
  const wanted = new Set(commentIds);
  try {
    let cursor = null;
    for (let page = 0; page < 50; page++) {
      const data = await octokit.graphql(THREADS, {
        owner: target.owner,
        repo: target.repo,
        number: target.pull_number,
        cursor
      });
      const threads = data.repository?.pullRequest?.reviewThreads;
      if (!threads) return;
      for (const thread of threads.nodes) {
        const first = thread.comments.nodes[0]?.databaseId;
        if (thread.isResolved || first == null || !wanted.has(first)) continue;
        await octokit.graphql(RESOLVE, { threadId: thread.id });
      }
      if (!threads.pageInfo.hasNextPage) return;
      cursor = threads.pageInfo.endCursor;
    }
  } catch (error) {
    target.log(`Could not resolve outdated suggestion threads: ${errorMessage(error)}`);
  }
}
function reviewRepo(run, chosen) {
  const why = run.inputs.suggestions === null && run.scope.fork ? "a fork's token cannot write pull request reviews" : void 0;
  try {
    return { repo: run.repo(), mode: chosen, ...why ? { why } : {} };
  } catch (error) {
    const reason = `the repository cannot be named for a review (${errorMessage(error)})`;
    if (chosen === "review") {
      run.log.warning(
        `Suggested changes not posted: ${reason}. The summary comment lists the edits to paste.`
      );
    }
    return {
      repo: { owner: "", repo: "" },
      mode: "comment",
      why: chosen === "review" ? reason : why ?? COMMENT_MODE
    };
  }
}
async function reviewSuggestions(run, result, options) {
  const { scope, log, cwd } = run;
  const chosen = run.inputs.suggestions ?? (scope.fork ? "comment" : "review");
  if (chosen === "off") return [];
  const { repo, mode, why } = reviewRepo(run, chosen);
  let head;
  const readHead = async (file) => {
    head ??= ensureCommit(cwd, scope.headSha).then(
      () => commitFiles(cwd, scope.headSha),
      () => null
    );
    const files = await head;
    return files ? files.read(file).catch(() => null) : null;
  };
  try {
    return await publishSuggestions(
      run.octokit,
      {
        ...repo,
        pull_number: scope.number,
        headSha: scope.headSha,
        patches: options.patches,
        readHead,
        ...options.runUrl ? { runUrl: options.runUrl } : {},
        log: (message) => log.info(message),
        warn: (message) => log.warning(message)
      },
      result,
      mode,
      why
    );
  } finally {
    (await head)?.close();
  }
}
export {
  hunkRanges,
  publishSuggestions,
  reviewSuggestions
};
//# sourceMappingURL=review-G2UWK4UY.js.map
