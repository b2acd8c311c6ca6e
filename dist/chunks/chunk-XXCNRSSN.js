import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  RULES
} from "./chunk-PUX2MLRJ.js";
import {
  PROJECT_URL,
  ruleHelpUri
} from "./chunk-2RVL4NVX.js";
import {
  inertJson
} from "./chunk-FRFO6OVP.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
var SECURITY = {
  // Permissions the change adds to a service nobody used: new reach for stolen credentials, in this very change.
  "widened-unused-service": { score: "7.0", tags: ["least-privilege", "widening"] },
  "widened-unused-action": { score: "5.0", tags: ["least-privilege", "widening"] },
  // An active key nobody uses: a credential that can leak without anyone noticing its use.
  "stale-access-key": { score: "6.0", tags: ["credentials"] },
  "unused-service": { score: "4.0", tags: ["least-privilege", "unused-permission"] },
  "unused-entity": { score: "4.0", tags: ["least-privilege", "unused-permission"] },
  "unused-action": { score: "2.0", tags: ["least-privilege", "unused-permission"] },
  // What the code does not let the tool know (a parameter, an import, a managed policy without a document): it could
  // grant anything, so the check fails closed on it.
  unjudged: { score: "5.0", tags: ["least-privilege", "unknown-grant"] },
  // For a reviewer's eye: new grants cannot have usage yet, and missing data means nothing was judged.
  "new-service": { score: "1.0", tags: ["least-privilege", "review"] },
  "no-usage-data": { score: "1.0", tags: ["coverage"] }
};
function fingerprint(f) {
  return createHash("sha256").update([f.rule, f.file, f.entity.id, f.service ?? "", f.action ?? ""].join("\0")).digest("hex").slice(0, 32);
}
function result(f, ruleIndex, justification) {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: Math.max(1, f.line) }
        },
        logicalLocations: [{ name: f.entity.id, kind: "resource" }]
      }
    ],
    partialFingerprints: { "iamUsageGuard/v1": fingerprint(f) },
    properties: {
      entity: f.entity,
      service: f.service,
      action: f.action,
      lastAccessed: f.lastAccessed,
      ...f.suggestion ? { suggestion: f.suggestion } : {}
    },
    ...justification !== null ? { suppressions: [{ kind: "inSource", justification }] } : {}
  };
}
function renderSarif(report, options) {
  const index = new Map(RULES.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "iam-usage-guard",
            version: options.version,
            informationUri: PROJECT_URL,
            rules: RULES.map((rule) => {
              const configured = options.severities?.[rule.id] ?? rule.defaultSeverity;
              return {
                id: rule.id,
                name: rule.id.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join(""),
                shortDescription: { text: rule.description },
                helpUri: ruleHelpUri(rule.id),
                help: { text: `${rule.description} See ${ruleHelpUri(rule.id)}` },
                defaultConfiguration: configured === "off" ? { enabled: false } : { level: LEVEL[configured] },
                properties: {
                  tags: ["security", "aws", "iam", ...SECURITY[rule.id].tags],
                  "security-severity": SECURITY[rule.id].score
                }
              };
            })
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        results: [
          ...report.findings.map((f) => result(f, index.get(f.rule) ?? 0, null)),
          ...report.suppressed.map((f) => result(f, index.get(f.rule) ?? 0, f.reason))
        ],
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...report.diagnostics.map((d) => ({
                level: d.severity === "error" ? "error" : "warning",
                message: { text: d.message },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: encodeURI(d.file), uriBaseId: "%SRCROOT%" },
                      ...d.line ? { region: { startLine: d.line } } : {}
                    }
                  }
                ]
              })),
              ...report.usageUnavailable ? [
                {
                  level: "warning",
                  message: { text: `Usage data unavailable: ${report.usageUnavailable}` }
                }
              ] : []
            ]
          }
        ]
      }
    ]
  };
  return `${inertJson(JSON.stringify(sarif, null, 2))}
`;
}

export {
  renderSarif
};
//# sourceMappingURL=chunk-XXCNRSSN.js.map
