import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  nearest
} from "./chunk-7F5SETJ2.js";
import {
  resolveConfig
} from "./chunk-ZFO65GN4.js";
import {
  IAM_ARN_PATTERN
} from "./chunk-R5BDUPL3.js";
import {
  require_dist
} from "./chunk-LI4YSP5E.js";
import {
  ConfigError
} from "./chunk-PSDFGU3R.js";
import {
  __commonJS,
  __toESM
} from "./chunk-5246H675.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/validator.ts
var validate = validate0;
var schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/iam-usage-guard/iam-usage-guard/rules/config.schema.json", "title": "iam-usage-guard configuration", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "extends": { "enum": ["recommended", "strict"], "description": "A preset from rules/ to start from; your settings override it." }, "unusedDays": { "type": "integer", "minimum": 1, "maximum": 400, "description": "A grant not used within this many days before the report is unused (IAM tracks 400 days)." }, "accessKeyMaxIdleDays": { "type": "integer", "minimum": 1, "description": "An active access key unused for longer than this is stale." }, "granularity": { "enum": ["SERVICE_LEVEL", "ACTION_LEVEL"], "description": "Last-accessed report granularity; ACTION_LEVEL adds tracked actions." }, "onMissingData": { "enum": ["fail", "warn"], "description": "fail: an entity without usage data is an error finding (blocks); warn: no-usage-data severity." }, "cacheMaxAgeHours": { "type": "number", "minimum": 0, "description": "Reuse cached reports younger than this." }, "deadlineSeconds": { "type": "number", "exclusiveMinimum": 0, "description": "Upper bound for collecting usage." }, "snapshotMaxAgeDays": { "type": "integer", "minimum": 1, "maximum": 400, "description": "A snapshot older than this is refused, one older than a third of it warned about (default: unusedDays)." }, "files": { "type": "object", "additionalProperties": false, "properties": { "include": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 } } }, "description": "Globs choosing which IaC files are read." }, "ignore": { "type": "object", "additionalProperties": false, "properties": { "entities": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs over entity ARNs or `file#id`." }, "services": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs over service namespaces (`s3`)." }, "actions": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs over actions (`s3:Get*`)." } } }, "rules": { "type": "object", "additionalProperties": false, "properties": { "widened-unused-service": { "description": "The change adds actions of a service the entity already had at base and has not used within unusedDays.", "oneOf": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "array", "minItems": 1, "maxItems": 1, "items": [{ "enum": ["error", "warning", "notice", "off"] }], "additionalItems": false }, { "type": "array", "minItems": 2, "maxItems": 2, "items": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "object", "additionalProperties": false, "properties": { "unusedDays": { "type": "integer", "minimum": 1, "maximum": 400 } } }], "additionalItems": false }] }, "widened-unused-action": { "description": "The change adds a tracked action on a service whose tracked actions the entity has not used within unusedDays (action-level data).", "oneOf": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "array", "minItems": 1, "maxItems": 1, "items": [{ "enum": ["error", "warning", "notice", "off"] }], "additionalItems": false }, { "type": "array", "minItems": 2, "maxItems": 2, "items": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "object", "additionalProperties": false, "properties": { "unusedDays": { "type": "integer", "minimum": 1, "maximum": 400 } } }], "additionalItems": false }] }, "unused-service": { "description": "A changed entity grants a service it has not used within unusedDays.", "oneOf": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "array", "minItems": 1, "maxItems": 1, "items": [{ "enum": ["error", "warning", "notice", "off"] }], "additionalItems": false }, { "type": "array", "minItems": 2, "maxItems": 2, "items": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "object", "additionalProperties": false, "properties": { "unusedDays": { "type": "integer", "minimum": 1, "maximum": 400 } } }], "additionalItems": false }] }, "unused-action": { "description": "A changed entity grants tracked actions it has not used within unusedDays (action-level data).", "oneOf": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "array", "minItems": 1, "maxItems": 1, "items": [{ "enum": ["error", "warning", "notice", "off"] }], "additionalItems": false }, { "type": "array", "minItems": 2, "maxItems": 2, "items": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "object", "additionalProperties": false, "properties": { "unusedDays": { "type": "integer", "minimum": 1, "maximum": 400 } } }], "additionalItems": false }] }, "unused-entity": { "description": "A changed entity used no service within unusedDays.", "oneOf": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "array", "minItems": 1, "maxItems": 1, "items": [{ "enum": ["error", "warning", "notice", "off"] }], "additionalItems": false }, { "type": "array", "minItems": 2, "maxItems": 2, "items": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "object", "additionalProperties": false, "properties": { "unusedDays": { "type": "integer", "minimum": 1, "maximum": 400 } } }], "additionalItems": false }] }, "new-service": { "description": "The change grants a service the entity never had, so no usage can exist yet.", "oneOf": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "array", "minItems": 1, "maxItems": 1, "items": [{ "enum": ["error", "warning", "notice", "off"] }], "additionalItems": false }, { "type": "array", "minItems": 2, "maxItems": 2, "items": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "object", "additionalProperties": false, "properties": { "includeNewEntities": { "type": "boolean", "description": "Also report each service of an entity the change adds (default true)." } } }], "additionalItems": false }] }, "stale-access-key": { "description": "A changed user has an active access key not used within accessKeyMaxIdleDays, or never used.", "oneOf": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "array", "minItems": 1, "maxItems": 1, "items": [{ "enum": ["error", "warning", "notice", "off"] }], "additionalItems": false }, { "type": "array", "minItems": 2, "maxItems": 2, "items": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "object", "additionalProperties": false, "properties": { "maxIdleDays": { "type": "integer", "minimum": 1 } } }], "additionalItems": false }] }, "no-usage-data": { "description": "An entity could not be resolved or its last-accessed report could not be had (reason in the message).", "oneOf": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "array", "minItems": 1, "maxItems": 1, "items": [{ "enum": ["error", "warning", "notice", "off"] }], "additionalItems": false }, { "type": "array", "minItems": 2, "maxItems": 2, "items": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "additionalItems": false }] }, "unjudged": { "description": "An entity the change touches grants something the code does not let the tool know (unrendered action, unresolved target, managed policy without a document, plan-time unknown).", "oneOf": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "array", "minItems": 1, "maxItems": 1, "items": [{ "enum": ["error", "warning", "notice", "off"] }], "additionalItems": false }, { "type": "array", "minItems": 2, "maxItems": 2, "items": [{ "enum": ["error", "warning", "notice", "off"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "additionalItems": false }] } }, "description": "Per rule: a severity, or [severity, options]." }, "entities": { "type": "array", "description": "Map entities to deployed ARNs: match is a glob over `file#id`.", "items": { "type": "object", "additionalProperties": false, "required": ["match", "arn"], "properties": { "match": { "type": "string", "minLength": 1 }, "arn": { "type": "string", "pattern": "^arn:(aws[a-z-]*):iam::(\\d{12}|aws):(role|user|group|policy)(\\/(?:[^/]*\\/)*)([^/]+)$" } } } }, "parameters": { "type": "array", "description": "Parameter values a template is deployed with (template is a glob over file paths), over its own Defaults.", "items": { "type": "object", "additionalProperties": false, "required": ["template", "values"], "properties": { "template": { "type": "string", "minLength": 1 }, "values": { "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }, { "type": "array", "items": { "type": "string" } }] } } } } }, "stacks": { "type": "array", "description": "The deployed stack of a template: template is a glob over file paths.", "items": { "type": "object", "additionalProperties": false, "required": ["template", "stackName"], "properties": { "template": { "type": "string", "minLength": 1 }, "stackName": { "type": "string", "minLength": 1 } } } } } };
var func0 = Object.prototype.hasOwnProperty;
var func1 = require_ucs2length().default;
var pattern0 = new RegExp("^arn:(aws[a-z-]*):iam::(\\d{12}|aws):(role|user|group|policy)(\\/(?:[^/]*\\/)*)([^/]+)$", "u");
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func0.call(schema0.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.$schema.type, parentSchema: schema0.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (!(data1 === "recommended" || data1 === "strict")) {
        const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema0.properties.extends.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.extends.enum, parentSchema: schema0.properties.extends, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.unusedDays !== void 0) {
      let data2 = data.unusedDays;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err3 = { instancePath: instancePath + "/unusedDays", schemaPath: "#/properties/unusedDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.unusedDays.type, parentSchema: schema0.properties.unusedDays, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 > 400 || isNaN(data2)) {
          const err4 = { instancePath: instancePath + "/unusedDays", schemaPath: "#/properties/unusedDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 400 }, message: "must be <= 400", schema: 400, parentSchema: schema0.properties.unusedDays, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err5 = { instancePath: instancePath + "/unusedDays", schemaPath: "#/properties/unusedDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.unusedDays, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.accessKeyMaxIdleDays !== void 0) {
      let data3 = data.accessKeyMaxIdleDays;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err6 = { instancePath: instancePath + "/accessKeyMaxIdleDays", schemaPath: "#/properties/accessKeyMaxIdleDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.accessKeyMaxIdleDays.type, parentSchema: schema0.properties.accessKeyMaxIdleDays, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 < 1 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/accessKeyMaxIdleDays", schemaPath: "#/properties/accessKeyMaxIdleDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.accessKeyMaxIdleDays, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.granularity !== void 0) {
      let data4 = data.granularity;
      if (!(data4 === "SERVICE_LEVEL" || data4 === "ACTION_LEVEL")) {
        const err8 = { instancePath: instancePath + "/granularity", schemaPath: "#/properties/granularity/enum", keyword: "enum", params: { allowedValues: schema0.properties.granularity.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.granularity.enum, parentSchema: schema0.properties.granularity, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.onMissingData !== void 0) {
      let data5 = data.onMissingData;
      if (!(data5 === "fail" || data5 === "warn")) {
        const err9 = { instancePath: instancePath + "/onMissingData", schemaPath: "#/properties/onMissingData/enum", keyword: "enum", params: { allowedValues: schema0.properties.onMissingData.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.onMissingData.enum, parentSchema: schema0.properties.onMissingData, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.cacheMaxAgeHours !== void 0) {
      let data6 = data.cacheMaxAgeHours;
      if (typeof data6 == "number") {
        if (data6 < 0 || isNaN(data6)) {
          const err10 = { instancePath: instancePath + "/cacheMaxAgeHours", schemaPath: "#/properties/cacheMaxAgeHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.cacheMaxAgeHours, data: data6 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/cacheMaxAgeHours", schemaPath: "#/properties/cacheMaxAgeHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.cacheMaxAgeHours.type, parentSchema: schema0.properties.cacheMaxAgeHours, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.deadlineSeconds !== void 0) {
      let data7 = data.deadlineSeconds;
      if (typeof data7 == "number") {
        if (data7 <= 0 || isNaN(data7)) {
          const err12 = { instancePath: instancePath + "/deadlineSeconds", schemaPath: "#/properties/deadlineSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema0.properties.deadlineSeconds, data: data7 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/deadlineSeconds", schemaPath: "#/properties/deadlineSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.deadlineSeconds.type, parentSchema: schema0.properties.deadlineSeconds, data: data7 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.snapshotMaxAgeDays !== void 0) {
      let data8 = data.snapshotMaxAgeDays;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err14 = { instancePath: instancePath + "/snapshotMaxAgeDays", schemaPath: "#/properties/snapshotMaxAgeDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.snapshotMaxAgeDays.type, parentSchema: schema0.properties.snapshotMaxAgeDays, data: data8 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data8 == "number") {
        if (data8 > 400 || isNaN(data8)) {
          const err15 = { instancePath: instancePath + "/snapshotMaxAgeDays", schemaPath: "#/properties/snapshotMaxAgeDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 400 }, message: "must be <= 400", schema: 400, parentSchema: schema0.properties.snapshotMaxAgeDays, data: data8 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data8 < 1 || isNaN(data8)) {
          const err16 = { instancePath: instancePath + "/snapshotMaxAgeDays", schemaPath: "#/properties/snapshotMaxAgeDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.snapshotMaxAgeDays, data: data8 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.files !== void 0) {
      let data9 = data.files;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          if (!(key1 === "include" || key1 === "exclude")) {
            const err17 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.files, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.include !== void 0) {
          let data10 = data9.include;
          if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data11 = data10[i0];
              if (typeof data11 === "string") {
                if (func1(data11) < 1) {
                  const err18 = { instancePath: instancePath + "/files/include/" + i0, schemaPath: "#/properties/files/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.files.properties.include.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/files/include/" + i0, schemaPath: "#/properties/files/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.files.properties.include.items.type, parentSchema: schema0.properties.files.properties.include.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/files/include", schemaPath: "#/properties/files/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.files.properties.include.type, parentSchema: schema0.properties.files.properties.include, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data9.exclude !== void 0) {
          let data12 = data9.exclude;
          if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (typeof data13 === "string") {
                if (func1(data13) < 1) {
                  const err21 = { instancePath: instancePath + "/files/exclude/" + i1, schemaPath: "#/properties/files/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.files.properties.exclude.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/files/exclude/" + i1, schemaPath: "#/properties/files/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.files.properties.exclude.items.type, parentSchema: schema0.properties.files.properties.exclude.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/files/exclude", schemaPath: "#/properties/files/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.files.properties.exclude.type, parentSchema: schema0.properties.files.properties.exclude, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.files.type, parentSchema: schema0.properties.files, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data14 = data.ignore;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key2 in data14) {
          if (!(key2 === "entities" || key2 === "services" || key2 === "actions")) {
            const err25 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.ignore, data: data14 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data14.entities !== void 0) {
          let data15 = data14.entities;
          if (Array.isArray(data15)) {
            const len2 = data15.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data16 = data15[i2];
              if (typeof data16 === "string") {
                if (func1(data16) < 1) {
                  const err26 = { instancePath: instancePath + "/ignore/entities/" + i2, schemaPath: "#/properties/ignore/properties/entities/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.ignore.properties.entities.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/ignore/entities/" + i2, schemaPath: "#/properties/ignore/properties/entities/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.ignore.properties.entities.items.type, parentSchema: schema0.properties.ignore.properties.entities.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/ignore/entities", schemaPath: "#/properties/ignore/properties/entities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.ignore.properties.entities.type, parentSchema: schema0.properties.ignore.properties.entities, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data14.services !== void 0) {
          let data17 = data14.services;
          if (Array.isArray(data17)) {
            const len3 = data17.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data18 = data17[i3];
              if (typeof data18 === "string") {
                if (func1(data18) < 1) {
                  const err29 = { instancePath: instancePath + "/ignore/services/" + i3, schemaPath: "#/properties/ignore/properties/services/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.ignore.properties.services.items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/ignore/services/" + i3, schemaPath: "#/properties/ignore/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.ignore.properties.services.items.type, parentSchema: schema0.properties.ignore.properties.services.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/ignore/services", schemaPath: "#/properties/ignore/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.ignore.properties.services.type, parentSchema: schema0.properties.ignore.properties.services, data: data17 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data14.actions !== void 0) {
          let data19 = data14.actions;
          if (Array.isArray(data19)) {
            const len4 = data19.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data20 = data19[i4];
              if (typeof data20 === "string") {
                if (func1(data20) < 1) {
                  const err32 = { instancePath: instancePath + "/ignore/actions/" + i4, schemaPath: "#/properties/ignore/properties/actions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.ignore.properties.actions.items, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/ignore/actions/" + i4, schemaPath: "#/properties/ignore/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.ignore.properties.actions.items.type, parentSchema: schema0.properties.ignore.properties.actions.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/ignore/actions", schemaPath: "#/properties/ignore/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.ignore.properties.actions.type, parentSchema: schema0.properties.ignore.properties.actions, data: data19 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.ignore.type, parentSchema: schema0.properties.ignore, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data21 = data.rules;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key3 in data21) {
          if (!func0.call(schema0.properties.rules.properties, key3)) {
            const err36 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules, data: data21 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data21["widened-unused-service"] !== void 0) {
          let data22 = data21["widened-unused-service"];
          const _errs47 = errors;
          let valid14 = false;
          let passing0 = null;
          const _errs48 = errors;
          if (!(data22 === "error" || data22 === "warning" || data22 === "notice" || data22 === "off")) {
            const err37 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["widened-unused-service"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["widened-unused-service"].oneOf[0].enum, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[0], data: data22 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var _valid0 = _errs48 === errors;
          if (_valid0) {
            valid14 = true;
            passing0 = 0;
          }
          const _errs49 = errors;
          if (Array.isArray(data22)) {
            if (data22.length > 1) {
              const err38 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[1], data: data22 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data22.length < 1) {
              const err39 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[1], data: data22 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            const len5 = data22.length;
            if (!(len5 <= 1)) {
              const err40 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[1], data: data22 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            const len6 = data22.length;
            if (len6 > 0) {
              let data23 = data22[0];
              if (!(data23 === "error" || data23 === "warning" || data23 === "notice" || data23 === "off")) {
                const err41 = { instancePath: instancePath + "/rules/widened-unused-service/0", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["widened-unused-service"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["widened-unused-service"].oneOf[1].items[0].enum, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[1].items[0], data: data23 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["widened-unused-service"].oneOf[1].type, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[1], data: data22 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          var _valid0 = _errs49 === errors;
          if (_valid0 && valid14) {
            valid14 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid14 = true;
              passing0 = 1;
            }
            const _errs52 = errors;
            if (Array.isArray(data22)) {
              if (data22.length > 2) {
                const err43 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2], data: data22 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (data22.length < 2) {
                const err44 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2], data: data22 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              const len7 = data22.length;
              if (!(len7 <= 2)) {
                const err45 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2], data: data22 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              const len8 = data22.length;
              if (len8 > 0) {
                let data24 = data22[0];
                if (!(data24 === "error" || data24 === "warning" || data24 === "notice" || data24 === "off")) {
                  const err46 = { instancePath: instancePath + "/rules/widened-unused-service/0", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[0].enum, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[0], data: data24 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
              if (len8 > 1) {
                let data25 = data22[1];
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  for (const key4 in data25) {
                    if (!(key4 === "unusedDays")) {
                      const err47 = { instancePath: instancePath + "/rules/widened-unused-service/1", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[1], data: data25 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                  if (data25.unusedDays !== void 0) {
                    let data26 = data25.unusedDays;
                    if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
                      const err48 = { instancePath: instancePath + "/rules/widened-unused-service/1/unusedDays", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/items/1/properties/unusedDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[1].properties.unusedDays.type, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[1].properties.unusedDays, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (typeof data26 == "number") {
                      if (data26 > 400 || isNaN(data26)) {
                        const err49 = { instancePath: instancePath + "/rules/widened-unused-service/1/unusedDays", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/items/1/properties/unusedDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 400 }, message: "must be <= 400", schema: 400, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[1].properties.unusedDays, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                      if (data26 < 1 || isNaN(data26)) {
                        const err50 = { instancePath: instancePath + "/rules/widened-unused-service/1/unusedDays", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/items/1/properties/unusedDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[1].properties.unusedDays, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err50];
                        } else {
                          vErrors.push(err50);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err51 = { instancePath: instancePath + "/rules/widened-unused-service/1", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[1].type, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].items[1], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              }
            } else {
              const err52 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2].type, parentSchema: schema0.properties.rules.properties["widened-unused-service"].oneOf[2], data: data22 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            var _valid0 = _errs52 === errors;
            if (_valid0 && valid14) {
              valid14 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid14 = true;
                passing0 = 2;
              }
            }
          }
          if (!valid14) {
            const err53 = { instancePath: instancePath + "/rules/widened-unused-service", schemaPath: "#/properties/rules/properties/widened-unused-service/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.rules.properties["widened-unused-service"].oneOf, parentSchema: schema0.properties.rules.properties["widened-unused-service"], data: data22 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          } else {
            errors = _errs47;
            if (vErrors !== null) {
              if (_errs47) {
                vErrors.length = _errs47;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21["widened-unused-action"] !== void 0) {
          let data27 = data21["widened-unused-action"];
          const _errs61 = errors;
          let valid18 = false;
          let passing1 = null;
          const _errs62 = errors;
          if (!(data27 === "error" || data27 === "warning" || data27 === "notice" || data27 === "off")) {
            const err54 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["widened-unused-action"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["widened-unused-action"].oneOf[0].enum, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[0], data: data27 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          var _valid1 = _errs62 === errors;
          if (_valid1) {
            valid18 = true;
            passing1 = 0;
          }
          const _errs63 = errors;
          if (Array.isArray(data27)) {
            if (data27.length > 1) {
              const err55 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[1], data: data27 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data27.length < 1) {
              const err56 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[1], data: data27 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            const len9 = data27.length;
            if (!(len9 <= 1)) {
              const err57 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[1], data: data27 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            const len10 = data27.length;
            if (len10 > 0) {
              let data28 = data27[0];
              if (!(data28 === "error" || data28 === "warning" || data28 === "notice" || data28 === "off")) {
                const err58 = { instancePath: instancePath + "/rules/widened-unused-action/0", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["widened-unused-action"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["widened-unused-action"].oneOf[1].items[0].enum, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[1].items[0], data: data28 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["widened-unused-action"].oneOf[1].type, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[1], data: data27 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          var _valid1 = _errs63 === errors;
          if (_valid1 && valid18) {
            valid18 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid18 = true;
              passing1 = 1;
            }
            const _errs66 = errors;
            if (Array.isArray(data27)) {
              if (data27.length > 2) {
                const err60 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2], data: data27 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (data27.length < 2) {
                const err61 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2], data: data27 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              const len11 = data27.length;
              if (!(len11 <= 2)) {
                const err62 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2], data: data27 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              const len12 = data27.length;
              if (len12 > 0) {
                let data29 = data27[0];
                if (!(data29 === "error" || data29 === "warning" || data29 === "notice" || data29 === "off")) {
                  const err63 = { instancePath: instancePath + "/rules/widened-unused-action/0", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[0].enum, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[0], data: data29 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              }
              if (len12 > 1) {
                let data30 = data27[1];
                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                  for (const key5 in data30) {
                    if (!(key5 === "unusedDays")) {
                      const err64 = { instancePath: instancePath + "/rules/widened-unused-action/1", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[1], data: data30 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                  if (data30.unusedDays !== void 0) {
                    let data31 = data30.unusedDays;
                    if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
                      const err65 = { instancePath: instancePath + "/rules/widened-unused-action/1/unusedDays", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/items/1/properties/unusedDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[1].properties.unusedDays.type, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[1].properties.unusedDays, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                    if (typeof data31 == "number") {
                      if (data31 > 400 || isNaN(data31)) {
                        const err66 = { instancePath: instancePath + "/rules/widened-unused-action/1/unusedDays", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/items/1/properties/unusedDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 400 }, message: "must be <= 400", schema: 400, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[1].properties.unusedDays, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                      if (data31 < 1 || isNaN(data31)) {
                        const err67 = { instancePath: instancePath + "/rules/widened-unused-action/1/unusedDays", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/items/1/properties/unusedDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[1].properties.unusedDays, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err68 = { instancePath: instancePath + "/rules/widened-unused-action/1", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[1].type, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].items[1], data: data30 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
            } else {
              const err69 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2].type, parentSchema: schema0.properties.rules.properties["widened-unused-action"].oneOf[2], data: data27 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            var _valid1 = _errs66 === errors;
            if (_valid1 && valid18) {
              valid18 = false;
              passing1 = [passing1, 2];
            } else {
              if (_valid1) {
                valid18 = true;
                passing1 = 2;
              }
            }
          }
          if (!valid18) {
            const err70 = { instancePath: instancePath + "/rules/widened-unused-action", schemaPath: "#/properties/rules/properties/widened-unused-action/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.rules.properties["widened-unused-action"].oneOf, parentSchema: schema0.properties.rules.properties["widened-unused-action"], data: data27 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          } else {
            errors = _errs61;
            if (vErrors !== null) {
              if (_errs61) {
                vErrors.length = _errs61;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21["unused-service"] !== void 0) {
          let data32 = data21["unused-service"];
          const _errs75 = errors;
          let valid22 = false;
          let passing2 = null;
          const _errs76 = errors;
          if (!(data32 === "error" || data32 === "warning" || data32 === "notice" || data32 === "off")) {
            const err71 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-service"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-service"].oneOf[0].enum, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[0], data: data32 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          var _valid2 = _errs76 === errors;
          if (_valid2) {
            valid22 = true;
            passing2 = 0;
          }
          const _errs77 = errors;
          if (Array.isArray(data32)) {
            if (data32.length > 1) {
              const err72 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[1], data: data32 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data32.length < 1) {
              const err73 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[1], data: data32 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            const len13 = data32.length;
            if (!(len13 <= 1)) {
              const err74 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[1], data: data32 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            const len14 = data32.length;
            if (len14 > 0) {
              let data33 = data32[0];
              if (!(data33 === "error" || data33 === "warning" || data33 === "notice" || data33 === "off")) {
                const err75 = { instancePath: instancePath + "/rules/unused-service/0", schemaPath: "#/properties/rules/properties/unused-service/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-service"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-service"].oneOf[1].items[0].enum, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[1].items[0], data: data33 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["unused-service"].oneOf[1].type, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[1], data: data32 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          var _valid2 = _errs77 === errors;
          if (_valid2 && valid22) {
            valid22 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid22 = true;
              passing2 = 1;
            }
            const _errs80 = errors;
            if (Array.isArray(data32)) {
              if (data32.length > 2) {
                const err77 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2], data: data32 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              if (data32.length < 2) {
                const err78 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2], data: data32 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              const len15 = data32.length;
              if (!(len15 <= 2)) {
                const err79 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2], data: data32 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              const len16 = data32.length;
              if (len16 > 0) {
                let data34 = data32[0];
                if (!(data34 === "error" || data34 === "warning" || data34 === "notice" || data34 === "off")) {
                  const err80 = { instancePath: instancePath + "/rules/unused-service/0", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-service"].oneOf[2].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-service"].oneOf[2].items[0].enum, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2].items[0], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (len16 > 1) {
                let data35 = data32[1];
                if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                  for (const key6 in data35) {
                    if (!(key6 === "unusedDays")) {
                      const err81 = { instancePath: instancePath + "/rules/unused-service/1", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2].items[1], data: data35 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                  if (data35.unusedDays !== void 0) {
                    let data36 = data35.unusedDays;
                    if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                      const err82 = { instancePath: instancePath + "/rules/unused-service/1/unusedDays", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/items/1/properties/unusedDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.rules.properties["unused-service"].oneOf[2].items[1].properties.unusedDays.type, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2].items[1].properties.unusedDays, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (typeof data36 == "number") {
                      if (data36 > 400 || isNaN(data36)) {
                        const err83 = { instancePath: instancePath + "/rules/unused-service/1/unusedDays", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/items/1/properties/unusedDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 400 }, message: "must be <= 400", schema: 400, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2].items[1].properties.unusedDays, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      }
                      if (data36 < 1 || isNaN(data36)) {
                        const err84 = { instancePath: instancePath + "/rules/unused-service/1/unusedDays", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/items/1/properties/unusedDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2].items[1].properties.unusedDays, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err85 = { instancePath: instancePath + "/rules/unused-service/1", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.properties["unused-service"].oneOf[2].items[1].type, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2].items[1], data: data35 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              }
            } else {
              const err86 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["unused-service"].oneOf[2].type, parentSchema: schema0.properties.rules.properties["unused-service"].oneOf[2], data: data32 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            var _valid2 = _errs80 === errors;
            if (_valid2 && valid22) {
              valid22 = false;
              passing2 = [passing2, 2];
            } else {
              if (_valid2) {
                valid22 = true;
                passing2 = 2;
              }
            }
          }
          if (!valid22) {
            const err87 = { instancePath: instancePath + "/rules/unused-service", schemaPath: "#/properties/rules/properties/unused-service/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.rules.properties["unused-service"].oneOf, parentSchema: schema0.properties.rules.properties["unused-service"], data: data32 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          } else {
            errors = _errs75;
            if (vErrors !== null) {
              if (_errs75) {
                vErrors.length = _errs75;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21["unused-action"] !== void 0) {
          let data37 = data21["unused-action"];
          const _errs89 = errors;
          let valid26 = false;
          let passing3 = null;
          const _errs90 = errors;
          if (!(data37 === "error" || data37 === "warning" || data37 === "notice" || data37 === "off")) {
            const err88 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-action"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-action"].oneOf[0].enum, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[0], data: data37 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          var _valid3 = _errs90 === errors;
          if (_valid3) {
            valid26 = true;
            passing3 = 0;
          }
          const _errs91 = errors;
          if (Array.isArray(data37)) {
            if (data37.length > 1) {
              const err89 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[1], data: data37 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data37.length < 1) {
              const err90 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[1], data: data37 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            const len17 = data37.length;
            if (!(len17 <= 1)) {
              const err91 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[1], data: data37 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            const len18 = data37.length;
            if (len18 > 0) {
              let data38 = data37[0];
              if (!(data38 === "error" || data38 === "warning" || data38 === "notice" || data38 === "off")) {
                const err92 = { instancePath: instancePath + "/rules/unused-action/0", schemaPath: "#/properties/rules/properties/unused-action/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-action"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-action"].oneOf[1].items[0].enum, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[1].items[0], data: data38 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["unused-action"].oneOf[1].type, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[1], data: data37 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          var _valid3 = _errs91 === errors;
          if (_valid3 && valid26) {
            valid26 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid26 = true;
              passing3 = 1;
            }
            const _errs94 = errors;
            if (Array.isArray(data37)) {
              if (data37.length > 2) {
                const err94 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2], data: data37 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              if (data37.length < 2) {
                const err95 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2], data: data37 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
              const len19 = data37.length;
              if (!(len19 <= 2)) {
                const err96 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2], data: data37 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              const len20 = data37.length;
              if (len20 > 0) {
                let data39 = data37[0];
                if (!(data39 === "error" || data39 === "warning" || data39 === "notice" || data39 === "off")) {
                  const err97 = { instancePath: instancePath + "/rules/unused-action/0", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-action"].oneOf[2].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-action"].oneOf[2].items[0].enum, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2].items[0], data: data39 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              }
              if (len20 > 1) {
                let data40 = data37[1];
                if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                  for (const key7 in data40) {
                    if (!(key7 === "unusedDays")) {
                      const err98 = { instancePath: instancePath + "/rules/unused-action/1", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2].items[1], data: data40 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                  }
                  if (data40.unusedDays !== void 0) {
                    let data41 = data40.unusedDays;
                    if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                      const err99 = { instancePath: instancePath + "/rules/unused-action/1/unusedDays", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/items/1/properties/unusedDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.rules.properties["unused-action"].oneOf[2].items[1].properties.unusedDays.type, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2].items[1].properties.unusedDays, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                    if (typeof data41 == "number") {
                      if (data41 > 400 || isNaN(data41)) {
                        const err100 = { instancePath: instancePath + "/rules/unused-action/1/unusedDays", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/items/1/properties/unusedDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 400 }, message: "must be <= 400", schema: 400, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2].items[1].properties.unusedDays, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                      if (data41 < 1 || isNaN(data41)) {
                        const err101 = { instancePath: instancePath + "/rules/unused-action/1/unusedDays", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/items/1/properties/unusedDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2].items[1].properties.unusedDays, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err101];
                        } else {
                          vErrors.push(err101);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err102 = { instancePath: instancePath + "/rules/unused-action/1", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.properties["unused-action"].oneOf[2].items[1].type, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2].items[1], data: data40 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              }
            } else {
              const err103 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["unused-action"].oneOf[2].type, parentSchema: schema0.properties.rules.properties["unused-action"].oneOf[2], data: data37 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            var _valid3 = _errs94 === errors;
            if (_valid3 && valid26) {
              valid26 = false;
              passing3 = [passing3, 2];
            } else {
              if (_valid3) {
                valid26 = true;
                passing3 = 2;
              }
            }
          }
          if (!valid26) {
            const err104 = { instancePath: instancePath + "/rules/unused-action", schemaPath: "#/properties/rules/properties/unused-action/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.rules.properties["unused-action"].oneOf, parentSchema: schema0.properties.rules.properties["unused-action"], data: data37 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          } else {
            errors = _errs89;
            if (vErrors !== null) {
              if (_errs89) {
                vErrors.length = _errs89;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21["unused-entity"] !== void 0) {
          let data42 = data21["unused-entity"];
          const _errs103 = errors;
          let valid30 = false;
          let passing4 = null;
          const _errs104 = errors;
          if (!(data42 === "error" || data42 === "warning" || data42 === "notice" || data42 === "off")) {
            const err105 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-entity"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-entity"].oneOf[0].enum, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[0], data: data42 };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
          var _valid4 = _errs104 === errors;
          if (_valid4) {
            valid30 = true;
            passing4 = 0;
          }
          const _errs105 = errors;
          if (Array.isArray(data42)) {
            if (data42.length > 1) {
              const err106 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[1], data: data42 };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
            if (data42.length < 1) {
              const err107 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[1], data: data42 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            const len21 = data42.length;
            if (!(len21 <= 1)) {
              const err108 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[1], data: data42 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            const len22 = data42.length;
            if (len22 > 0) {
              let data43 = data42[0];
              if (!(data43 === "error" || data43 === "warning" || data43 === "notice" || data43 === "off")) {
                const err109 = { instancePath: instancePath + "/rules/unused-entity/0", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-entity"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-entity"].oneOf[1].items[0].enum, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[1].items[0], data: data43 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["unused-entity"].oneOf[1].type, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[1], data: data42 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
          var _valid4 = _errs105 === errors;
          if (_valid4 && valid30) {
            valid30 = false;
            passing4 = [passing4, 1];
          } else {
            if (_valid4) {
              valid30 = true;
              passing4 = 1;
            }
            const _errs108 = errors;
            if (Array.isArray(data42)) {
              if (data42.length > 2) {
                const err111 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2], data: data42 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              if (data42.length < 2) {
                const err112 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2], data: data42 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              const len23 = data42.length;
              if (!(len23 <= 2)) {
                const err113 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2], data: data42 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              const len24 = data42.length;
              if (len24 > 0) {
                let data44 = data42[0];
                if (!(data44 === "error" || data44 === "warning" || data44 === "notice" || data44 === "off")) {
                  const err114 = { instancePath: instancePath + "/rules/unused-entity/0", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[0].enum, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[0], data: data44 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
              if (len24 > 1) {
                let data45 = data42[1];
                if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                  for (const key8 in data45) {
                    if (!(key8 === "unusedDays")) {
                      const err115 = { instancePath: instancePath + "/rules/unused-entity/1", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[1], data: data45 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  }
                  if (data45.unusedDays !== void 0) {
                    let data46 = data45.unusedDays;
                    if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                      const err116 = { instancePath: instancePath + "/rules/unused-entity/1/unusedDays", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/items/1/properties/unusedDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[1].properties.unusedDays.type, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[1].properties.unusedDays, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                    if (typeof data46 == "number") {
                      if (data46 > 400 || isNaN(data46)) {
                        const err117 = { instancePath: instancePath + "/rules/unused-entity/1/unusedDays", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/items/1/properties/unusedDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 400 }, message: "must be <= 400", schema: 400, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[1].properties.unusedDays, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                      if (data46 < 1 || isNaN(data46)) {
                        const err118 = { instancePath: instancePath + "/rules/unused-entity/1/unusedDays", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/items/1/properties/unusedDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[1].properties.unusedDays, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err119 = { instancePath: instancePath + "/rules/unused-entity/1", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[1].type, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2].items[1], data: data45 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              }
            } else {
              const err120 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["unused-entity"].oneOf[2].type, parentSchema: schema0.properties.rules.properties["unused-entity"].oneOf[2], data: data42 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            var _valid4 = _errs108 === errors;
            if (_valid4 && valid30) {
              valid30 = false;
              passing4 = [passing4, 2];
            } else {
              if (_valid4) {
                valid30 = true;
                passing4 = 2;
              }
            }
          }
          if (!valid30) {
            const err121 = { instancePath: instancePath + "/rules/unused-entity", schemaPath: "#/properties/rules/properties/unused-entity/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.rules.properties["unused-entity"].oneOf, parentSchema: schema0.properties.rules.properties["unused-entity"], data: data42 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          } else {
            errors = _errs103;
            if (vErrors !== null) {
              if (_errs103) {
                vErrors.length = _errs103;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21["new-service"] !== void 0) {
          let data47 = data21["new-service"];
          const _errs117 = errors;
          let valid34 = false;
          let passing5 = null;
          const _errs118 = errors;
          if (!(data47 === "error" || data47 === "warning" || data47 === "notice" || data47 === "off")) {
            const err122 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["new-service"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["new-service"].oneOf[0].enum, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[0], data: data47 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
          var _valid5 = _errs118 === errors;
          if (_valid5) {
            valid34 = true;
            passing5 = 0;
          }
          const _errs119 = errors;
          if (Array.isArray(data47)) {
            if (data47.length > 1) {
              const err123 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[1], data: data47 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            if (data47.length < 1) {
              const err124 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[1], data: data47 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
            const len25 = data47.length;
            if (!(len25 <= 1)) {
              const err125 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[1], data: data47 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            const len26 = data47.length;
            if (len26 > 0) {
              let data48 = data47[0];
              if (!(data48 === "error" || data48 === "warning" || data48 === "notice" || data48 === "off")) {
                const err126 = { instancePath: instancePath + "/rules/new-service/0", schemaPath: "#/properties/rules/properties/new-service/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["new-service"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["new-service"].oneOf[1].items[0].enum, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[1].items[0], data: data48 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
          } else {
            const err127 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["new-service"].oneOf[1].type, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[1], data: data47 };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
          var _valid5 = _errs119 === errors;
          if (_valid5 && valid34) {
            valid34 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid34 = true;
              passing5 = 1;
            }
            const _errs122 = errors;
            if (Array.isArray(data47)) {
              if (data47.length > 2) {
                const err128 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[2], data: data47 };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
              if (data47.length < 2) {
                const err129 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[2], data: data47 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
              const len27 = data47.length;
              if (!(len27 <= 2)) {
                const err130 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf/2/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[2], data: data47 };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
              const len28 = data47.length;
              if (len28 > 0) {
                let data49 = data47[0];
                if (!(data49 === "error" || data49 === "warning" || data49 === "notice" || data49 === "off")) {
                  const err131 = { instancePath: instancePath + "/rules/new-service/0", schemaPath: "#/properties/rules/properties/new-service/oneOf/2/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["new-service"].oneOf[2].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["new-service"].oneOf[2].items[0].enum, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[2].items[0], data: data49 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              }
              if (len28 > 1) {
                let data50 = data47[1];
                if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                  for (const key9 in data50) {
                    if (!(key9 === "includeNewEntities")) {
                      const err132 = { instancePath: instancePath + "/rules/new-service/1", schemaPath: "#/properties/rules/properties/new-service/oneOf/2/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[2].items[1], data: data50 };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                  }
                  if (data50.includeNewEntities !== void 0) {
                    let data51 = data50.includeNewEntities;
                    if (typeof data51 !== "boolean") {
                      const err133 = { instancePath: instancePath + "/rules/new-service/1/includeNewEntities", schemaPath: "#/properties/rules/properties/new-service/oneOf/2/items/1/properties/includeNewEntities/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.rules.properties["new-service"].oneOf[2].items[1].properties.includeNewEntities.type, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[2].items[1].properties.includeNewEntities, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err134 = { instancePath: instancePath + "/rules/new-service/1", schemaPath: "#/properties/rules/properties/new-service/oneOf/2/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.properties["new-service"].oneOf[2].items[1].type, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[2].items[1], data: data50 };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
              }
            } else {
              const err135 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["new-service"].oneOf[2].type, parentSchema: schema0.properties.rules.properties["new-service"].oneOf[2], data: data47 };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            var _valid5 = _errs122 === errors;
            if (_valid5 && valid34) {
              valid34 = false;
              passing5 = [passing5, 2];
            } else {
              if (_valid5) {
                valid34 = true;
                passing5 = 2;
              }
            }
          }
          if (!valid34) {
            const err136 = { instancePath: instancePath + "/rules/new-service", schemaPath: "#/properties/rules/properties/new-service/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.rules.properties["new-service"].oneOf, parentSchema: schema0.properties.rules.properties["new-service"], data: data47 };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          } else {
            errors = _errs117;
            if (vErrors !== null) {
              if (_errs117) {
                vErrors.length = _errs117;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21["stale-access-key"] !== void 0) {
          let data52 = data21["stale-access-key"];
          const _errs131 = errors;
          let valid38 = false;
          let passing6 = null;
          const _errs132 = errors;
          if (!(data52 === "error" || data52 === "warning" || data52 === "notice" || data52 === "off")) {
            const err137 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["stale-access-key"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["stale-access-key"].oneOf[0].enum, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[0], data: data52 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
          var _valid6 = _errs132 === errors;
          if (_valid6) {
            valid38 = true;
            passing6 = 0;
          }
          const _errs133 = errors;
          if (Array.isArray(data52)) {
            if (data52.length > 1) {
              const err138 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[1], data: data52 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
            if (data52.length < 1) {
              const err139 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[1], data: data52 };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
            const len29 = data52.length;
            if (!(len29 <= 1)) {
              const err140 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[1], data: data52 };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
            const len30 = data52.length;
            if (len30 > 0) {
              let data53 = data52[0];
              if (!(data53 === "error" || data53 === "warning" || data53 === "notice" || data53 === "off")) {
                const err141 = { instancePath: instancePath + "/rules/stale-access-key/0", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["stale-access-key"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["stale-access-key"].oneOf[1].items[0].enum, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[1].items[0], data: data53 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
          } else {
            const err142 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["stale-access-key"].oneOf[1].type, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[1], data: data52 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
          var _valid6 = _errs133 === errors;
          if (_valid6 && valid38) {
            valid38 = false;
            passing6 = [passing6, 1];
          } else {
            if (_valid6) {
              valid38 = true;
              passing6 = 1;
            }
            const _errs136 = errors;
            if (Array.isArray(data52)) {
              if (data52.length > 2) {
                const err143 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[2], data: data52 };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
              if (data52.length < 2) {
                const err144 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[2], data: data52 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
              const len31 = data52.length;
              if (!(len31 <= 2)) {
                const err145 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/2/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[2], data: data52 };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
              const len32 = data52.length;
              if (len32 > 0) {
                let data54 = data52[0];
                if (!(data54 === "error" || data54 === "warning" || data54 === "notice" || data54 === "off")) {
                  const err146 = { instancePath: instancePath + "/rules/stale-access-key/0", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/2/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["stale-access-key"].oneOf[2].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["stale-access-key"].oneOf[2].items[0].enum, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[2].items[0], data: data54 };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
              }
              if (len32 > 1) {
                let data55 = data52[1];
                if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                  for (const key10 in data55) {
                    if (!(key10 === "maxIdleDays")) {
                      const err147 = { instancePath: instancePath + "/rules/stale-access-key/1", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/2/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[2].items[1], data: data55 };
                      if (vErrors === null) {
                        vErrors = [err147];
                      } else {
                        vErrors.push(err147);
                      }
                      errors++;
                    }
                  }
                  if (data55.maxIdleDays !== void 0) {
                    let data56 = data55.maxIdleDays;
                    if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
                      const err148 = { instancePath: instancePath + "/rules/stale-access-key/1/maxIdleDays", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/2/items/1/properties/maxIdleDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.rules.properties["stale-access-key"].oneOf[2].items[1].properties.maxIdleDays.type, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[2].items[1].properties.maxIdleDays, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                    if (typeof data56 == "number") {
                      if (data56 < 1 || isNaN(data56)) {
                        const err149 = { instancePath: instancePath + "/rules/stale-access-key/1/maxIdleDays", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/2/items/1/properties/maxIdleDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[2].items[1].properties.maxIdleDays, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err150 = { instancePath: instancePath + "/rules/stale-access-key/1", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/2/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.properties["stale-access-key"].oneOf[2].items[1].type, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[2].items[1], data: data55 };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
              }
            } else {
              const err151 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["stale-access-key"].oneOf[2].type, parentSchema: schema0.properties.rules.properties["stale-access-key"].oneOf[2], data: data52 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
            var _valid6 = _errs136 === errors;
            if (_valid6 && valid38) {
              valid38 = false;
              passing6 = [passing6, 2];
            } else {
              if (_valid6) {
                valid38 = true;
                passing6 = 2;
              }
            }
          }
          if (!valid38) {
            const err152 = { instancePath: instancePath + "/rules/stale-access-key", schemaPath: "#/properties/rules/properties/stale-access-key/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.rules.properties["stale-access-key"].oneOf, parentSchema: schema0.properties.rules.properties["stale-access-key"], data: data52 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          } else {
            errors = _errs131;
            if (vErrors !== null) {
              if (_errs131) {
                vErrors.length = _errs131;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21["no-usage-data"] !== void 0) {
          let data57 = data21["no-usage-data"];
          const _errs145 = errors;
          let valid42 = false;
          let passing7 = null;
          const _errs146 = errors;
          if (!(data57 === "error" || data57 === "warning" || data57 === "notice" || data57 === "off")) {
            const err153 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["no-usage-data"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["no-usage-data"].oneOf[0].enum, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[0], data: data57 };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
          var _valid7 = _errs146 === errors;
          if (_valid7) {
            valid42 = true;
            passing7 = 0;
          }
          const _errs147 = errors;
          if (Array.isArray(data57)) {
            if (data57.length > 1) {
              const err154 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[1], data: data57 };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
            if (data57.length < 1) {
              const err155 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[1], data: data57 };
              if (vErrors === null) {
                vErrors = [err155];
              } else {
                vErrors.push(err155);
              }
              errors++;
            }
            const len33 = data57.length;
            if (!(len33 <= 1)) {
              const err156 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[1], data: data57 };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
            const len34 = data57.length;
            if (len34 > 0) {
              let data58 = data57[0];
              if (!(data58 === "error" || data58 === "warning" || data58 === "notice" || data58 === "off")) {
                const err157 = { instancePath: instancePath + "/rules/no-usage-data/0", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["no-usage-data"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["no-usage-data"].oneOf[1].items[0].enum, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[1].items[0], data: data58 };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
          } else {
            const err158 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["no-usage-data"].oneOf[1].type, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[1], data: data57 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
          var _valid7 = _errs147 === errors;
          if (_valid7 && valid42) {
            valid42 = false;
            passing7 = [passing7, 1];
          } else {
            if (_valid7) {
              valid42 = true;
              passing7 = 1;
            }
            const _errs150 = errors;
            if (Array.isArray(data57)) {
              if (data57.length > 2) {
                const err159 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[2], data: data57 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
              if (data57.length < 2) {
                const err160 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[2], data: data57 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
              const len35 = data57.length;
              if (!(len35 <= 2)) {
                const err161 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/2/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[2], data: data57 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
              const len36 = data57.length;
              if (len36 > 0) {
                let data59 = data57[0];
                if (!(data59 === "error" || data59 === "warning" || data59 === "notice" || data59 === "off")) {
                  const err162 = { instancePath: instancePath + "/rules/no-usage-data/0", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/2/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["no-usage-data"].oneOf[2].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["no-usage-data"].oneOf[2].items[0].enum, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[2].items[0], data: data59 };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
              }
              if (len36 > 1) {
                let data60 = data57[1];
                if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                  for (const key11 in data60) {
                    const err163 = { instancePath: instancePath + "/rules/no-usage-data/1", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/2/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[2].items[1], data: data60 };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                } else {
                  const err164 = { instancePath: instancePath + "/rules/no-usage-data/1", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/2/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.properties["no-usage-data"].oneOf[2].items[1].type, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[2].items[1], data: data60 };
                  if (vErrors === null) {
                    vErrors = [err164];
                  } else {
                    vErrors.push(err164);
                  }
                  errors++;
                }
              }
            } else {
              const err165 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties["no-usage-data"].oneOf[2].type, parentSchema: schema0.properties.rules.properties["no-usage-data"].oneOf[2], data: data57 };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
            var _valid7 = _errs150 === errors;
            if (_valid7 && valid42) {
              valid42 = false;
              passing7 = [passing7, 2];
            } else {
              if (_valid7) {
                valid42 = true;
                passing7 = 2;
              }
            }
          }
          if (!valid42) {
            const err166 = { instancePath: instancePath + "/rules/no-usage-data", schemaPath: "#/properties/rules/properties/no-usage-data/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.rules.properties["no-usage-data"].oneOf, parentSchema: schema0.properties.rules.properties["no-usage-data"], data: data57 };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          } else {
            errors = _errs145;
            if (vErrors !== null) {
              if (_errs145) {
                vErrors.length = _errs145;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21.unjudged !== void 0) {
          let data61 = data21.unjudged;
          const _errs157 = errors;
          let valid45 = false;
          let passing8 = null;
          const _errs158 = errors;
          if (!(data61 === "error" || data61 === "warning" || data61 === "notice" || data61 === "off")) {
            const err167 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties.unjudged.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties.unjudged.oneOf[0].enum, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[0], data: data61 };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
          var _valid8 = _errs158 === errors;
          if (_valid8) {
            valid45 = true;
            passing8 = 0;
          }
          const _errs159 = errors;
          if (Array.isArray(data61)) {
            if (data61.length > 1) {
              const err168 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[1], data: data61 };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            if (data61.length < 1) {
              const err169 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[1], data: data61 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
            const len37 = data61.length;
            if (!(len37 <= 1)) {
              const err170 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[1], data: data61 };
              if (vErrors === null) {
                vErrors = [err170];
              } else {
                vErrors.push(err170);
              }
              errors++;
            }
            const len38 = data61.length;
            if (len38 > 0) {
              let data62 = data61[0];
              if (!(data62 === "error" || data62 === "warning" || data62 === "notice" || data62 === "off")) {
                const err171 = { instancePath: instancePath + "/rules/unjudged/0", schemaPath: "#/properties/rules/properties/unjudged/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties.unjudged.oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties.unjudged.oneOf[1].items[0].enum, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[1].items[0], data: data62 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
          } else {
            const err172 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties.unjudged.oneOf[1].type, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[1], data: data61 };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
          var _valid8 = _errs159 === errors;
          if (_valid8 && valid45) {
            valid45 = false;
            passing8 = [passing8, 1];
          } else {
            if (_valid8) {
              valid45 = true;
              passing8 = 1;
            }
            const _errs162 = errors;
            if (Array.isArray(data61)) {
              if (data61.length > 2) {
                const err173 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[2], data: data61 };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
              if (data61.length < 2) {
                const err174 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[2], data: data61 };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
              const len39 = data61.length;
              if (!(len39 <= 2)) {
                const err175 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf/2/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[2], data: data61 };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
              const len40 = data61.length;
              if (len40 > 0) {
                let data63 = data61[0];
                if (!(data63 === "error" || data63 === "warning" || data63 === "notice" || data63 === "off")) {
                  const err176 = { instancePath: instancePath + "/rules/unjudged/0", schemaPath: "#/properties/rules/properties/unjudged/oneOf/2/items/0/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties.unjudged.oneOf[2].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties.unjudged.oneOf[2].items[0].enum, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[2].items[0], data: data63 };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              }
              if (len40 > 1) {
                let data64 = data61[1];
                if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                  for (const key12 in data64) {
                    const err177 = { instancePath: instancePath + "/rules/unjudged/1", schemaPath: "#/properties/rules/properties/unjudged/oneOf/2/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[2].items[1], data: data64 };
                    if (vErrors === null) {
                      vErrors = [err177];
                    } else {
                      vErrors.push(err177);
                    }
                    errors++;
                  }
                } else {
                  const err178 = { instancePath: instancePath + "/rules/unjudged/1", schemaPath: "#/properties/rules/properties/unjudged/oneOf/2/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.properties.unjudged.oneOf[2].items[1].type, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[2].items[1], data: data64 };
                  if (vErrors === null) {
                    vErrors = [err178];
                  } else {
                    vErrors.push(err178);
                  }
                  errors++;
                }
              }
            } else {
              const err179 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.rules.properties.unjudged.oneOf[2].type, parentSchema: schema0.properties.rules.properties.unjudged.oneOf[2], data: data61 };
              if (vErrors === null) {
                vErrors = [err179];
              } else {
                vErrors.push(err179);
              }
              errors++;
            }
            var _valid8 = _errs162 === errors;
            if (_valid8 && valid45) {
              valid45 = false;
              passing8 = [passing8, 2];
            } else {
              if (_valid8) {
                valid45 = true;
                passing8 = 2;
              }
            }
          }
          if (!valid45) {
            const err180 = { instancePath: instancePath + "/rules/unjudged", schemaPath: "#/properties/rules/properties/unjudged/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema0.properties.rules.properties.unjudged.oneOf, parentSchema: schema0.properties.rules.properties.unjudged, data: data61 };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          } else {
            errors = _errs157;
            if (vErrors !== null) {
              if (_errs157) {
                vErrors.length = _errs157;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err181 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.type, parentSchema: schema0.properties.rules, data: data21 };
        if (vErrors === null) {
          vErrors = [err181];
        } else {
          vErrors.push(err181);
        }
        errors++;
      }
    }
    if (data.entities !== void 0) {
      let data65 = data.entities;
      if (Array.isArray(data65)) {
        const len41 = data65.length;
        for (let i5 = 0; i5 < len41; i5++) {
          let data66 = data65[i5];
          if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
            if (data66.match === void 0) {
              const err182 = { instancePath: instancePath + "/entities/" + i5, schemaPath: "#/properties/entities/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema0.properties.entities.items.required, parentSchema: schema0.properties.entities.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err182];
              } else {
                vErrors.push(err182);
              }
              errors++;
            }
            if (data66.arn === void 0) {
              const err183 = { instancePath: instancePath + "/entities/" + i5, schemaPath: "#/properties/entities/items/required", keyword: "required", params: { missingProperty: "arn" }, message: "must have required property 'arn'", schema: schema0.properties.entities.items.required, parentSchema: schema0.properties.entities.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err183];
              } else {
                vErrors.push(err183);
              }
              errors++;
            }
            for (const key13 in data66) {
              if (!(key13 === "match" || key13 === "arn")) {
                const err184 = { instancePath: instancePath + "/entities/" + i5, schemaPath: "#/properties/entities/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.entities.items, data: data66 };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
            if (data66.match !== void 0) {
              let data67 = data66.match;
              if (typeof data67 === "string") {
                if (func1(data67) < 1) {
                  const err185 = { instancePath: instancePath + "/entities/" + i5 + "/match", schemaPath: "#/properties/entities/items/properties/match/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.entities.items.properties.match, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
              } else {
                const err186 = { instancePath: instancePath + "/entities/" + i5 + "/match", schemaPath: "#/properties/entities/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.entities.items.properties.match.type, parentSchema: schema0.properties.entities.items.properties.match, data: data67 };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
            if (data66.arn !== void 0) {
              let data68 = data66.arn;
              if (typeof data68 === "string") {
                if (!pattern0.test(data68)) {
                  const err187 = { instancePath: instancePath + "/entities/" + i5 + "/arn", schemaPath: "#/properties/entities/items/properties/arn/pattern", keyword: "pattern", params: { pattern: "^arn:(aws[a-z-]*):iam::(\\d{12}|aws):(role|user|group|policy)(\\/(?:[^/]*\\/)*)([^/]+)$" }, message: 'must match pattern "^arn:(aws[a-z-]*):iam::(\\d{12}|aws):(role|user|group|policy)(\\/(?:[^/]*\\/)*)([^/]+)$"', schema: "^arn:(aws[a-z-]*):iam::(\\d{12}|aws):(role|user|group|policy)(\\/(?:[^/]*\\/)*)([^/]+)$", parentSchema: schema0.properties.entities.items.properties.arn, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
              } else {
                const err188 = { instancePath: instancePath + "/entities/" + i5 + "/arn", schemaPath: "#/properties/entities/items/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.entities.items.properties.arn.type, parentSchema: schema0.properties.entities.items.properties.arn, data: data68 };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
            }
          } else {
            const err189 = { instancePath: instancePath + "/entities/" + i5, schemaPath: "#/properties/entities/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.entities.items.type, parentSchema: schema0.properties.entities.items, data: data66 };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
        }
      } else {
        const err190 = { instancePath: instancePath + "/entities", schemaPath: "#/properties/entities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.entities.type, parentSchema: schema0.properties.entities, data: data65 };
        if (vErrors === null) {
          vErrors = [err190];
        } else {
          vErrors.push(err190);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data69 = data.parameters;
      if (Array.isArray(data69)) {
        const len42 = data69.length;
        for (let i6 = 0; i6 < len42; i6++) {
          let data70 = data69[i6];
          if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
            if (data70.template === void 0) {
              const err191 = { instancePath: instancePath + "/parameters/" + i6, schemaPath: "#/properties/parameters/items/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema0.properties.parameters.items.required, parentSchema: schema0.properties.parameters.items, data: data70 };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
            if (data70.values === void 0) {
              const err192 = { instancePath: instancePath + "/parameters/" + i6, schemaPath: "#/properties/parameters/items/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema0.properties.parameters.items.required, parentSchema: schema0.properties.parameters.items, data: data70 };
              if (vErrors === null) {
                vErrors = [err192];
              } else {
                vErrors.push(err192);
              }
              errors++;
            }
            for (const key14 in data70) {
              if (!(key14 === "template" || key14 === "values")) {
                const err193 = { instancePath: instancePath + "/parameters/" + i6, schemaPath: "#/properties/parameters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.parameters.items, data: data70 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            if (data70.template !== void 0) {
              let data71 = data70.template;
              if (typeof data71 === "string") {
                if (func1(data71) < 1) {
                  const err194 = { instancePath: instancePath + "/parameters/" + i6 + "/template", schemaPath: "#/properties/parameters/items/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.parameters.items.properties.template, data: data71 };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              } else {
                const err195 = { instancePath: instancePath + "/parameters/" + i6 + "/template", schemaPath: "#/properties/parameters/items/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.parameters.items.properties.template.type, parentSchema: schema0.properties.parameters.items.properties.template, data: data71 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data70.values !== void 0) {
              let data72 = data70.values;
              if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                for (const key15 in data72) {
                  let data73 = data72[key15];
                  const _errs188 = errors;
                  let valid55 = false;
                  const _errs189 = errors;
                  if (typeof data73 !== "string") {
                    const err196 = { instancePath: instancePath + "/parameters/" + i6 + "/values/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/items/properties/values/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[0].type, parentSchema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[0], data: data73 };
                    if (vErrors === null) {
                      vErrors = [err196];
                    } else {
                      vErrors.push(err196);
                    }
                    errors++;
                  }
                  var _valid9 = _errs189 === errors;
                  valid55 = valid55 || _valid9;
                  if (!valid55) {
                    const _errs191 = errors;
                    if (!(typeof data73 == "number")) {
                      const err197 = { instancePath: instancePath + "/parameters/" + i6 + "/values/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/items/properties/values/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[1].type, parentSchema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[1], data: data73 };
                      if (vErrors === null) {
                        vErrors = [err197];
                      } else {
                        vErrors.push(err197);
                      }
                      errors++;
                    }
                    var _valid9 = _errs191 === errors;
                    valid55 = valid55 || _valid9;
                    if (!valid55) {
                      const _errs193 = errors;
                      if (typeof data73 !== "boolean") {
                        const err198 = { instancePath: instancePath + "/parameters/" + i6 + "/values/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/items/properties/values/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[2].type, parentSchema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[2], data: data73 };
                        if (vErrors === null) {
                          vErrors = [err198];
                        } else {
                          vErrors.push(err198);
                        }
                        errors++;
                      }
                      var _valid9 = _errs193 === errors;
                      valid55 = valid55 || _valid9;
                      if (!valid55) {
                        const _errs195 = errors;
                        if (Array.isArray(data73)) {
                          const len43 = data73.length;
                          for (let i7 = 0; i7 < len43; i7++) {
                            let data74 = data73[i7];
                            if (typeof data74 !== "string") {
                              const err199 = { instancePath: instancePath + "/parameters/" + i6 + "/values/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i7, schemaPath: "#/properties/parameters/items/properties/values/additionalProperties/anyOf/3/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[3].items.type, parentSchema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[3].items, data: data74 };
                              if (vErrors === null) {
                                vErrors = [err199];
                              } else {
                                vErrors.push(err199);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err200 = { instancePath: instancePath + "/parameters/" + i6 + "/values/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/items/properties/values/additionalProperties/anyOf/3/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[3].type, parentSchema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf[3], data: data73 };
                          if (vErrors === null) {
                            vErrors = [err200];
                          } else {
                            vErrors.push(err200);
                          }
                          errors++;
                        }
                        var _valid9 = _errs195 === errors;
                        valid55 = valid55 || _valid9;
                      }
                    }
                  }
                  if (!valid55) {
                    const err201 = { instancePath: instancePath + "/parameters/" + i6 + "/values/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/items/properties/values/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.parameters.items.properties.values.additionalProperties.anyOf, parentSchema: schema0.properties.parameters.items.properties.values.additionalProperties, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  } else {
                    errors = _errs188;
                    if (vErrors !== null) {
                      if (_errs188) {
                        vErrors.length = _errs188;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err202 = { instancePath: instancePath + "/parameters/" + i6 + "/values", schemaPath: "#/properties/parameters/items/properties/values/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.parameters.items.properties.values.type, parentSchema: schema0.properties.parameters.items.properties.values, data: data72 };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
          } else {
            const err203 = { instancePath: instancePath + "/parameters/" + i6, schemaPath: "#/properties/parameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.parameters.items.type, parentSchema: schema0.properties.parameters.items, data: data70 };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
        }
      } else {
        const err204 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.parameters.type, parentSchema: schema0.properties.parameters, data: data69 };
        if (vErrors === null) {
          vErrors = [err204];
        } else {
          vErrors.push(err204);
        }
        errors++;
      }
    }
    if (data.stacks !== void 0) {
      let data75 = data.stacks;
      if (Array.isArray(data75)) {
        const len44 = data75.length;
        for (let i8 = 0; i8 < len44; i8++) {
          let data76 = data75[i8];
          if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
            if (data76.template === void 0) {
              const err205 = { instancePath: instancePath + "/stacks/" + i8, schemaPath: "#/properties/stacks/items/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema0.properties.stacks.items.required, parentSchema: schema0.properties.stacks.items, data: data76 };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
            if (data76.stackName === void 0) {
              const err206 = { instancePath: instancePath + "/stacks/" + i8, schemaPath: "#/properties/stacks/items/required", keyword: "required", params: { missingProperty: "stackName" }, message: "must have required property 'stackName'", schema: schema0.properties.stacks.items.required, parentSchema: schema0.properties.stacks.items, data: data76 };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
            for (const key16 in data76) {
              if (!(key16 === "template" || key16 === "stackName")) {
                const err207 = { instancePath: instancePath + "/stacks/" + i8, schemaPath: "#/properties/stacks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.stacks.items, data: data76 };
                if (vErrors === null) {
                  vErrors = [err207];
                } else {
                  vErrors.push(err207);
                }
                errors++;
              }
            }
            if (data76.template !== void 0) {
              let data77 = data76.template;
              if (typeof data77 === "string") {
                if (func1(data77) < 1) {
                  const err208 = { instancePath: instancePath + "/stacks/" + i8 + "/template", schemaPath: "#/properties/stacks/items/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.stacks.items.properties.template, data: data77 };
                  if (vErrors === null) {
                    vErrors = [err208];
                  } else {
                    vErrors.push(err208);
                  }
                  errors++;
                }
              } else {
                const err209 = { instancePath: instancePath + "/stacks/" + i8 + "/template", schemaPath: "#/properties/stacks/items/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.stacks.items.properties.template.type, parentSchema: schema0.properties.stacks.items.properties.template, data: data77 };
                if (vErrors === null) {
                  vErrors = [err209];
                } else {
                  vErrors.push(err209);
                }
                errors++;
              }
            }
            if (data76.stackName !== void 0) {
              let data78 = data76.stackName;
              if (typeof data78 === "string") {
                if (func1(data78) < 1) {
                  const err210 = { instancePath: instancePath + "/stacks/" + i8 + "/stackName", schemaPath: "#/properties/stacks/items/properties/stackName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.stacks.items.properties.stackName, data: data78 };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
              } else {
                const err211 = { instancePath: instancePath + "/stacks/" + i8 + "/stackName", schemaPath: "#/properties/stacks/items/properties/stackName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.stacks.items.properties.stackName.type, parentSchema: schema0.properties.stacks.items.properties.stackName, data: data78 };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
          } else {
            const err212 = { instancePath: instancePath + "/stacks/" + i8, schemaPath: "#/properties/stacks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.stacks.items.type, parentSchema: schema0.properties.stacks.items, data: data76 };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
        }
      } else {
        const err213 = { instancePath: instancePath + "/stacks", schemaPath: "#/properties/stacks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.stacks.type, parentSchema: schema0.properties.stacks, data: data75 };
        if (vErrors === null) {
          vErrors = [err213];
        } else {
          vErrors.push(err213);
        }
        errors++;
      }
    }
  } else {
    const err214 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err214];
    } else {
      vErrors.push(err214);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
function configValidator() {
  return validate;
}

// src/config/parse.ts
function validate2(value) {
  const validator = configValidator();
  return validator(value) ? [] : [...validator.errors ?? []];
}
function parseConfig(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    resolveKnownTags: false
  });
  const lineOf = (offset) => offset === void 0 ? 1 : lineCounter.linePos(offset).line;
  const words = (message) => /Maximum call stack/.test(message) ? "nested too deeply to read" : message.split("\n")[0] ?? message;
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => ({ line: lineOf(e.pos[0]), message: words(e.message) }))
    );
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigError(file, [
      { line: 1, message: words(error instanceof Error ? error.message : String(error)) }
    ]);
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigError(file, [{ line: 1, message: "must be a mapping of settings" }]);
  }
  const problems = describeErrors(validate2(value), doc).map((p) => ({
    line: lineOf(p.offset),
    message: p.message
  }));
  if (problems.length > 0) throw new ConfigError(file, problems);
  return resolveConfig(value);
}
function segments(instancePath) {
  if (!instancePath) return [];
  return instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function nodeAt(doc, pathSegments) {
  const node = pathSegments.length === 0 ? doc.contents : doc.getIn(pathSegments, true);
  return (0, import_yaml.isNode)(node) ? node : null;
}
function keyNode(doc, pathSegments, key) {
  const parent = nodeAt(doc, pathSegments);
  if (!(0, import_yaml.isMap)(parent)) return parent;
  for (const pair of parent.items) {
    if ((0, import_yaml.isNode)(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return parent;
}
function display(pathSegments) {
  return pathSegments.reduce(
    (acc, s) => typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s,
    ""
  );
}
var SEVERITIES = "error, warning, notice, off";
function describeErrors(errors, doc) {
  const out = [];
  const rulesEntry = /^\/rules\/([^/]+)$/;
  const handledRuleEntries = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const segs = segments(error.instancePath);
    const where = display(segs);
    if (error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const parent = nodeAt(doc, segs);
      const known = (0, import_yaml.isMap)(parent) ? Object.keys(error.parentSchema.properties ?? {}) : [];
      const guess = nearest(key, known);
      out.push({
        offset: keyNode(doc, segs, key)?.range?.[0],
        path: `${error.instancePath}/${key}`,
        message: `unknown ${where === "rules" ? "rule" : where.endsWith("[1]") ? "option" : "key"} '${key}'${where && where !== "rules" ? ` in ${where}` : ""}${guess ? ` (did you mean '${guess}'?)` : ""}`
      });
      continue;
    }
    const ruleMatch = rulesEntry.exec(error.instancePath);
    if (ruleMatch && ["enum", "type", "oneOf", "minItems", "maxItems"].includes(error.keyword)) {
      if (handledRuleEntries.has(error.instancePath)) continue;
      handledRuleEntries.add(error.instancePath);
      const node2 = nodeAt(doc, segs);
      const shown = (0, import_yaml.isNode)(node2) && !(0, import_yaml.isMap)(node2) && !(0, import_yaml.isSeq)(node2) ? ` '${String(node2.value)}'` : "";
      out.push({
        offset: node2?.range?.[0],
        path: error.instancePath,
        message: `${where}: severity${shown} must be one of ${SEVERITIES}, or [severity, options]`
      });
      continue;
    }
    if (error.keyword === "oneOf" || error.keyword === "if") continue;
    const node = nodeAt(doc, segs);
    let message = error.message ?? "is invalid";
    if (error.keyword === "pattern" && error.params.pattern === IAM_ARN_PATTERN) {
      message = "must be an IAM role, user, group or policy ARN (arn:aws:iam::123456789012:role/name)";
    } else if (error.keyword === "enum") {
      message = `must be one of ${(error.params.allowedValues ?? []).join(", ")}`;
    }
    out.push({
      offset: node?.range?.[0],
      path: error.instancePath,
      message: `${where || "configuration"}: ${message}`
    });
  }
  return out.filter(
    (p) => !out.some((q) => q !== p && q.path.startsWith(`${p.path}/`) && !p.message.startsWith("unknown")) || p.path === ""
  );
}

export {
  parseConfig
};
//# sourceMappingURL=chunk-OIIKMBCH.js.map
