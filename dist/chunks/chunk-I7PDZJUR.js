import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

// src/policy/managed-policies.ts
import { gunzipSync } from "node:zlib";
var AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\//;
function isAwsManagedPolicyArn(arn) {
  return AWS_MANAGED.test(arn);
}
function bundledKey(arn) {
  return arn.replace(/^arn:aws[a-z-]*:/, "arn:aws:");
}
function bundledDocument(bundled, arn) {
  const key = bundledKey(arn);
  const exact = bundled.documents.get(key);
  if (exact !== void 0) return exact;
  const rest = key.slice("arn:aws:iam::aws:policy/".length);
  if (rest.includes("/")) return void 0;
  const byName = bundled.arnsByName.get(rest.toLowerCase());
  return byName === void 0 ? void 0 : bundled.documents.get(byName);
}
function needsBundledPolicies(entities) {
  for (const entity of entities) {
    if (entity.managedPolicyArns.some(isAwsManagedPolicyArn)) return true;
    const boundary = entity.permissionsBoundary?.arn;
    if (boundary && isAwsManagedPolicyArn(boundary)) return true;
  }
  return false;
}
var loading = null;
function loadBundledPolicies() {
  loading ??= (async () => {
    const module = await import("./managed-policies.data-JXBXGMW6.js");
    const data = module.default;
    const documents = JSON.parse(
      gunzipSync(Buffer.from(data.documents, "base64")).toString("utf8")
    );
    const arnsByName = /* @__PURE__ */ new Map();
    for (const arn of Object.keys(documents))
      arnsByName.set(arn.slice(arn.lastIndexOf("/") + 1).toLowerCase(), arn);
    return {
      arnsByName,
      label: `bundled ${data.dataDate}`,
      source: data.source,
      version: data.version,
      dataDate: data.dataDate,
      documents: new Map(Object.entries(documents))
    };
  })();
  return loading;
}
async function bundledPoliciesFor(entities) {
  return needsBundledPolicies(entities) ? loadBundledPolicies() : null;
}

export {
  isAwsManagedPolicyArn,
  bundledDocument,
  bundledPoliciesFor
};
//# sourceMappingURL=chunk-I7PDZJUR.js.map
