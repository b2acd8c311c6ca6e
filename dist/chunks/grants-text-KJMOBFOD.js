import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  grantDiff
} from "./chunk-BCIBQX6Q.js";
import "./chunk-R5BDUPL3.js";
import {
  describeActions
} from "./chunk-3AEIT2PU.js";
import "./chunk-RNEN3ZF3.js";
import "./chunk-RGLKGRGE.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-AHZI5S5D.js";
import {
  terminalText
} from "./chunk-FRFO6OVP.js";
import "./chunk-OQBSQNJP.js";
import "./chunk-5246H675.js";

// src/report/grants-text.ts
function grantsText(granted, options) {
  const maxListed = options.maxListed ?? 12;
  if (granted.length === 0) {
    return `No IAM entities found in ${options.filesRead} file${options.filesRead === 1 ? "" : "s"} read.
`;
  }
  const byFile = /* @__PURE__ */ new Map();
  for (const item of granted) {
    const list2 = byFile.get(item.entity.file) ?? [];
    list2.push(item);
    byFile.set(item.entity.file, list2);
  }
  const lines = [];
  for (const [file, items] of [...byFile.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    lines.push(terminalText(file));
    for (const { entity, grants, base } of [...items].sort((a, b) => a.entity.line - b.entity.line)) {
      const name = entity.name ? ` "${terminalText(entity.name)}"` : "";
      lines.push(`  ${terminalText(entity.file)}:${entity.line}  ${entity.kind} ${terminalText(entity.id)}${name}`);
      lines.push(
        `    ${count(grants.services.length, "service")}, ${count(grants.actions.size, "action")}` + (grants.services.length > 0 ? `: ${list(grants.services, maxListed)}` : "")
      );
      if (options.baseRef !== null) {
        if (!base) {
          lines.push(`    new since ${terminalText(options.baseRef)}`);
        } else {
          const diff = grantDiff(grants, base);
          const changed = diff.addedActions.size + diff.removedActions.size + diff.addedServices.length + diff.removedServices.length;
          if (changed === 0) {
            lines.push(`    unchanged since ${terminalText(options.baseRef)}`);
          } else {
            lines.push(
              `    since ${terminalText(options.baseRef)}: +${count(diff.addedActions.size, "action")}, -${count(diff.removedActions.size, "action")}`
            );
            if (diff.addedServices.length > 0)
              lines.push(`      added services: ${list(diff.addedServices, maxListed)}`);
            if (diff.addedActions.size > 0)
              lines.push(`      added: ${describeActions(diff.addedActions, maxListed)}`);
            if (diff.removedServices.length > 0) {
              lines.push(`      removed services: ${list(diff.removedServices, maxListed)}`);
            }
            if (diff.removedActions.size > 0)
              lines.push(`      removed: ${describeActions(diff.removedActions, maxListed)}`);
          }
        }
      }
      if (grants.unknownActions.length > 0) {
        lines.push(
          `    unknown actions (not in the catalog): ${list(grants.unknownActions.map(terminalText), maxListed)}`
        );
      }
      if (entity.managedPolicyArns.length > 0) {
        const sources = grants.managedPolicySources ?? {};
        const missing = entity.managedPolicyArns.filter((arn) => !sources[arn]);
        const found = entity.managedPolicyArns.filter((arn) => sources[arn]).map((arn) => `${arn} (${sources[arn]})`);
        if (found.length > 0) lines.push(`    managed policies: ${list(found.map(terminalText), maxListed)}`);
        if (missing.length > 0)
          lines.push(`    managed policies (not expanded here): ${list(missing.map(terminalText), maxListed)}`);
      }
      if (entity.groups.length > 0)
        lines.push(`    groups (their grants count): ${list(entity.groups.map(terminalText), maxListed)}`);
      if (grants.boundary) {
        const { arn, source, applied } = grants.boundary;
        lines.push(
          `    permissions boundary ${arn ? terminalText(arn) : "(policy in this file)"}: ${applied ? `applied (${source})` : "document not known, not applied"}`
        );
      }
      if (entity.unknowns.length > 0)
        lines.push(
          `    not known from the code: ${entity.unknowns.map((u) => `${terminalText(u.message)} (line ${u.location.line})`).join("; ")}`
        );
    }
    lines.push("");
  }
  return `${lines.join("\n")}`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function list(items, max) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} \u2026 and ${items.length - max} more`;
}
export {
  grantsText
};
//# sourceMappingURL=grants-text-KJMOBFOD.js.map
