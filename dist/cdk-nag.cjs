"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar2;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path3) {
      const ctrl = callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path3, ctrl);
        return visit_(key, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = visit_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path3) {
      const ctrl = await callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path3, ctrl);
        return visitAsync_(key, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path3) {
      if (typeof visitor === "function")
        return visitor(key, node, path3);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path3);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path3);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path3);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path3);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path3);
      return void 0;
    }
    function replaceNode(key, path3, node) {
      const parent = path3[path3.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name = parts2.shift();
        switch (name) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle, prefix2] = parts2;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar2;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path3, value) {
      let v = value;
      for (let i = path3.length - 1; i >= 0; --i) {
        const k = path3[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path3) => path3 == null || typeof path3 === "object" && !!path3[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path3, value) {
        if (isEmptyPath(path3))
          this.add(value);
        else {
          const [key, ...rest] = path3;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        const [key, ...rest] = path3;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        const [key, ...rest] = path3;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path3) {
        const [key, ...rest] = path3;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        const [key, ...rest] = path3;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold2 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text[fold2]}\\`;
          res += `
${indent}${text.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str.substr(1) : prefix2 + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags2, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags2) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags2))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags2)) {
        for (const tag of customTags2)
          tags = tags.concat(tag);
      } else if (typeof customTags2 === "function") {
        tags = customTags2(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags: customTags2, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags2, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path3, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path3, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        if (Collection.isEmptyPath(path3)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path3) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        if (Collection.isEmptyPath(path3))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path3) {
        if (Collection.isEmptyPath(path3))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path3) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        if (Collection.isEmptyPath(path3)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path3), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path3, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path3) => {
      let item = cst;
      for (const [field, index] of path3) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path3) => {
      const parent = visit.itemAtPath(cst, path3.slice(0, -1));
      const field = path3[path3.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path3, item, visitor) {
      let ctrl = visitor(item, path3);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path3.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path3);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path3) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar2;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar2.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// src/policy/catalog.data.json
var require_catalog_data = __commonJS({
  "src/policy/catalog.data.json"(exports2, module2) {
    "use strict";
    module2.exports = JSON.parse(require("node:fs").readFileSync(require("node:path").join(__dirname, "catalog.data.json"), "utf8"));
  }
});

// src/cdk-nag/index.ts
var cdk_nag_exports = {};
__export(cdk_nag_exports, {
  ACK_WITHOUT_REASON: () => ACK_WITHOUT_REASON,
  IamUsageGuard: () => IamUsageGuard,
  NO_SNAPSHOT: () => NO_SNAPSHOT,
  PACK_NAME: () => PACK_NAME,
  PACK_RULES: () => PACK_RULES
});
module.exports = __toCommonJS(cdk_nag_exports);

// src/cdk-nag/pack.ts
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"), 1);
var import_aws_cdk_lib = require("aws-cdk-lib");
var import_cdk_nag = require("cdk-nag");

// src/errors.ts
function errorMessage(error) {
  if (error instanceof Error) {
    const code = error.code;
    const name = error.name && error.name !== "Error" ? error.name : typeof code === "string" ? code : "";
    return name && !error.message.startsWith(name) ? `${name}: ${error.message}` : error.message;
  }
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
var UserError = class extends Error {
  name = "UserError";
};

// src/policy/located.ts
function fixedLines(line) {
  return { lineAt: () => line, textStartLine: () => null };
}
function offsetLines(inner, firstLine) {
  return {
    lineAt: (path3) => inner.lineAt(path3) + firstLine - 1,
    textStartLine: (path3) => {
      const line = inner.textStartLine(path3);
      return line === null ? null : line + firstLine - 1;
    }
  };
}
var identifier = /^[A-Za-z_$][\w$:-]*$/;
var plainKeys = /* @__PURE__ */ new Map();
function isPlain(key) {
  let plain = plainKeys.get(key);
  if (plain === void 0) {
    plain = identifier.test(key);
    if (plainKeys.size < 1e4) plainKeys.set(key, plain);
  }
  return plain;
}
function formatPath(path3) {
  let out = "";
  for (const segment of path3) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (isPlain(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function joinPath(prefix2, path3) {
  const rest = formatPath(path3);
  if (prefix2 === "") return rest;
  if (rest === "") return prefix2;
  return rest.startsWith("[") ? prefix2 + rest : `${prefix2}.${rest}`;
}

// src/policy/statements.ts
var PLAIN_DIALECT = {
  isAbsent: () => false,
  functionName: () => null,
  isKnownFunction: () => true,
  branches: () => null,
  render: (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? { text: String(value), unresolved: [] } : null
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function locate(scope, path3) {
  return { file: scope.file, line: scope.lines.lineAt(path3), path: joinPath(scope.pathPrefix, path3) };
}
function unknownAt(scope, path3, message) {
  const location = locate(scope, path3);
  return { message: `${location.path}: ${message}`, location };
}
function dialectOf(scope) {
  return scope.dialect ?? PLAIN_DIALECT;
}
function branchScope(scope) {
  return scope.conditional ? scope : { ...scope, conditional: true };
}
function diagnose(scope, sink, path3, message, severity = "error") {
  const diagnostic = { severity, file: scope.file, line: scope.lines.lineAt(path3), message };
  if (sink.entityId !== null) diagnostic.entity = sink.entityId;
  scope.diagnostics.push(diagnostic);
}
function reportUnknownIntrinsic(scope, sink, value, path3, name = dialectOf(scope).functionName(value)) {
  if (name === null || dialectOf(scope).isKnownFunction(name)) return false;
  const message = `unknown intrinsic function ${name} at ${joinPath(scope.pathPrefix, path3)}`;
  if (scope.diagnostics.some((d) => d.file === scope.file && d.message === message)) return true;
  diagnose(scope, sink, [...path3, name], message);
  return true;
}
function forEachBranch(scope, value, path3, visit) {
  const branches = dialectOf(scope).branches(value, path3);
  if (branches === null) return false;
  const inner = branchScope(scope);
  for (const [branch, branchPath] of branches) {
    if (!dialectOf(scope).isAbsent(branch)) visit(inner, branch, branchPath);
  }
  return true;
}
function readPolicyDocument(scope, sink, document, path3, policyName) {
  const dialect = dialectOf(scope);
  if (document === null || document === void 0 || dialect.isAbsent(document)) return;
  if (typeof document === "string") {
    readDocumentText(scope, sink, document, path3, policyName);
    return;
  }
  if (forEachBranch(scope, document, path3, (s, b, p) => readPolicyDocument(s, sink, b, p, policyName)))
    return;
  const fn = dialect.functionName(document);
  if (fn !== null) {
    if (reportUnknownIntrinsic(scope, sink, document, path3)) return;
    const rendered = dialect.render(document);
    if (rendered && isJsonText(rendered.text)) {
      readDocumentText(
        { ...scope, placeholders: rendered.unresolved },
        sink,
        rendered.text,
        path3,
        policyName
      );
      return;
    }
    sink.unknowns.push(
      unknownAt(scope, path3, `the policy document is built with ${fn} and cannot be read from code`)
    );
    return;
  }
  if (!isRecord(document)) {
    diagnose(scope, sink, path3, `policy document at ${joinPath(scope.pathPrefix, path3)} is not an object`);
    return;
  }
  const statement = document["Statement"];
  if (statement === void 0) {
    diagnose(
      scope,
      sink,
      path3,
      `policy document at ${joinPath(scope.pathPrefix, path3)} has no Statement element`
    );
    return;
  }
  readStatementList(scope, sink, statement, [...path3, "Statement"], policyName);
}
function readDocumentText(scope, sink, document, path3, policyName) {
  const where = joinPath(scope.pathPrefix, path3);
  if (document.trim() === "") {
    diagnose(scope, sink, path3, `policy document at ${where} is empty`, "warning");
    return;
  }
  let parsed;
  try {
    parsed = JSON.parse(/^\s*%7B/i.test(document) ? decodeURIComponent(document) : document);
  } catch {
    diagnose(scope, sink, path3, `policy document at ${where} is a string but not JSON`);
    return;
  }
  const inner = {
    file: scope.file,
    lines: fixedLines(scope.lines.lineAt(path3)),
    pathPrefix: where,
    diagnostics: scope.diagnostics,
    ...scope.conditional ? { conditional: true } : {},
    ...scope.placeholders && scope.placeholders.length > 0 ? { placeholders: scope.placeholders } : {}
  };
  readPolicyDocument(inner, sink, parsed, [], policyName);
}
function readStatementList(scope, sink, value, path3, policyName) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) readStatementItem(scope, sink, value[i], [...path3, i], policyName);
  } else {
    readStatementItem(scope, sink, value, path3, policyName);
  }
}
function readStatementItem(scope, sink, item, path3, policyName) {
  const dialect = dialectOf(scope);
  if (item === null || item === void 0 || dialect.isAbsent(item)) return;
  const branched = forEachBranch(scope, item, path3, (s, branch, branchPath) => {
    if (Array.isArray(branch)) readStatementList(s, sink, branch, branchPath, policyName);
    else readStatementItem(s, sink, branch, branchPath, policyName);
  });
  if (branched) return;
  const fn = dialect.functionName(item);
  if (fn !== null) {
    if (!reportUnknownIntrinsic(scope, sink, item, path3)) {
      sink.unknowns.push(unknownAt(scope, path3, `a statement built with ${fn} cannot be read from code`));
    }
    return;
  }
  if (!isRecord(item)) {
    diagnose(scope, sink, path3, `statement at ${joinPath(scope.pathPrefix, path3)} is not an object`);
    return;
  }
  const statement = readStatement(scope, sink, item, path3, policyName);
  if (statement) sink.statements.push(statement);
}
function readStatement(scope, sink, item, path3, policyName) {
  const statementPath = joinPath(scope.pathPrefix, path3);
  const effect = item["Effect"];
  if (effect !== "Allow" && effect !== "Deny") {
    diagnose(
      scope,
      sink,
      Object.hasOwn(item, "Effect") ? [...path3, "Effect"] : path3,
      `statement at ${statementPath} has Effect ${JSON.stringify(effect ?? null)}; expected "Allow" or "Deny"`
    );
    return null;
  }
  const hasAction2 = Object.hasOwn(item, "Action");
  if (hasAction2 === Object.hasOwn(item, "NotAction")) {
    diagnose(scope, sink, path3, `statement at ${statementPath} needs exactly one of Action and NotAction`);
    return null;
  }
  const patterns = [];
  const key = hasAction2 ? "Action" : "NotAction";
  const elementScope = scope.conditional ? { ...scope, conditional: false } : scope;
  readActions(elementScope, sink, item[key], [...path3, key], `${statementPath}.${key}`, patterns);
  const resource = item["Resource"];
  const condition = item["Condition"];
  const statement = {
    effect,
    actions: hasAction2 ? patterns : null,
    notActions: hasAction2 ? null : patterns,
    allResources: !Object.hasOwn(item, "NotResource") && (resource === "*" || Array.isArray(resource) && resource.includes("*")),
    hasCondition: condition !== void 0 && condition !== null && !(isRecord(condition) && isEmpty(condition)),
    policyName,
    location: { file: scope.file, line: scope.lines.lineAt(path3), path: statementPath }
  };
  const principal = Object.hasOwn(item, "Principal") || Object.hasOwn(item, "NotPrincipal");
  if (scope.conditional || principal) statement.conditional = true;
  return statement;
}
function isEmpty(record) {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}
function readActions(scope, sink, value, path3, pathText, out) {
  if (typeof value === "string") {
    const location2 = { file: scope.file, line: scope.lines.lineAt(path3), path: pathText };
    const placeholder = placeholderIn(scope, value);
    if (placeholder === void 0) out.push(pattern(scope, value, location2));
    else {
      const message = `${pathText}: action "${value}" is built from ${placeholder} and cannot be known from code`;
      sink.unknowns.push({ message, location: location2 });
    }
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) diagnose(scope, sink, path3, `${pathText} lists no actions`);
    const lines = scope.lines;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === "string" && scope.placeholders === void 0) {
        const line = lines.lineAtItem ? lines.lineAtItem(path3, i) : lines.lineAt([...path3, i]);
        out.push(pattern(scope, item, { file: scope.file, line, path: `${pathText}[${i}]` }));
      } else {
        readActions(scope, sink, item, [...path3, i], `${pathText}[${i}]`, out);
      }
    }
    return;
  }
  if (value === null) {
    diagnose(scope, sink, path3, `action at ${pathText} is empty`);
    return;
  }
  const dialect = dialectOf(scope);
  if (value === void 0 || dialect.isAbsent(value)) return;
  const branched = forEachBranch(
    scope,
    value,
    path3,
    (s, branch, branchPath) => readActions(
      s,
      sink,
      branch,
      branchPath,
      `${pathText}.${joinPath("", branchPath.slice(path3.length))}`,
      out
    )
  );
  if (branched) return;
  const fn = dialect.functionName(value);
  if (fn === null) {
    diagnose(scope, sink, path3, `action at ${pathText} is not a string`);
    return;
  }
  if (reportUnknownIntrinsic(scope, sink, value, path3)) return;
  const rendered = dialect.render(value);
  if (rendered && rendered.unresolved.length === 0) {
    out.push(
      pattern(scope, rendered.text, { file: scope.file, line: scope.lines.lineAt(path3), path: pathText })
    );
    return;
  }
  const what = rendered ? `"${rendered.text}" is built from ${rendered.unresolved.join(", ")}` : `is built with ${fn}`;
  const location = { file: scope.file, line: scope.lines.lineAt(path3), path: pathText };
  sink.unknowns.push({ message: `${pathText}: action ${what} and cannot be known from code`, location });
}
function isJsonText(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function placeholderIn(scope, text) {
  return scope.placeholders?.find((name) => text.includes(`\${${name}}`));
}
function pattern(scope, text, location) {
  return scope.conditional ? { pattern: text, location, conditional: true } : { pattern: text, location };
}
function statementsFromDocument(document, at, policyName) {
  const diagnostics = [];
  const scope = {
    file: at.file,
    lines: fixedLines(at.line),
    pathPrefix: at.path,
    diagnostics
  };
  const sink = { statements: [], unknowns: [], entityId: null };
  readPolicyDocument(scope, sink, document, [], policyName);
  for (const unknown of sink.unknowns)
    diagnostics.push({ severity: "warning", file: at.file, line: at.line, message: unknown.message });
  return { statements: sink.statements, diagnostics };
}

// src/iac/intrinsics.ts
var KNOWN = /* @__PURE__ */ new Set([
  "Ref",
  "Condition",
  "Fn::Base64",
  "Fn::Cidr",
  "Fn::FindInMap",
  "Fn::GetAtt",
  "Fn::GetAZs",
  "Fn::ImportValue",
  "Fn::Join",
  "Fn::Select",
  "Fn::Split",
  "Fn::Sub",
  "Fn::Transform",
  "Fn::If",
  "Fn::Equals",
  "Fn::And",
  "Fn::Or",
  "Fn::Not",
  "Fn::Length",
  "Fn::ToJsonString",
  "Fn::GetStackOutput"
]);
var PSEUDO_VALUES = {
  "AWS::Partition": "aws",
  "AWS::URLSuffix": "amazonaws.com"
};
function intrinsicName(value) {
  if (!isRecord(value)) return null;
  let name = null;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (name !== null) return null;
    name = key;
  }
  if (name === null) return null;
  return name === "Ref" || name === "Condition" || name.startsWith("Fn::") ? name : null;
}
function isKnownIntrinsic(name) {
  return KNOWN.has(name) || name.startsWith("Fn::ForEach::");
}
function isNoValue(value) {
  return isRecord(value) && value["Ref"] === "AWS::NoValue" && intrinsicName(value) === "Ref";
}
function renderString(value, depth = 0) {
  if (typeof value === "string") return { text: value, unresolved: [] };
  if (typeof value === "number" || typeof value === "boolean") return { text: String(value), unresolved: [] };
  if (depth > 32) return null;
  const name = intrinsicName(value);
  if (name === null) return null;
  const argument = value[name];
  switch (name) {
    case "Ref": {
      if (typeof argument !== "string") return null;
      const pseudo = PSEUDO_VALUES[argument];
      return pseudo !== void 0 ? { text: pseudo, unresolved: [] } : { text: `\${${argument}}`, unresolved: [argument] };
    }
    case "Fn::GetAtt": {
      const parts2 = Array.isArray(argument) ? argument.map((p) => typeof p === "string" ? p : "?") : [String(argument)];
      const label = parts2.join(".");
      return { text: `\${${label}}`, unresolved: [label] };
    }
    case "Fn::Sub":
      return renderSub(argument, depth);
    case "Fn::Join": {
      if (!Array.isArray(argument) || typeof argument[0] !== "string" || !Array.isArray(argument[1]))
        return null;
      const parts2 = [];
      const unresolved = [];
      for (const item of argument[1]) {
        const rendered = renderString(item, depth + 1);
        if (!rendered) return null;
        parts2.push(rendered.text);
        unresolved.push(...rendered.unresolved);
      }
      return { text: parts2.join(argument[0]), unresolved };
    }
    case "Fn::Select": {
      if (!Array.isArray(argument) || !Array.isArray(argument[1])) return null;
      const index = Number(argument[0]);
      return Number.isInteger(index) ? renderString(argument[1][index], depth + 1) : null;
    }
    case "Fn::ImportValue":
    case "Fn::FindInMap":
    case "Fn::GetStackOutput": {
      const label = `${name}(${JSON.stringify(argument)})`;
      return { text: `\${${label}}`, unresolved: [label] };
    }
    default:
      return null;
  }
}
function renderSub(argument, depth) {
  let template = argument;
  let variables = {};
  if (Array.isArray(argument)) {
    template = argument[0];
    if (isRecord(argument[1])) variables = argument[1];
  }
  if (typeof template !== "string") return null;
  const unresolved = [];
  const text = template.replace(/\$\{([^}]*)\}/g, (whole, inner) => {
    if (inner.startsWith("!")) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    if (Object.hasOwn(variables, name)) {
      const rendered = renderString(variables[name], depth + 1);
      if (rendered) {
        unresolved.push(...rendered.unresolved);
        return rendered.text;
      }
      unresolved.push(name);
      return whole;
    }
    const pseudo = PSEUDO_VALUES[name];
    if (pseudo !== void 0) return pseudo;
    unresolved.push(name);
    return whole;
  });
  return { text, unresolved };
}
function refTarget(value) {
  const fn = intrinsicName(value);
  if (fn !== "Ref" && fn !== "Fn::GetAtt") return null;
  const argument = value[fn];
  const target = fn === "Ref" ? argument : Array.isArray(argument) ? argument[0] : argument;
  if (typeof target !== "string") return null;
  return fn === "Fn::GetAtt" && !Array.isArray(argument) ? target.split(".")[0] ?? null : target;
}
function ifBranches(value, path3) {
  if (intrinsicName(value) !== "Fn::If") return null;
  const args = value["Fn::If"];
  if (!Array.isArray(args)) return [];
  const out = [];
  for (const index of [1, 2]) {
    const branch = args[index];
    if (branch !== void 0 && !isNoValue(branch)) out.push([branch, [...path3, "Fn::If", index]]);
  }
  return out;
}
var CLOUDFORMATION_DIALECT = {
  isAbsent: isNoValue,
  functionName: intrinsicName,
  isKnownFunction: isKnownIntrinsic,
  branches: ifBranches,
  render: (value) => renderString(value)
};
function referencedNames(value, depth = 0, out = []) {
  if (depth > 32 || typeof value !== "object" || value === null) return out;
  const add = (name) => {
    if (!out.includes(name)) out.push(name);
  };
  if (Array.isArray(value)) {
    for (const item of value) referencedNames(item, depth + 1, out);
    return out;
  }
  const fn = intrinsicName(value);
  const argument = fn ? value[fn] : void 0;
  if (fn === "Ref" && typeof argument === "string" && !argument.startsWith("AWS::")) add(argument);
  else if (fn === "Fn::GetAtt")
    add(Array.isArray(argument) ? String(argument[0]) : String(argument).split(".")[0]);
  else if (fn === "Fn::ImportValue") add(`Fn::ImportValue(${JSON.stringify(argument)})`);
  else if (fn === "Fn::Sub") {
    const template = Array.isArray(argument) ? argument[0] : argument;
    if (typeof template === "string") {
      for (const [, name] of template.matchAll(/\$\{([^!}][^}]*)\}/g))
        if (!name.startsWith("AWS::")) add(name.trim());
    }
    if (Array.isArray(argument)) referencedNames(argument[1], depth + 1, out);
  } else for (const item of Object.values(value)) referencedNames(item, depth + 1, out);
  return out;
}

// src/policy/model.ts
function statementKey(statement) {
  return `${statement.location.file}#${statement.location.path}`;
}
function scopedSuppressions(suppressions, resource, statements) {
  if (suppressions.length === 0) return [];
  const scope = { resource, statements: statements.map(statementKey) };
  return suppressions.map((suppression) => ({ ...suppression, scope }));
}
function newEntity(init) {
  return {
    name: null,
    iamPath: null,
    arn: null,
    statements: [],
    managedPolicyArns: [],
    groups: [],
    permissionsBoundary: null,
    stackName: null,
    constructPath: null,
    suppressions: [],
    unknowns: [],
    ...init
  };
}
function entityKey(entity) {
  return `${entity.file}#${entity.id}`;
}

// src/iac/cfn/suppressions.ts
var SUPPRESSION_KEY = "iam-usage-guard";
function readSuppressions(scope, metadata, path3) {
  const own = metadata[SUPPRESSION_KEY];
  if (!isRecord(own)) return [];
  const ignore = own["ignore"];
  const list = Array.isArray(ignore) ? ignore : [];
  const out = [];
  list.forEach((item, i) => {
    const itemPath = [...path3, "ignore", i];
    if (!isRecord(item) || typeof item["rule"] !== "string") {
      scope.diagnostics.push({
        severity: "error",
        file: scope.file,
        line: scope.lines.lineAt(itemPath),
        message: `${joinPath(scope.pathPrefix, itemPath)}: a suppression needs a "rule" (and a "reason")`
      });
      return;
    }
    const services = item["services"];
    out.push({
      rule: item["rule"],
      reason: typeof item["reason"] === "string" && item["reason"].trim() !== "" ? item["reason"] : null,
      services: Array.isArray(services) ? services.filter((s) => typeof s === "string") : null,
      location: locate(scope, itemPath),
      scope: null
    });
  });
  return out;
}

// src/iac/cfn/values.ts
var MAX_DEPTH = 64;
function templateValues(template, overrides = {}) {
  const parameters = /* @__PURE__ */ new Map();
  const declared = isRecord(template["Parameters"]) ? template["Parameters"] : {};
  for (const [name, parameter] of Object.entries(declared)) {
    if (!isRecord(parameter)) continue;
    const type = typeof parameter["Type"] === "string" ? parameter["Type"] : "String";
    const fallback = parameter["Default"];
    if (type.startsWith("AWS::SSM::") || fallback === void 0 || fallback === null || fallback === "")
      continue;
    const text = Array.isArray(fallback) ? fallback.map(String).join(",") : String(fallback);
    parameters.set(name, type === "CommaDelimitedList" || type.startsWith("List<") ? text.split(",") : text);
  }
  for (const [name, value] of Object.entries(overrides)) {
    const type = isRecord(declared[name]) ? declared[name]["Type"] : void 0;
    const list = typeof type === "string" && (type === "CommaDelimitedList" || type.startsWith("List<"));
    parameters.set(name, list && typeof value === "string" ? value.split(",") : value);
  }
  return { parameters, mappings: isRecord(template["Mappings"]) ? template["Mappings"] : {} };
}
function resolveValues(value, values, depth = 0) {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => resolveValues(item, values, depth + 1));
  const record = value;
  const fn = intrinsicName(record);
  if (fn !== null) return resolveFunction(fn, record[fn], values, depth);
  const out = {};
  for (const key of Object.keys(record)) {
    if (key.startsWith("Fn::ForEach::")) {
      Object.assign(out, expandForEach(record[key], values, depth));
      continue;
    }
    setKey(out, key, resolveValues(record[key], values, depth + 1));
  }
  return out;
}
function setKey(out, key, item) {
  if (key === "__proto__") Object.defineProperty(out, key, { value: item, enumerable: true, writable: true });
  else out[key] = item;
}
function resolveFunction(fn, argument, values, depth) {
  const keep = (resolved) => ({ [fn]: resolved });
  switch (fn) {
    case "Ref":
      return typeof argument === "string" && values.parameters.has(argument) ? values.parameters.get(argument) : keep(argument);
    case "Fn::Sub":
      return resolveSub(argument, values, depth);
    case "Fn::Split": {
      const args = resolveValues(argument, values, depth + 1);
      if (Array.isArray(args) && typeof args[0] === "string" && typeof args[1] === "string" && args[0] !== "")
        return args[1].split(args[0]);
      return keep(args);
    }
    case "Fn::Select": {
      const args = resolveValues(argument, values, depth + 1);
      const index = Array.isArray(args) ? Number(args[0]) : Number.NaN;
      if (Array.isArray(args) && Array.isArray(args[1]) && Number.isInteger(index) && args[1][index] !== void 0)
        return args[1][index];
      return keep(args);
    }
    case "Fn::Join": {
      const args = resolveValues(argument, values, depth + 1);
      if (Array.isArray(args) && typeof args[0] === "string" && Array.isArray(args[1])) {
        const parts2 = args[1];
        if (parts2.every((p) => typeof p === "string" || typeof p === "number")) return parts2.join(args[0]);
      }
      return keep(args);
    }
    case "Fn::FindInMap":
      return resolveFindInMap(resolveValues(argument, values, depth + 1), values, depth, keep);
    default:
      return keep(resolveValues(argument, values, depth + 1));
  }
}
function resolveFindInMap(args, values, depth, keep) {
  if (!Array.isArray(args) || !args.slice(0, 3).every((k) => typeof k === "string")) return keep(args);
  const [map, top, second] = args;
  const table = values.mappings[map];
  const row = isRecord(table) && Object.hasOwn(table, top) ? table[top] : void 0;
  if (isRecord(row) && Object.hasOwn(row, second)) return resolveValues(row[second], values, depth + 1);
  const fallback = args[3];
  if (isRecord(fallback) && Object.hasOwn(fallback, "DefaultValue")) return fallback["DefaultValue"];
  return keep(args);
}
function resolveSub(argument, values, depth) {
  let template = argument;
  let variables = {};
  if (Array.isArray(argument)) {
    template = argument[0];
    const given = resolveValues(argument[1], values, depth + 1);
    if (isRecord(given)) variables = given;
  }
  if (typeof template !== "string") return { "Fn::Sub": resolveValues(argument, values, depth + 1) };
  const text = template.replace(/\$\{([^!}][^}]*)\}/g, (whole, inner) => {
    const name = inner.trim();
    const own = Object.hasOwn(variables, name) ? variables[name] : void 0;
    if (typeof own === "string" || typeof own === "number") return String(own);
    if (own === void 0 && !name.includes(".")) {
      const parameter = values.parameters.get(name);
      if (typeof parameter === "string") return parameter;
    }
    return whole;
  });
  const rest = Object.fromEntries(
    Object.entries(variables).filter(
      ([name, v]) => typeof v !== "string" && typeof v !== "number" && text.includes(`\${${name}}`)
    )
  );
  if (!text.includes("${")) return text;
  return Object.keys(rest).length > 0 ? { "Fn::Sub": [text, rest] } : { "Fn::Sub": text };
}
function resolveResources(resources, values) {
  const out = {};
  const origins = /* @__PURE__ */ new Map();
  for (const key of Object.keys(resources)) {
    if (!key.startsWith("Fn::ForEach::")) {
      setKey(out, key, resolveValues(resources[key], values, 1));
      continue;
    }
    const loop = resources[key];
    const outputKey = Array.isArray(loop) && isRecord(loop[2]) ? Object.keys(loop[2])[0] : void 0;
    for (const [id, resource] of Object.entries(expandForEach(loop, values, 1))) {
      setKey(out, id, resource);
      if (outputKey !== void 0) origins.set(id, [key, 2, outputKey]);
    }
  }
  return { resources: out, origins };
}
function expandForEach(loop, values, depth) {
  const out = {};
  if (!Array.isArray(loop) || typeof loop[0] !== "string" || !isRecord(loop[2])) return out;
  const identifier2 = loop[0];
  const items = resolveValues(loop[1], values, depth + 1);
  if (!Array.isArray(items)) return out;
  for (const item of items) {
    if (typeof item !== "string" && typeof item !== "number") continue;
    const text = String(item);
    const substituted = substitute(loop[2], identifier2, text);
    for (const [key, value] of Object.entries(resolveValues(substituted, values, depth + 1))) {
      setKey(out, key, value);
    }
  }
  return out;
}
function substitute(value, identifier2, item, depth = 0) {
  if (depth > MAX_DEPTH) return value;
  const inText = (text) => text.replaceAll(`\${${identifier2}}`, item).replaceAll(`&{${identifier2}}`, item.replace(/[^A-Za-z0-9]/g, ""));
  if (typeof value === "string") return inText(value);
  if (Array.isArray(value)) return value.map((v) => substitute(v, identifier2, item, depth + 1));
  if (!isRecord(value)) return value;
  if (intrinsicName(value) === "Ref" && value["Ref"] === identifier2) return item;
  const out = {};
  for (const [key, v] of Object.entries(value))
    setKey(out, inText(key), substitute(v, identifier2, item, depth + 1));
  return out;
}

// src/iac/cfn/context.ts
function createContext(template, scope) {
  const written = isRecord(template["Resources"]) ? template["Resources"] : {};
  const { resources, origins } = resolveResources(written, templateValues(template, scope.parameterValues));
  const types = /* @__PURE__ */ new Map();
  for (const id of Object.keys(resources)) {
    const resource = resources[id];
    if (isRecord(resource) && typeof resource["Type"] === "string") types.set(id, resource["Type"]);
  }
  const lines = origins.size > 0 ? loopLines(scope.lines, origins) : scope.lines;
  return {
    scope: { ...scope, lines, dialect: scope.dialect ?? CLOUDFORMATION_DIALECT },
    resources,
    types,
    parameters: isRecord(template["Parameters"]) ? template["Parameters"] : {},
    entities: [],
    byId: /* @__PURE__ */ new Map(),
    external: /* @__PURE__ */ new Map(),
    policies: [],
    managedPolicies: /* @__PURE__ */ new Map(),
    attachments: [],
    memberships: [],
    boundaries: [],
    folded: /* @__PURE__ */ new Set(),
    deferred: [],
    nameExpressions: /* @__PURE__ */ new Map()
  };
}
function loopLines(lines, origins) {
  const map = (path3) => {
    const origin = path3[0] === "Resources" && typeof path3[1] === "string" ? origins.get(path3[1]) : void 0;
    return origin ? ["Resources", ...origin, ...path3.slice(2)] : path3;
  };
  return {
    lineAt: (path3) => lines.lineAt(map(path3)),
    textStartLine: (path3) => lines.textStartLine(map(path3))
  };
}
function viewOf(ctx, id) {
  const resource = ctx.resources[id];
  const path3 = ["Resources", id];
  return {
    id,
    type: ctx.types.get(id) ?? "",
    resource,
    properties: isRecord(resource["Properties"]) ? resource["Properties"] : {},
    path: path3,
    propertiesPath: [...path3, "Properties"],
    metadata: isRecord(resource["Metadata"]) ? resource["Metadata"] : {},
    conditional: typeof resource["Condition"] === "string"
  };
}
function addEntity(ctx, view, kind, id = view.id) {
  const { scope } = ctx;
  const cdkPath = view.metadata["aws:cdk:path"];
  const entity = newEntity({
    id: scope.idPrefix + id,
    kind,
    format: scope.format,
    file: scope.file,
    line: scope.lines.lineAt(view.path),
    path: joinPath(scope.pathPrefix, view.path),
    stackName: scope.stackName,
    constructPath: typeof cdkPath === "string" ? cdkPath : scope.constructPaths?.get(view.id) ?? null,
    suppressions: readSuppressions(scope, view.metadata, [...view.path, "Metadata", SUPPRESSION_KEY])
  });
  ctx.entities.push(entity);
  ctx.byId.set(id, entity);
  return entity;
}
function sinkOf(entity) {
  return { statements: entity.statements, unknowns: entity.unknowns, entityId: entity.id };
}
function physicalName(value) {
  const rendered = renderString(value);
  return rendered && rendered.unresolved.length === 0 ? rendered.text : null;
}
function diagnoseAt(ctx, path3, message, entityId, severity = "error") {
  ctx.scope.diagnostics.push({
    severity,
    file: ctx.scope.file,
    line: ctx.scope.lines.lineAt(path3),
    message,
    entity: entityId
  });
}

// src/iac/cfn/opaque.ts
var MODELED_TRANSFORMS = /* @__PURE__ */ new Set(["AWS::Serverless-2016-10-31", "AWS::LanguageExtensions"]);
var NESTED_STACK_TYPES = /* @__PURE__ */ new Set([
  "AWS::CloudFormation::Stack",
  "AWS::Serverless::Application"
]);
function transforms(value) {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap(
    (t) => typeof t === "string" ? [t] : isRecord(t) && typeof t["Name"] === "string" ? [t["Name"]] : []
  );
}
function parts(template) {
  const out = [];
  for (const name of transforms(template["Transform"])) {
    if (!MODELED_TRANSFORMS.has(name))
      out.push({ kind: "macro", path: ["Transform"], description: `the macro transform ${name}` });
  }
  const resources = isRecord(template["Resources"]) ? template["Resources"] : {};
  for (const [id, resource] of Object.entries(resources)) {
    if (id === "Fn::Transform" || intrinsicName({ [id]: resource }) === "Fn::Transform") {
      out.push({
        kind: "include",
        path: ["Resources", id],
        description: "resources included by Fn::Transform"
      });
      continue;
    }
    if (!isRecord(resource) || typeof resource["Type"] !== "string") continue;
    if (!NESTED_STACK_TYPES.has(resource["Type"])) continue;
    const properties = isRecord(resource["Properties"]) ? resource["Properties"] : {};
    const where = properties["TemplateURL"] ?? properties["Location"];
    const url = typeof where === "string" ? `, ${where}` : "";
    out.push({
      kind: "nested",
      path: ["Resources", id, "Properties", "Parameters"],
      description: `the nested stack ${id} (${resource["Type"]}${url})`,
      passes: referencedNames(properties["Parameters"])
    });
  }
  return out;
}
function markOpaque(ctx, template) {
  for (const part of parts(template)) {
    const affected = part.kind === "nested" ? ctx.entities.filter((e) => part.passes?.includes(e.id.slice(ctx.scope.idPrefix.length))) : ctx.entities.filter((e) => ctx.byId.get(e.id.slice(ctx.scope.idPrefix.length)) === e);
    for (const entity of affected) {
      const message = part.kind === "nested" ? `${entity.id} is passed to ${part.description}, whose template is not read here: what it grants ${entity.id} cannot be known from code` : `${part.description} may add resources (a policy naming ${entity.id}) when deployed: what they grant cannot be known from code`;
      entity.unknowns.push(unknownAt(ctx.scope, part.path, message));
    }
  }
}

// src/iac/cfn/targets.ts
function resolveTargets(ctx, value, kind, path3, sourceId, visit, conditional = false) {
  if (value === null || value === void 0 || isNoValue(value)) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      resolveTargets(ctx, item, kind, [...path3, i], sourceId, visit, conditional);
    });
    return;
  }
  const branched = forEachBranch(
    ctx.scope,
    value,
    path3,
    (_s, branch, p) => resolveTargets(ctx, branch, kind, p, sourceId, visit, true)
  );
  if (branched) return;
  const entity = targetEntity(ctx, value, kind, path3, sourceId);
  if (entity) visit(entity, conditional);
}
function simplify(value) {
  const fn = intrinsicName(value);
  const argument = fn ? value[fn] : void 0;
  if (fn === "Fn::Sub" && typeof argument === "string") {
    const only = /^\$\{([A-Za-z0-9]+)\}$/.exec(argument);
    if (only) return { Ref: only[1] };
  }
  if (fn === "Fn::Select" && Array.isArray(argument) && Array.isArray(argument[1])) {
    const index = Number(argument[0]);
    if (Number.isInteger(index) && argument[1][index] !== void 0) return simplify(argument[1][index]);
  }
  return value;
}
function targetEntity(ctx, written, kind, path3, sourceId) {
  const value = simplify(written);
  const where = joinPath(ctx.scope.pathPrefix, path3);
  const entityId = ctx.scope.idPrefix + sourceId;
  const target = refTarget(value);
  if (target !== null && !Object.hasOwn(ctx.parameters, target)) {
    const entity = ctx.byId.get(target);
    if (entity?.kind === kind) return entity;
    if (!entity && NESTED_STACK_TYPES.has(ctx.types.get(target) ?? "") && intrinsicName(value) === "Fn::GetAtt") {
      return unknownTarget(
        ctx,
        kind,
        path3,
        `the ${kind} is named by an output of the nested stack ${target} (${ctx.types.get(target)}), whose template is not read here; which ${kind} it is cannot be known from code`
      );
    }
    if (entity)
      diagnoseAt(
        ctx,
        path3,
        `${where} refers to ${target}, which is a ${entity.kind}, not a ${kind}`,
        entityId
      );
    else if (ctx.types.has(target))
      diagnoseAt(
        ctx,
        path3,
        `${where} refers to ${target} (${ctx.types.get(target)}), not a ${kind}`,
        entityId
      );
    else
      diagnoseAt(
        ctx,
        path3,
        `${where} refers to ${target}, which is not a resource in this template`,
        entityId
      );
    return null;
  }
  const fn = intrinsicName(value);
  if (fn !== null && !isKnownIntrinsic(fn)) return null;
  const rendered = renderString(value);
  if (rendered === null) {
    return unknownTarget(
      ctx,
      kind,
      path3,
      `the ${kind} is named by ${fn ?? "a value"} and cannot be matched from code`
    );
  }
  const expression = rendered.text.toLowerCase();
  const known = ctx.entities.find((e) => e.kind === kind && e.name !== null && e.name.toLowerCase() === expression) ?? ctx.entities.find((e) => e.kind === kind && ctx.nameExpressions.get(e) === expression);
  if (known) return known;
  if (rendered.unresolved.length > 0) {
    const through = rendered.unresolved.map(
      (name) => Object.hasOwn(ctx.parameters, name) ? `parameter ${name} (no Default)` : name
    );
    return unknownTarget(
      ctx,
      kind,
      path3,
      `the ${kind} is named "${rendered.text}", built from ${through.join(", ")}; which ${kind} it is cannot be known from code`
    );
  }
  return externalEntity(ctx, kind, rendered.text, path3);
}
function externalEntity(ctx, kind, name, path3) {
  const key = `${kind}/${name.toLowerCase()}`;
  const found = ctx.external.get(key);
  if (found) return found;
  const { scope } = ctx;
  const entity = newEntity({
    id: `${scope.idPrefix}${kind}/${name}`,
    kind,
    format: scope.format,
    file: scope.file,
    line: scope.lines.lineAt(path3),
    path: joinPath(scope.pathPrefix, path3),
    name,
    stackName: scope.stackName,
    namedOnly: true
  });
  ctx.external.set(key, entity);
  ctx.entities.push(entity);
  return entity;
}
function unknownTarget(ctx, kind, path3, message) {
  const { scope } = ctx;
  const where = joinPath(scope.pathPrefix, path3);
  const key = `${kind}\0${where}`;
  const found = ctx.external.get(key);
  if (found) return found;
  const entity = newEntity({
    id: `${scope.idPrefix}${kind}@${where}`,
    kind,
    format: scope.format,
    file: scope.file,
    line: scope.lines.lineAt(path3),
    path: where,
    stackName: scope.stackName,
    unknowns: [unknownAt(scope, path3, message)]
  });
  ctx.external.set(key, entity);
  ctx.entities.push(entity);
  return entity;
}
function fold(ctx, entity, policy, conditional) {
  const key = `${policy.id}\0${entity.id}`;
  if (entity === policy.entity || ctx.folded.has(key)) return;
  ctx.folded.add(key);
  const onlySometimes = conditional || policy.conditional;
  entity.statements.push(
    ...onlySometimes ? policy.statements.map((s) => ({ ...s, conditional: true })) : policy.statements
  );
  entity.unknowns.push(...policy.unknowns);
  entity.suppressions.push(
    ...scopedSuppressions(policy.suppressions, ctx.scope.idPrefix + policy.id, policy.statements)
  );
}
function foldPolicies(ctx) {
  for (const policy of ctx.policies) {
    const propertiesPath = ["Resources", policy.id, "Properties"];
    for (const { key, kind } of policy.targets) {
      resolveTargets(
        ctx,
        policy.properties[key],
        kind,
        [...propertiesPath, key],
        policy.id,
        (e, conditional) => fold(ctx, e, policy, conditional)
      );
    }
  }
}

// src/iac/cfn/attachments.ts
function addManagedPolicyArn(ctx, entity, value, path3) {
  const rendered = renderString(value);
  if (rendered?.unresolved.every((name) => name.startsWith("AWS::"))) {
    if (!entity.managedPolicyArns.includes(rendered.text)) entity.managedPolicyArns.push(rendered.text);
    return;
  }
  const names = referencedNames(value);
  const what = rendered ? `"${rendered.text}" is built from ${rendered.unresolved.join(", ")}` : `is built with ${intrinsicName(value) ?? "a value"}${names.length > 0 ? ` from ${names.join(", ")}` : ""}`;
  entity.unknowns.push(
    unknownAt(ctx.scope, path3, `managed policy ARN ${what}; its permissions cannot be known from code`)
  );
}
function managedPolicyByArn(ctx, value) {
  const rendered = renderString(value);
  const name = rendered ? /:policy\/(?:.*\/)?([^/]+)$/.exec(rendered.text)?.[1]?.toLowerCase() : void 0;
  if (name === void 0) return void 0;
  for (const policy of ctx.managedPolicies.values()) {
    const entity = policy.entity;
    if (entity.name?.toLowerCase() === name || ctx.nameExpressions.get(entity) === name) return policy;
  }
  return void 0;
}
function eachItem(ctx, reference, visit) {
  const walk = (value, path3, conditional) => {
    if (value === null || value === void 0 || isNoValue(value)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path3, i], conditional);
      });
      return;
    }
    if (forEachBranch(ctx.scope, value, path3, (_s, branch, p) => walk(branch, p, true))) return;
    visit(value, path3, conditional);
  };
  walk(reference.value, reference.path, reference.conditional);
}
function attachManagedPolicies(ctx) {
  for (const reference of ctx.attachments) {
    const { entity } = reference;
    eachItem(ctx, reference, (value, path3, conditional) => {
      const target = refTarget(value);
      const policy = (target !== null ? ctx.managedPolicies.get(target) : void 0) ?? managedPolicyByArn(ctx, value);
      if (policy) {
        fold(ctx, entity, policy, conditional);
        return;
      }
      if (target !== null && ctx.types.has(target)) {
        const where = joinPath(ctx.scope.pathPrefix, path3);
        diagnoseAt(
          ctx,
          path3,
          `${where} refers to ${target} (${ctx.types.get(target)}), not a managed policy`,
          entity.id
        );
        return;
      }
      addManagedPolicyArn(ctx, entity, value, path3);
    });
  }
}
function addMemberships(ctx) {
  for (const reference of ctx.memberships) {
    const user = reference.entity;
    eachItem(ctx, reference, (value, path3, conditional) => {
      resolveTargets(ctx, value, "group", path3, user.id.slice(ctx.scope.idPrefix.length), (group, branch) => {
        if (!user.groups.includes(group.id)) user.groups.push(group.id);
        if ([...ctx.external.values()].includes(group)) {
          const message = `group ${group.name ?? group.id} is not defined in this template; what it grants the user cannot be known from code`;
          user.unknowns.push(unknownAt(ctx.scope, path3, message));
        }
        const policy = {
          id: `group:${group.id}`,
          type: "AWS::IAM::Group",
          statements: group.statements,
          unknowns: group.unknowns,
          suppressions: [],
          entity: group,
          conditional: false,
          targets: [],
          properties: {}
        };
        fold(ctx, user, policy, conditional || branch);
        for (const arn of group.managedPolicyArns)
          if (!user.managedPolicyArns.includes(arn)) user.managedPolicyArns.push(arn);
      });
    });
  }
}
function addBoundaries(ctx) {
  for (const reference of ctx.boundaries) {
    const { entity, value, path: path3 } = reference;
    if (value === null || value === void 0 || isNoValue(value)) continue;
    const location = {
      file: ctx.scope.file,
      line: ctx.scope.lines.lineAt(path3),
      path: joinPath(ctx.scope.pathPrefix, path3)
    };
    const target = refTarget(value);
    const policy = (target !== null ? ctx.managedPolicies.get(target) : void 0) ?? managedPolicyByArn(ctx, value);
    if (policy && policy.unknowns.length === 0) {
      entity.permissionsBoundary = { arn: null, statements: policy.statements, location };
      continue;
    }
    const rendered = renderString(value);
    if (!policy && rendered?.unresolved.every((name) => name.startsWith("AWS::"))) {
      entity.permissionsBoundary = { arn: rendered.text, statements: null, location };
      continue;
    }
    entity.permissionsBoundary = { arn: rendered?.text ?? null, statements: null, location };
  }
}

// src/iac/cfn/check-intrinsics.ts
function checkIntrinsics(scope, sink, value, path3, depth = 0) {
  if (depth > 64 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item !== "object" || item === null) continue;
      path3.push(i);
      checkIntrinsics(scope, sink, item, path3, depth + 1);
      path3.pop();
    }
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = value[key];
    if ((key.startsWith("Fn::") || key === "Ref") && !isKnownIntrinsic(key)) {
      reportUnknownIntrinsic(scope, sink, value, [...path3], key);
      continue;
    }
    if (typeof item !== "object" || item === null) continue;
    path3.push(key);
    checkIntrinsics(scope, sink, item, path3, depth + 1);
    path3.pop();
  }
}

// src/iac/cfn/inline-policies.ts
function readInlinePolicies(scope, sink, value, path3) {
  if (value === null || value === void 0 || isNoValue(value)) return;
  if (forEachBranch(scope, value, path3, (s, branch, p) => readInlinePolicies(s, sink, branch, p))) return;
  if (!Array.isArray(value)) {
    if (!reportUnknownIntrinsic(scope, sink, value, path3)) {
      sink.unknowns.push(unknownAt(scope, path3, "Policies is not a list and cannot be read from code"));
    }
    return;
  }
  value.forEach((policy, i) => {
    readInlinePolicy(scope, sink, policy, [...path3, i]);
  });
}
function readInlinePolicy(scope, sink, policy, path3) {
  if (policy === null || policy === void 0 || isNoValue(policy)) return;
  if (forEachBranch(scope, policy, path3, (s, branch, p) => readInlinePolicy(s, sink, branch, p))) return;
  if (!isRecord(policy)) {
    if (!reportUnknownIntrinsic(scope, sink, policy, path3)) {
      sink.unknowns.push(unknownAt(scope, path3, "inline policy cannot be read from code"));
    }
    return;
  }
  const name = physicalName(policy["PolicyName"]);
  readPolicyDocument(scope, sink, policy["PolicyDocument"], [...path3, "PolicyDocument"], name);
}

// src/iac/cfn/identity.ts
function identityReader(kind, nameKey) {
  return (ctx, view) => {
    const { properties, propertiesPath } = view;
    const entity = addEntity(ctx, view, kind);
    const sink = sinkOf(entity);
    checkIntrinsics(ctx.scope, sink, properties, [...propertiesPath]);
    entity.name = physicalName(properties[nameKey]);
    const written = renderString(properties[nameKey]);
    if (written) ctx.nameExpressions.set(entity, written.text.toLowerCase());
    entity.iamPath = typeof properties["Path"] === "string" ? properties["Path"] : null;
    readInlinePolicies(ctx.scope, sink, properties["Policies"], [...propertiesPath, "Policies"]);
    const later = (key) => ({
      entity,
      value: properties[key],
      path: [...propertiesPath, key],
      conditional: false
    });
    if (properties["ManagedPolicyArns"] !== void 0) ctx.attachments.push(later("ManagedPolicyArns"));
    if (kind !== "group" && properties["PermissionsBoundary"] !== void 0)
      ctx.boundaries.push(later("PermissionsBoundary"));
    if (kind === "user" && properties["Groups"] !== void 0) ctx.memberships.push(later("Groups"));
  };
}

// src/iac/cfn/policy.ts
var TARGET_LISTS = [
  { key: "Roles", kind: "role" },
  { key: "Users", kind: "user" },
  { key: "Groups", kind: "group" }
];
function policyReader(targets) {
  return (ctx, view) => {
    const { properties, propertiesPath } = view;
    const sink = { statements: [], unknowns: [], entityId: ctx.scope.idPrefix + view.id };
    checkIntrinsics(ctx.scope, sink, properties, [...propertiesPath]);
    const policyName = physicalName(properties["PolicyName"]) ?? view.id;
    readPolicyDocument(
      ctx.scope,
      sink,
      properties["PolicyDocument"],
      [...propertiesPath, "PolicyDocument"],
      policyName
    );
    const policy = {
      id: view.id,
      type: view.type,
      statements: sink.statements,
      unknowns: sink.unknowns,
      suppressions: readSuppressions(ctx.scope, view.metadata, [...view.path, "Metadata", SUPPRESSION_KEY]),
      entity: null,
      conditional: view.conditional,
      targets,
      properties
    };
    ctx.policies.push(policy);
  };
}

// src/iac/cfn/managed-policy.ts
function readManagedPolicy(ctx, view) {
  const { properties, propertiesPath } = view;
  const entity = addEntity(ctx, view, "policy");
  const sink = sinkOf(entity);
  checkIntrinsics(ctx.scope, sink, properties, [...propertiesPath]);
  entity.name = physicalName(properties["ManagedPolicyName"]);
  const written = renderString(properties["ManagedPolicyName"]);
  if (written) ctx.nameExpressions.set(entity, written.text.toLowerCase());
  entity.iamPath = typeof properties["Path"] === "string" ? properties["Path"] : null;
  readPolicyDocument(
    ctx.scope,
    sink,
    properties["PolicyDocument"],
    [...propertiesPath, "PolicyDocument"],
    entity.name ?? view.id
  );
  const policy = {
    id: view.id,
    type: view.type,
    statements: entity.statements,
    unknowns: entity.unknowns,
    // Its own suppressions cover the policy entity, and what it grants to the entities it is attached to.
    suppressions: entity.suppressions,
    entity,
    conditional: view.conditional,
    targets: TARGET_LISTS,
    properties
  };
  ctx.managedPolicies.set(view.id, policy);
  ctx.policies.push(policy);
}

// src/iac/sam-templates.ts
var SAM_POLICY_TEMPLATES = {
  AMIDescribePolicy: [["ec2:DescribeImages"]],
  AWSSecretsManagerRotationPolicy: [
    [
      "secretsmanager:DescribeSecret",
      "secretsmanager:GetSecretValue",
      "secretsmanager:PutSecretValue",
      "secretsmanager:UpdateSecretVersionStage"
    ],
    ["secretsmanager:GetRandomPassword"]
  ],
  AcmGetCertificatePolicy: [["acm:GetCertificate"]],
  AthenaQueryPolicy: [
    [
      "athena:ListWorkGroups",
      "athena:GetExecutionEngine",
      "athena:GetExecutionEngines",
      "athena:GetNamespace",
      "athena:GetCatalogs",
      "athena:GetNamespaces",
      "athena:GetTables",
      "athena:GetTable"
    ],
    [
      "athena:StartQueryExecution",
      "athena:GetQueryResults",
      "athena:DeleteNamedQuery",
      "athena:GetNamedQuery",
      "athena:ListQueryExecutions",
      "athena:StopQueryExecution",
      "athena:GetQueryResultsStream",
      "athena:ListNamedQueries",
      "athena:CreateNamedQuery",
      "athena:GetQueryExecution",
      "athena:BatchGetNamedQuery",
      "athena:BatchGetQueryExecution",
      "athena:GetWorkGroup"
    ]
  ],
  CloudFormationDescribeStacksPolicy: [["cloudformation:DescribeStacks"]],
  CloudWatchDashboardPolicy: [
    [
      "cloudwatch:GetDashboard",
      "cloudwatch:ListDashboards",
      "cloudwatch:PutDashboard",
      "cloudwatch:ListMetrics"
    ]
  ],
  CloudWatchDescribeAlarmHistoryPolicy: [["cloudwatch:DescribeAlarmHistory"]],
  CloudWatchPutMetricPolicy: [["cloudwatch:PutMetricData"]],
  CodeCommitCrudPolicy: [
    [
      "codecommit:GitPull",
      "codecommit:GitPush",
      "codecommit:CreateBranch",
      "codecommit:DeleteBranch",
      "codecommit:GetBranch",
      "codecommit:ListBranches",
      "codecommit:MergeBranchesByFastForward",
      "codecommit:MergeBranchesBySquash",
      "codecommit:MergeBranchesByThreeWay",
      "codecommit:UpdateDefaultBranch",
      "codecommit:BatchDescribeMergeConflicts",
      "codecommit:CreateUnreferencedMergeCommit",
      "codecommit:DescribeMergeConflicts",
      "codecommit:GetMergeCommit",
      "codecommit:GetMergeOptions",
      "codecommit:BatchGetPullRequests",
      "codecommit:CreatePullRequest",
      "codecommit:DescribePullRequestEvents",
      "codecommit:GetCommentsForPullRequest",
      "codecommit:GetCommitsFromMergeBase",
      "codecommit:GetMergeConflicts",
      "codecommit:GetPullRequest",
      "codecommit:ListPullRequests",
      "codecommit:MergePullRequestByFastForward",
      "codecommit:MergePullRequestBySquash",
      "codecommit:MergePullRequestByThreeWay",
      "codecommit:PostCommentForPullRequest",
      "codecommit:UpdatePullRequestDescription",
      "codecommit:UpdatePullRequestStatus",
      "codecommit:UpdatePullRequestTitle",
      "codecommit:DeleteFile",
      "codecommit:GetBlob",
      "codecommit:GetFile",
      "codecommit:GetFolder",
      "codecommit:PutFile",
      "codecommit:DeleteCommentContent",
      "codecommit:GetComment",
      "codecommit:GetCommentsForComparedCommit",
      "codecommit:PostCommentForComparedCommit",
      "codecommit:PostCommentReply",
      "codecommit:UpdateComment",
      "codecommit:BatchGetCommits",
      "codecommit:CreateCommit",
      "codecommit:GetCommit",
      "codecommit:GetCommitHistory",
      "codecommit:GetDifferences",
      "codecommit:GetObjectIdentifier",
      "codecommit:GetReferences",
      "codecommit:GetTree",
      "codecommit:GetRepository",
      "codecommit:UpdateRepositoryDescription",
      "codecommit:ListTagsForResource",
      "codecommit:TagResource",
      "codecommit:UntagResource",
      "codecommit:GetRepositoryTriggers",
      "codecommit:PutRepositoryTriggers",
      "codecommit:TestRepositoryTriggers",
      "codecommit:GetBranch",
      "codecommit:GetCommit",
      "codecommit:UploadArchive",
      "codecommit:GetUploadArchiveStatus",
      "codecommit:CancelUploadArchive"
    ]
  ],
  CodeCommitReadPolicy: [
    [
      "codecommit:GitPull",
      "codecommit:GetBranch",
      "codecommit:ListBranches",
      "codecommit:BatchDescribeMergeConflicts",
      "codecommit:DescribeMergeConflicts",
      "codecommit:GetMergeCommit",
      "codecommit:GetMergeOptions",
      "codecommit:BatchGetPullRequests",
      "codecommit:DescribePullRequestEvents",
      "codecommit:GetCommentsForPullRequest",
      "codecommit:GetCommitsFromMergeBase",
      "codecommit:GetMergeConflicts",
      "codecommit:GetPullRequest",
      "codecommit:ListPullRequests",
      "codecommit:GetBlob",
      "codecommit:GetFile",
      "codecommit:GetFolder",
      "codecommit:GetComment",
      "codecommit:GetCommentsForComparedCommit",
      "codecommit:BatchGetCommits",
      "codecommit:GetCommit",
      "codecommit:GetCommitHistory",
      "codecommit:GetDifferences",
      "codecommit:GetObjectIdentifier",
      "codecommit:GetReferences",
      "codecommit:GetTree",
      "codecommit:GetRepository",
      "codecommit:ListTagsForResource",
      "codecommit:GetRepositoryTriggers",
      "codecommit:TestRepositoryTriggers",
      "codecommit:GetBranch",
      "codecommit:GetCommit",
      "codecommit:GetUploadArchiveStatus"
    ]
  ],
  CodePipelineLambdaExecutionPolicy: [
    ["codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult"]
  ],
  CodePipelineReadOnlyPolicy: [["codepipeline:ListPipelineExecutions"]],
  ComprehendBasicAccessPolicy: [
    [
      "comprehend:BatchDetectKeyPhrases",
      "comprehend:DetectDominantLanguage",
      "comprehend:DetectEntities",
      "comprehend:BatchDetectEntities",
      "comprehend:DetectKeyPhrases",
      "comprehend:DetectSentiment",
      "comprehend:BatchDetectDominantLanguage",
      "comprehend:BatchDetectSentiment"
    ]
  ],
  CostExplorerReadOnlyPolicy: [
    [
      "ce:GetCostAndUsage",
      "ce:GetDimensionValues",
      "ce:GetReservationCoverage",
      "ce:GetReservationPurchaseRecommendation",
      "ce:GetReservationUtilization",
      "ce:GetTags"
    ]
  ],
  DynamoDBBackupFullAccessPolicy: [
    ["dynamodb:CreateBackup", "dynamodb:DescribeContinuousBackups"],
    ["dynamodb:DeleteBackup", "dynamodb:DescribeBackup", "dynamodb:ListBackups"]
  ],
  DynamoDBCrudPolicy: [
    [
      "dynamodb:GetItem",
      "dynamodb:DeleteItem",
      "dynamodb:PutItem",
      "dynamodb:Scan",
      "dynamodb:Query",
      "dynamodb:UpdateItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:BatchGetItem",
      "dynamodb:DescribeTable",
      "dynamodb:ConditionCheckItem"
    ]
  ],
  DynamoDBReadPolicy: [
    [
      "dynamodb:GetItem",
      "dynamodb:Scan",
      "dynamodb:Query",
      "dynamodb:BatchGetItem",
      "dynamodb:DescribeTable"
    ]
  ],
  DynamoDBReconfigurePolicy: [["dynamodb:UpdateTable"]],
  DynamoDBRestoreFromBackupPolicy: [
    ["dynamodb:RestoreTableFromBackup"],
    [
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
      "dynamodb:GetItem",
      "dynamodb:Query",
      "dynamodb:Scan",
      "dynamodb:BatchWriteItem"
    ]
  ],
  DynamoDBStreamReadPolicy: [
    ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
    ["dynamodb:ListStreams"]
  ],
  DynamoDBWritePolicy: [["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"]],
  EC2CopyImagePolicy: [["ec2:CopyImage"]],
  EC2DescribePolicy: [["ec2:DescribeRegions", "ec2:DescribeInstances"]],
  EKSDescribePolicy: [["eks:DescribeCluster", "eks:ListClusters"]],
  ElasticsearchHttpPostPolicy: [["es:ESHttpPost", "es:ESHttpPut"]],
  EventBridgePutEventsPolicy: [["events:PutEvents"]],
  FilterLogEventsPolicy: [["logs:FilterLogEvents"]],
  KMSDecryptPolicy: [["kms:Decrypt"]],
  KMSEncryptPolicy: [["kms:Encrypt"]],
  KMSEncryptPolicy_v2: [
    [
      "kms:Encrypt",
      "kms:GenerateDataKey",
      "kms:GenerateDataKeyWithoutPlaintext",
      "kms:GenerateDataKeyPair",
      "kms:GenerateDataKeyPairWithoutPlaintext"
    ]
  ],
  KinesisCrudPolicy: [
    [
      "kinesis:AddTagsToStream",
      "kinesis:CreateStream",
      "kinesis:DecreaseStreamRetentionPeriod",
      "kinesis:DeleteStream",
      "kinesis:DescribeStream",
      "kinesis:DescribeStreamSummary",
      "kinesis:GetShardIterator",
      "kinesis:IncreaseStreamRetentionPeriod",
      "kinesis:ListTagsForStream",
      "kinesis:MergeShards",
      "kinesis:PutRecord",
      "kinesis:PutRecords",
      "kinesis:SplitShard",
      "kinesis:RemoveTagsFromStream"
    ]
  ],
  KinesisStreamReadPolicy: [
    ["kinesis:ListStreams", "kinesis:DescribeLimits"],
    [
      "kinesis:DescribeStream",
      "kinesis:DescribeStreamSummary",
      "kinesis:GetRecords",
      "kinesis:GetShardIterator"
    ]
  ],
  LambdaInvokePolicy: [["lambda:InvokeFunction"]],
  MobileAnalyticsWriteOnlyAccessPolicy: [["mobileanalytics:PutEvents"]],
  OrganizationsListAccountsPolicy: [["organizations:ListAccounts"]],
  PinpointEndpointAccessPolicy: [
    ["mobiletargeting:GetEndpoint", "mobiletargeting:UpdateEndpoint", "mobiletargeting:UpdateEndpointsBatch"]
  ],
  PollyFullAccessPolicy: [
    ["polly:GetLexicon", "polly:DeleteLexicon"],
    ["polly:DescribeVoices", "polly:ListLexicons", "polly:PutLexicon", "polly:SynthesizeSpeech"]
  ],
  RekognitionDetectOnlyPolicy: [
    [
      "rekognition:DetectFaces",
      "rekognition:DetectLabels",
      "rekognition:DetectModerationLabels",
      "rekognition:DetectText"
    ]
  ],
  RekognitionFacesManagementPolicy: [
    [
      "rekognition:IndexFaces",
      "rekognition:DeleteFaces",
      "rekognition:SearchFaces",
      "rekognition:SearchFacesByImage",
      "rekognition:ListFaces"
    ]
  ],
  RekognitionFacesPolicy: [["rekognition:CompareFaces", "rekognition:DetectFaces"]],
  RekognitionLabelsPolicy: [["rekognition:DetectLabels", "rekognition:DetectModerationLabels"]],
  RekognitionNoDataAccessPolicy: [
    [
      "rekognition:CompareFaces",
      "rekognition:DetectFaces",
      "rekognition:DetectLabels",
      "rekognition:DetectModerationLabels"
    ]
  ],
  RekognitionReadPolicy: [
    [
      "rekognition:ListCollections",
      "rekognition:ListFaces",
      "rekognition:SearchFaces",
      "rekognition:SearchFacesByImage"
    ]
  ],
  RekognitionWriteOnlyAccessPolicy: [["rekognition:CreateCollection", "rekognition:IndexFaces"]],
  Route53ChangeResourceRecordSetsPolicy: [["route53:ChangeResourceRecordSets"]],
  S3CrudPolicy: [
    [
      "s3:GetObject",
      "s3:ListBucket",
      "s3:GetBucketLocation",
      "s3:GetObjectVersion",
      "s3:PutObject",
      "s3:PutObjectAcl",
      "s3:GetLifecycleConfiguration",
      "s3:PutLifecycleConfiguration",
      "s3:DeleteObject"
    ]
  ],
  S3FullAccessPolicy: [
    [
      "s3:GetObject",
      "s3:GetObjectAcl",
      "s3:GetObjectVersion",
      "s3:PutObject",
      "s3:PutObjectAcl",
      "s3:DeleteObject",
      "s3:DeleteObjectTagging",
      "s3:DeleteObjectVersionTagging",
      "s3:GetObjectTagging",
      "s3:GetObjectVersionTagging",
      "s3:PutObjectTagging",
      "s3:PutObjectVersionTagging"
    ],
    ["s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"]
  ],
  S3ReadPolicy: [
    [
      "s3:GetObject",
      "s3:ListBucket",
      "s3:GetBucketLocation",
      "s3:GetObjectVersion",
      "s3:GetLifecycleConfiguration"
    ]
  ],
  S3WritePolicy: [["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"]],
  SESBulkTemplatedCrudPolicy: [
    [
      "ses:GetIdentityVerificationAttributes",
      "ses:SendEmail",
      "ses:SendRawEmail",
      "ses:SendTemplatedEmail",
      "ses:SendBulkTemplatedEmail",
      "ses:VerifyEmailIdentity"
    ]
  ],
  SESBulkTemplatedCrudPolicy_v2: [
    ["ses:SendEmail", "ses:SendRawEmail", "ses:SendTemplatedEmail", "ses:SendBulkTemplatedEmail"],
    ["ses:GetIdentityVerificationAttributes", "ses:VerifyEmailIdentity"]
  ],
  SESCrudPolicy: [
    ["ses:GetIdentityVerificationAttributes", "ses:SendEmail", "ses:SendRawEmail", "ses:VerifyEmailIdentity"]
  ],
  SESEmailTemplateCrudPolicy: [
    [
      "ses:CreateTemplate",
      "ses:GetTemplate",
      "ses:ListTemplates",
      "ses:UpdateTemplate",
      "ses:DeleteTemplate",
      "ses:TestRenderTemplate"
    ]
  ],
  SESSendBouncePolicy: [["ses:SendBounce"]],
  SNSCrudPolicy: [
    [
      "sns:ListSubscriptionsByTopic",
      "sns:CreateTopic",
      "sns:SetTopicAttributes",
      "sns:Subscribe",
      "sns:Publish"
    ]
  ],
  SNSPublishMessagePolicy: [["sns:Publish"]],
  SQSPollerPolicy: [
    [
      "sqs:ChangeMessageVisibility",
      "sqs:ChangeMessageVisibilityBatch",
      "sqs:DeleteMessage",
      "sqs:DeleteMessageBatch",
      "sqs:GetQueueAttributes",
      "sqs:ReceiveMessage"
    ]
  ],
  SQSSendMessagePolicy: [["sqs:SendMessage*"]],
  SSMParameterReadPolicy: [
    ["ssm:DescribeParameters"],
    ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"]
  ],
  SSMParameterWithSlashPrefixReadPolicy: [
    ["ssm:DescribeParameters"],
    ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"]
  ],
  ServerlessRepoReadWriteAccessPolicy: [
    [
      "serverlessrepo:CreateApplication",
      "serverlessrepo:CreateApplicationVersion",
      "serverlessrepo:UpdateApplication",
      "serverlessrepo:GetApplication",
      "serverlessrepo:ListApplications",
      "serverlessrepo:ListApplicationVersions",
      "serverlessrepo:ListApplicationDependencies"
    ]
  ],
  StepFunctionsCallbackPolicy: [
    ["states:SendTaskFailure", "states:SendTaskHeartbeat", "states:SendTaskSuccess"]
  ],
  StepFunctionsExecutionPolicy: [["states:StartExecution"]],
  StepFunctionsExecutionPolicy_v2: [["states:StartExecution", "states:StartSyncExecution"]],
  VPCAccessPolicy: [
    [
      "ec2:CreateNetworkInterface",
      "ec2:DeleteNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DetachNetworkInterface"
    ]
  ]
};

// src/iac/sam.ts
var SAM_BASIC_EXECUTION_ARN = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
function expandSamPolicyTemplate(name) {
  return Object.hasOwn(SAM_POLICY_TEMPLATES, name) ? SAM_POLICY_TEMPLATES[name] : null;
}

// src/iac/cfn/sam-function.ts
function samRoleReader(basicExecution) {
  return (ctx, view) => {
    const { properties, propertiesPath } = view;
    if (properties["Role"] !== void 0) return;
    const entity = addEntity(ctx, view, "role", `${view.id}Role`);
    checkIntrinsics(ctx.scope, sinkOf(entity), properties, [...propertiesPath]);
    if (basicExecution) entity.managedPolicyArns.push(SAM_BASIC_EXECUTION_ARN);
    const policies = properties["Policies"];
    const path3 = [...propertiesPath, "Policies"];
    if (policies === null || policies === void 0 || isNoValue(policies)) return;
    if (!Array.isArray(policies)) readSamPolicy(ctx, entity, policies, path3);
    else
      policies.forEach((item, i) => {
        readSamPolicy(ctx, entity, item, [...path3, i]);
      });
  };
}
function readSamPolicy(ctx, entity, item, path3, scope = ctx.scope) {
  const sink = sinkOf(entity);
  if (typeof item === "string") {
    const arn = item.startsWith("arn:") ? item : `arn:aws:iam::aws:policy/${item}`;
    if (!entity.managedPolicyArns.includes(arn)) entity.managedPolicyArns.push(arn);
    return;
  }
  if (forEachBranch(scope, item, path3, (s, branch, p) => readSamPolicy(ctx, entity, branch, p, s))) return;
  if (intrinsicName(item) !== null) {
    if (!reportUnknownIntrinsic(scope, sink, item, path3)) addManagedPolicyArn(ctx, entity, item, path3);
    return;
  }
  if (!isRecord(item)) {
    entity.unknowns.push(unknownAt(scope, path3, "SAM policy cannot be read from code"));
    return;
  }
  if (Object.hasOwn(item, "Statement")) {
    readPolicyDocument(scope, sink, item, path3, `${entity.id}Policy`);
    return;
  }
  readPolicyTemplate(scope, sink, item, path3);
}
function readPolicyTemplate(scope, sink, item, path3) {
  const names = Object.keys(item);
  const templateName = names[0];
  if (names.length !== 1 || templateName === void 0) {
    sink.unknowns.push(unknownAt(scope, path3, "SAM policy cannot be read from code"));
    return;
  }
  const document = expandSamPolicyTemplate(templateName);
  if (!document) {
    sink.unknowns.push(
      unknownAt(
        scope,
        path3,
        `SAM policy template ${templateName} is not known to this tool; its actions are not counted`
      )
    );
    return;
  }
  const location = locate(scope, [...path3, templateName]);
  for (const actions of document) {
    sink.statements.push({
      effect: "Allow",
      actions: actions.map((pattern2) => ({ pattern: pattern2, location })),
      notActions: null,
      allResources: false,
      hasCondition: false,
      policyName: templateName,
      location
    });
  }
}

// src/iac/sam-connectors.ts
var S3_ACCESS = {
  sourcePolicy: true,
  Read: [
    [
      "s3:GetObject",
      "s3:GetObjectAcl",
      "s3:GetObjectLegalHold",
      "s3:GetObjectRetention",
      "s3:GetObjectTorrent",
      "s3:GetObjectVersion",
      "s3:GetObjectVersionAcl",
      "s3:GetObjectVersionForReplication",
      "s3:GetObjectVersionTorrent",
      "s3:ListBucket",
      "s3:ListBucketMultipartUploads",
      "s3:ListBucketVersions",
      "s3:ListMultipartUploadParts"
    ]
  ],
  Write: [
    [
      "s3:AbortMultipartUpload",
      "s3:DeleteObject",
      "s3:DeleteObjectVersion",
      "s3:PutObject",
      "s3:PutObjectLegalHold",
      "s3:PutObjectRetention",
      "s3:RestoreObject"
    ]
  ]
};
var DYNAMODB_ACCESS = {
  sourcePolicy: true,
  Read: [
    [
      "dynamodb:GetItem",
      "dynamodb:Query",
      "dynamodb:Scan",
      "dynamodb:BatchGetItem",
      "dynamodb:ConditionCheckItem",
      "dynamodb:PartiQLSelect"
    ]
  ],
  Write: [
    [
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:PartiQLDelete",
      "dynamodb:PartiQLInsert",
      "dynamodb:PartiQLUpdate"
    ]
  ]
};
var INVOKE_LAMBDA = {
  sourcePolicy: true,
  Write: [["lambda:InvokeAsync", "lambda:InvokeFunction"]]
};
var PUT_EVENTS = { sourcePolicy: true, Write: [["events:PutEvents"]] };
var PUBLISH = { sourcePolicy: true, Write: [["sns:Publish"]] };
var CONNECTOR_PROFILES = {
  "AWS::DynamoDB::Table": {
    "AWS::Lambda::Function": {
      sourcePolicy: false,
      Read: [
        [
          "dynamodb:DescribeStream",
          "dynamodb:GetRecords",
          "dynamodb:GetShardIterator",
          "dynamodb:ListStreams"
        ]
      ]
    }
  },
  "AWS::Events::Rule": {
    "AWS::Events::EventBus": PUT_EVENTS,
    "AWS::StepFunctions::StateMachine": { sourcePolicy: true, Write: [["states:StartExecution"]] }
  },
  "AWS::Lambda::Function": {
    "AWS::Lambda::Function": INVOKE_LAMBDA,
    "AWS::S3::Bucket": S3_ACCESS,
    "AWS::DynamoDB::Table": DYNAMODB_ACCESS,
    "AWS::SQS::Queue": {
      sourcePolicy: true,
      Read: [["sqs:ReceiveMessage", "sqs:GetQueueAttributes"]],
      Write: [["sqs:DeleteMessage", "sqs:SendMessage", "sqs:ChangeMessageVisibility", "sqs:PurgeQueue"]]
    },
    "AWS::SNS::Topic": PUBLISH,
    "AWS::StepFunctions::StateMachine": {
      sourcePolicy: true,
      Write: [["states:StartExecution", "states:StartSyncExecution"], ["states:StopExecution"]],
      Read: [
        ["states:DescribeStateMachine", "states:ListExecutions"],
        ["states:DescribeExecution", "states:DescribeStateMachineForExecution", "states:GetExecutionHistory"]
      ]
    },
    "AWS::Events::EventBus": PUT_EVENTS,
    "AWS::Location::PlaceIndex": {
      sourcePolicy: true,
      Read: [
        [
          "geo:DescribePlaceIndex",
          "geo:GetPlace",
          "geo:SearchPlaceIndexForPosition",
          "geo:SearchPlaceIndexForSuggestions",
          "geo:SearchPlaceIndexForText"
        ]
      ]
    }
  },
  "AWS::SQS::Queue": {
    "AWS::Lambda::Function": {
      sourcePolicy: false,
      Write: [["sqs:DeleteMessage"]],
      Read: [["sqs:ReceiveMessage", "sqs:GetQueueAttributes"]]
    }
  },
  "AWS::StepFunctions::StateMachine": {
    "AWS::Lambda::Function": INVOKE_LAMBDA,
    "AWS::SNS::Topic": PUBLISH,
    "AWS::SQS::Queue": { sourcePolicy: true, Write: [["sqs:SendMessage"]] },
    "AWS::S3::Bucket": S3_ACCESS,
    "AWS::DynamoDB::Table": DYNAMODB_ACCESS,
    "AWS::StepFunctions::StateMachine": {
      sourcePolicy: true,
      Read: [["states:DescribeExecution"], ["events:DescribeRule"]],
      Write: [["states:StartExecution"], ["states:StopExecution"], ["events:PutTargets", "events:PutRule"]]
    },
    "AWS::Events::EventBus": PUT_EVENTS
  },
  "AWS::AppSync::DataSource": {
    "AWS::DynamoDB::Table": DYNAMODB_ACCESS,
    "AWS::Lambda::Function": INVOKE_LAMBDA
  }
};
var SAM_TYPE_OF = {
  "AWS::Serverless::Function": "AWS::Lambda::Function",
  "AWS::Serverless::StateMachine": "AWS::StepFunctions::StateMachine",
  "AWS::Serverless::SimpleTable": "AWS::DynamoDB::Table",
  "AWS::Serverless::Api": "AWS::ApiGateway::RestApi",
  "AWS::Serverless::HttpApi": "AWS::ApiGatewayV2::Api",
  "AWS::Serverless::GraphQLApi": "AWS::AppSync::GraphQLApi"
};
var RESOURCE_POLICY_CONNECTORS = /* @__PURE__ */ new Set([
  "AWS::Events::Rule>AWS::SNS::Topic",
  "AWS::Events::Rule>AWS::Lambda::Function",
  "AWS::Events::Rule>AWS::SQS::Queue",
  "AWS::ApiGatewayV2::Api>AWS::Lambda::Function",
  "AWS::ApiGateway::RestApi>AWS::Lambda::Function",
  "AWS::SNS::Topic>AWS::SQS::Queue",
  "AWS::SNS::Topic>AWS::Lambda::Function",
  "AWS::S3::Bucket>AWS::Lambda::Function",
  "AWS::AppSync::GraphQLApi>AWS::Lambda::Function"
]);

// src/iac/cfn/serverless-connector.ts
var ROLE_PROPERTY = {
  "AWS::Lambda::Function": "Role",
  "AWS::Serverless::Function": "Role",
  "AWS::StepFunctions::StateMachine": "RoleArn",
  "AWS::Serverless::StateMachine": "Role",
  "AWS::Events::Rule": "RoleArn",
  "AWS::AppSync::DataSource": "ServiceRoleArn"
};
function readConnector(ctx, view) {
  ctx.deferred.push(
    () => connect(ctx, view.id, view.properties, view.propertiesPath, view.properties["Source"])
  );
}
function readEmbeddedConnectors(ctx, view) {
  const connectors = view.resource["Connectors"];
  if (!isRecord(connectors)) return;
  for (const [name, connector] of Object.entries(connectors)) {
    if (!isRecord(connector) || !isRecord(connector["Properties"])) continue;
    const path3 = [...view.path, "Connectors", name, "Properties"];
    const properties = connector["Properties"];
    ctx.deferred.push(() => connect(ctx, `${view.id}${name}`, properties, path3, { Id: view.id }));
  }
}
function connect(ctx, id, properties, path3, source) {
  const written = properties["Destination"];
  const destinations = Array.isArray(written) ? written : [written];
  const permissions = properties["Permissions"];
  const categories = Array.isArray(permissions) ? permissions.filter((p) => p === "Read" || p === "Write") : [];
  if (!Array.isArray(permissions) || categories.length !== permissions.length || categories.length === 0) {
    diagnoseAt(
      ctx,
      [...path3, "Permissions"],
      `${joinPath(ctx.scope.pathPrefix, [...path3, "Permissions"])}: a connector needs Permissions of Read and/or Write`,
      id
    );
    return;
  }
  destinations.forEach((destination, i) => {
    const where = Array.isArray(written) ? [...path3, "Destination", i] : [...path3, "Destination"];
    const from = endpointType(ctx, source);
    const to = endpointType(ctx, destination);
    if (!from || !to) {
      diagnoseAt(
        ctx,
        where,
        `${joinPath(ctx.scope.pathPrefix, where)}: the connector's Source or Destination type cannot be known from code`,
        id
      );
      return;
    }
    const profile = CONNECTOR_PROFILES[from]?.[to];
    if (!profile) {
      if (!RESOURCE_POLICY_CONNECTORS.has(`${from}>${to}`))
        diagnoseAt(
          ctx,
          where,
          `${joinPath(ctx.scope.pathPrefix, where)}: SAM has no connector from ${from} to ${to}`,
          id
        );
      return;
    }
    const statements = statementsOf(ctx, profile, categories, [...path3, "Permissions"]);
    const policy = {
      id: `${id}[${i}]`,
      type: "AWS::Serverless::Connector",
      statements,
      unknowns: [],
      suppressions: [],
      entity: null,
      conditional: false,
      targets: [],
      properties: {}
    };
    const endpoint = profile.sourcePolicy ? source : destination;
    const endpointPath = profile.sourcePolicy ? [...path3, "Source"] : where;
    roleOf(ctx, endpoint, endpointPath, id, (role, conditional) => fold(ctx, role, policy, conditional));
  });
}
function endpointType(ctx, endpoint) {
  if (!isRecord(endpoint)) return null;
  const type = typeof endpoint["Id"] === "string" ? ctx.types.get(endpoint["Id"]) : endpoint["Type"];
  return typeof type === "string" ? SAM_TYPE_OF[type] ?? type : null;
}
function statementsOf(ctx, profile, categories, path3) {
  const location = locate(ctx.scope, path3);
  return categories.flatMap(
    (category) => (profile[category] ?? []).map(
      (actions) => ({
        effect: "Allow",
        actions: actions.map((pattern2) => ({ pattern: pattern2, location })),
        notActions: null,
        allResources: false,
        hasCondition: false,
        policyName: `connector ${category}`,
        location
      })
    )
  );
}
function roleOf(ctx, endpoint, path3, sourceId, visit) {
  if (!isRecord(endpoint)) return;
  if (endpoint["RoleName"] !== void 0) {
    resolveTargets(ctx, endpoint["RoleName"], "role", [...path3, "RoleName"], sourceId, visit);
    return;
  }
  const id = typeof endpoint["Id"] === "string" ? endpoint["Id"] : null;
  const implicit = id !== null ? ctx.byId.get(`${id}Role`) : void 0;
  if (implicit) {
    visit(implicit, false);
    return;
  }
  const type = id !== null ? ctx.types.get(id) : void 0;
  const resource = id !== null ? ctx.resources[id] : void 0;
  const key = type ? ROLE_PROPERTY[type] : void 0;
  const properties = isRecord(resource) && isRecord(resource["Properties"]) ? resource["Properties"] : {};
  if (id !== null && key && properties[key] !== void 0) {
    const value = properties[key];
    const named = typeof value === "string" ? /:role\/(?:.*\/)?([^/]+)$/.exec(value)?.[1] ?? value : value;
    const target = refTarget(value);
    resolveTargets(
      ctx,
      target !== null ? { Ref: target } : named,
      "role",
      ["Resources", id, "Properties", key],
      sourceId,
      visit
    );
    return;
  }
  resolveTargets(ctx, { "Fn::Sub": `\${${id ?? "role"}.Role}` }, "role", path3, sourceId, visit);
}

// src/iac/cfn/user-to-group-addition.ts
function readUserToGroupAddition(ctx, view) {
  const { properties, propertiesPath } = view;
  const group = properties["GroupName"];
  const usersPath = [...propertiesPath, "Users"];
  const visit = (value, path3, conditional) => {
    if (value === void 0 || value === null || isNoValue(value)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...path3, i], conditional);
      });
      return;
    }
    if (forEachBranch(ctx.scope, value, path3, (_s, branch, p) => visit(branch, p, true))) return;
    resolveTargets(ctx, value, "user", path3, view.id, (user) => {
      ctx.memberships.push({
        entity: user,
        value: group,
        path: [...propertiesPath, "GroupName"],
        conditional: conditional || view.conditional
      });
    });
  };
  ctx.deferred.push(() => visit(properties["Users"], usersPath, false));
}

// src/iac/cfn/readers.ts
var RESOURCE_READERS = new Map(
  Object.entries({
    "AWS::IAM::Role": identityReader("role", "RoleName"),
    "AWS::IAM::User": identityReader("user", "UserName"),
    "AWS::IAM::Group": identityReader("group", "GroupName"),
    "AWS::IAM::ManagedPolicy": readManagedPolicy,
    "AWS::IAM::Policy": policyReader(TARGET_LISTS),
    "AWS::IAM::RolePolicy": policyReader([{ key: "RoleName", kind: "role" }]),
    "AWS::IAM::UserPolicy": policyReader([{ key: "UserName", kind: "user" }]),
    "AWS::IAM::GroupPolicy": policyReader([{ key: "GroupName", kind: "group" }]),
    "AWS::IAM::UserToGroupAddition": readUserToGroupAddition,
    "AWS::Serverless::Function": samRoleReader(true),
    "AWS::Serverless::StateMachine": samRoleReader(false),
    "AWS::Serverless::Connector": readConnector
  })
);

// src/iac/json-lines.ts
var MAX_DEPTH2 = 512;
var JsonInputError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
  name = "JsonInputError";
};
var KIND_PRIMITIVE = 0;
var KIND_OBJECT = 1;
var KIND_ARRAY = 2;
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JsonInputError(jsonErrorText(error), jsonErrorLine(text, error));
  }
}
function jsonErrorText(error) {
  const message = error instanceof Error ? error.message : String(error);
  return `invalid JSON: ${message.replace(/, "[\s\S]*" is not valid JSON$/, "")}`;
}
function jsonErrorLine(text, error) {
  const message = error instanceof Error ? error.message : "";
  const lineMatch = /\(line (\d+) column \d+\)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return lineOfOffset(text, Number(position[1]));
  const offset = firstJsonError(text);
  return offset === -1 ? null : lineOfOffset(text, offset);
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
function firstJsonError(text) {
  const n = text.length;
  const stack = [];
  let i = 0;
  let state = "value";
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const token = (pattern2) => {
    pattern2.lastIndex = i;
    if (!pattern2.test(text)) return false;
    i = pattern2.lastIndex;
    return true;
  };
  for (; ; ) {
    skipSpace();
    if (state === "value") {
      const c = text[i];
      if (c === "{" || c === "[") {
        i++;
        skipSpace();
        if (text[i] === (c === "{" ? "}" : "]")) {
          i++;
          state = "after";
        } else {
          stack.push(c === "{" ? KIND_OBJECT : KIND_ARRAY);
          state = c === "{" ? "key" : "value";
        }
      } else if (c === '"') {
        if (!token(STRING)) return i;
        state = "after";
      } else if (text.startsWith("true", i) || text.startsWith("null", i)) {
        i += 4;
        state = "after";
      } else if (text.startsWith("false", i)) {
        i += 5;
        state = "after";
      } else if (!token(NUMBER)) {
        return i;
      } else {
        state = "after";
      }
    } else if (state === "key") {
      if (text[i] !== '"' || !token(STRING)) return i;
      skipSpace();
      if (text[i] !== ":") return i;
      i++;
      state = "value";
    } else {
      const top = stack[stack.length - 1];
      if (top === void 0) return i < n ? i : -1;
      const c = text[i];
      if (c === ",") {
        i++;
        state = top === KIND_OBJECT ? "key" : "value";
      } else if (c === "}" && top === KIND_OBJECT || c === "]" && top === KIND_ARRAY) {
        i++;
        stack.pop();
      } else {
        return i;
      }
    }
  }
}
function lineOfOffset(text, offset) {
  let line = 1;
  let at = text.indexOf("\n");
  while (at !== -1 && at < offset) {
    line++;
    at = text.indexOf("\n", at + 1);
  }
  return line;
}
function jsonLineIndex(text) {
  return new JsonLines(text);
}
var JsonLines = class {
  constructor(text, spans = false) {
    this.text = text;
    const capacity = Math.max(64, text.length >> 3);
    this.lines = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    if (spans) {
      this.starts = new Int32Array(capacity);
      this.ends = new Int32Array(capacity);
    }
    this.escapes = text.includes("\\");
    this.scan();
  }
  text;
  lines;
  next;
  keyStart;
  kind;
  count = 0;
  /** Whether the text has any backslash; when it has none, keys compare as raw text. */
  escapes;
  objectKeys = /* @__PURE__ */ new Map();
  arrayItems = /* @__PURE__ */ new Map();
  lastPath = [];
  /** How many segments of lastPath resolved (lastNodes[i] is the node after i segments). */
  lastDepth = 0;
  lastNodes = [0];
  /** Start and end offsets of each value; kept only for edits (`jsonSpans`), not for reading. */
  starts = null;
  ends = null;
  grow() {
    const size = this.lines.length * 2;
    const lines = new Int32Array(size);
    lines.set(this.lines);
    this.lines = lines;
    const next = new Int32Array(size);
    next.set(this.next);
    this.next = next;
    const keyStart = new Int32Array(size);
    keyStart.set(this.keyStart);
    this.keyStart = keyStart;
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind;
    if (this.starts && this.ends) {
      const starts = new Int32Array(size);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(size);
      ends.set(this.ends);
      this.ends = ends;
    }
  }
  /** One pass over valid JSON: records every value in document order. Iterative, so depth costs no stack. */
  scan() {
    const text = this.text;
    const length = text.length;
    const stack = new Int32Array(MAX_DEPTH2 + 1);
    let depth = 0;
    let i = 0;
    let line = 1;
    let pendingKey = -1;
    let expectKey = false;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || c === 44) {
        i++;
        continue;
      }
      if (c === 10) {
        line++;
        i++;
        continue;
      }
      if (c === 125 || c === 93) {
        depth--;
        const node2 = stack[depth];
        this.next[node2] = this.count;
        if (this.ends) this.ends[node2] = i + 1;
        i++;
        expectKey = depth > 0 && this.kind[stack[depth - 1]] === KIND_OBJECT;
        continue;
      }
      if (expectKey) {
        pendingKey = i;
        i = skipString(text, i);
        while (text.charCodeAt(i) !== 58) {
          if (text.charCodeAt(i) === 10) line++;
          i++;
        }
        i++;
        expectKey = false;
        continue;
      }
      if (this.count === this.lines.length) this.grow();
      const node = this.count++;
      this.lines[node] = line;
      if (this.starts) this.starts[node] = i;
      this.keyStart[node] = pendingKey;
      pendingKey = -1;
      if (c === 123 || c === 91) {
        this.kind[node] = c === 123 ? KIND_OBJECT : KIND_ARRAY;
        if (depth === MAX_DEPTH2) throw new JsonInputError(`nesting deeper than ${MAX_DEPTH2} levels`, line);
        stack[depth++] = node;
        expectKey = c === 123;
        i++;
        continue;
      }
      this.kind[node] = KIND_PRIMITIVE;
      this.next[node] = node + 1;
      if (c === 34) {
        i = skipString(text, i);
      } else {
        i++;
        while (i < length) {
          const d = text.charCodeAt(i);
          if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
          i++;
        }
      }
      if (this.ends) this.ends[node] = i;
      expectKey = depth > 0 && this.kind[stack[depth - 1]] === KIND_OBJECT;
    }
  }
  span(node) {
    const kind = this.kind[node];
    return {
      start: this.starts[node],
      end: this.ends[node],
      kind: kind === KIND_OBJECT ? "object" : kind === KIND_ARRAY ? "array" : "primitive"
    };
  }
  spanAt(path3) {
    if (this.count === 0) return null;
    const node = this.resolve(path3);
    return this.lastDepth < path3.length ? null : this.span(node);
  }
  childSpans(path3) {
    if (this.count === 0) return null;
    const node = this.resolve(path3);
    if (this.lastDepth < path3.length || this.kind[node] === KIND_PRIMITIVE) return null;
    const out = [];
    for (let c = node + 1; c < this.next[node]; c = this.next[c]) out.push(this.span(c));
    return out;
  }
  keyOf(node) {
    const start = this.keyStart[node];
    const end = skipString(this.text, start);
    const raw = this.text.slice(start + 1, end - 1);
    return raw.includes("\\") ? JSON.parse(this.text.slice(start, end)) : raw;
  }
  child(node, segment) {
    const kind = this.kind[node];
    const end = this.next[node];
    if (kind === KIND_ARRAY) {
      if (typeof segment !== "number" || segment < 0) return -1;
      if (segment < 32) {
        let c = node + 1;
        for (let k = 0; k < segment && c < end; k++) c = this.next[c];
        return c < end ? c : -1;
      }
      let items = this.arrayItems.get(node);
      if (!items) {
        const list = [];
        for (let c = node + 1; c < end; c = this.next[c]) list.push(c);
        items = Int32Array.from(list);
        this.arrayItems.set(node, items);
      }
      return segment < items.length ? items[segment] : -1;
    }
    if (kind !== KIND_OBJECT) return -1;
    const key = typeof segment === "string" ? segment : String(segment);
    const keys = this.objectKeys.get(node);
    if (keys) return keys.get(key) ?? -1;
    let members = 0;
    let found = -1;
    for (let c = node + 1; c < end; c = this.next[c]) {
      if (++members > 16) break;
      if (this.keyMatches(c, key)) found = c;
    }
    if (members <= 16) return found;
    const index = /* @__PURE__ */ new Map();
    for (let c = node + 1; c < end; c = this.next[c]) index.set(this.keyOf(c), c);
    this.objectKeys.set(node, index);
    return index.get(key) ?? -1;
  }
  keyMatches(node, key) {
    const start = this.keyStart[node] + 1;
    const text = this.text;
    if (!this.escapes) return text.charCodeAt(start + key.length) === 34 && text.startsWith(key, start);
    const end = skipString(text, start - 1) - 1;
    if (end - start === key.length && text.startsWith(key, start)) return true;
    for (let k = start; k < end; k++) if (text.charCodeAt(k) === 92) return this.keyOf(node) === key;
    return false;
  }
  /** Node of the longest resolvable prefix of `path`; `lastDepth` says how long it is. */
  resolve(path3) {
    const last = this.lastPath;
    const nodes = this.lastNodes;
    const limit = Math.min(path3.length, this.lastDepth);
    let shared2 = 0;
    while (shared2 < limit && path3[shared2] === last[shared2]) shared2++;
    nodes.length = shared2 + 1;
    let node = nodes[shared2];
    let depth = shared2;
    for (; depth < path3.length; depth++) {
      const found = this.child(node, path3[depth]);
      if (found < 0) break;
      node = found;
      nodes.push(node);
    }
    this.lastPath = path3;
    this.lastDepth = depth;
    return node;
  }
  lineAt(path3) {
    if (this.count === 0) return 1;
    return this.lines[this.resolve(path3)];
  }
  lineAtItem(path3, index) {
    if (this.count === 0) return 1;
    const node = this.resolve(path3);
    if (this.lastDepth < path3.length) return this.lines[node];
    const item = this.child(node, index);
    return this.lines[item < 0 ? node : item];
  }
  textStartLine() {
    return null;
  }
};
function skipString(text, start) {
  let i = start + 1;
  for (; ; ) {
    const close = text.indexOf('"', i);
    if (close === -1) return text.length;
    let backslashes = 0;
    let j = close - 1;
    while (text.charCodeAt(j) === 92) {
      backslashes++;
      j--;
    }
    if ((backslashes & 1) === 0) return close + 1;
    i = close + 1;
  }
}

// src/iac/yaml-doc.ts
var import_yaml = __toESM(require_dist(), 1);

// src/iac/yaml-relax.ts
function relaxIndentation(text) {
  const lines = text.split("\n");
  const state = { quote: "", flowDepth: 0, minIndent: 0, blockParent: null, plainParent: null };
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const indent = indentOf(line);
    const blank = indent === line.replace(/\r$/, "").length;
    if (state.quote !== "" || state.flowDepth > 0) {
      if (!blank && indent < state.minIndent && !/^(---|\.\.\.)(\s|$)/.test(line)) {
        lines[i] = " ".repeat(state.minIndent - indent) + line;
        changed = true;
      }
      scanLine(lines[i], indentOf(lines[i]), state, true);
      continue;
    }
    if (blank) continue;
    if (state.blockParent !== null) {
      if (indent > state.blockParent) continue;
      state.blockParent = null;
    }
    if (state.plainParent !== null && indent > state.plainParent) {
      continue;
    }
    state.plainParent = null;
    scanLine(line, indent, state, false);
  }
  return changed ? lines.join("\n") : null;
}
function indentOf(line) {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}
var SPACE = /[ \t\r]/;
function isBreak(c) {
  return c === void 0 || SPACE.test(c);
}
function scanLine(line, start, state, continuing) {
  let pos = start;
  let nodeStart = !continuing;
  let nodeColumn = start;
  let keyColumn = -1;
  const lineIndent = start;
  if (continuing && state.quote !== "") {
    pos = scanQuoted(line, pos, state);
    if (pos < 0) return;
  }
  while (pos < line.length) {
    const c = line[pos];
    if (SPACE.test(c)) {
      pos++;
      continue;
    }
    if (c === "#" && (pos === 0 || SPACE.test(line[pos - 1]))) return;
    if (state.flowDepth > 0) {
      pos = scanFlowChar(line, pos, state);
      if (pos < 0) return;
      if (state.flowDepth === 0) nodeStart = false;
      continue;
    }
    if (nodeStart) {
      if ((c === "-" || c === "?" || c === ":") && isBreak(line[pos + 1])) {
        pos++;
        continue;
      }
      if (c === "!" || c === "&") {
        while (pos < line.length && !SPACE.test(line[pos])) pos++;
        continue;
      }
      if (c === "|" || c === ">") {
        state.blockParent = keyColumn >= 0 ? keyColumn : lineIndent;
        return;
      }
      nodeColumn = pos;
      nodeStart = false;
      if (c === "'" || c === '"') {
        state.quote = c;
        state.minIndent = pos;
        pos = scanQuoted(line, pos + 1, state);
        if (pos < 0) return;
        continue;
      }
      if (c === "[" || c === "{") {
        state.flowDepth = 1;
        state.minIndent = pos;
        pos++;
        continue;
      }
      while (pos < line.length) {
        const d = line[pos];
        if (d === ":" && isBreak(line[pos + 1])) break;
        if (d === "#" && SPACE.test(line[pos - 1])) break;
        pos++;
      }
      if (pos >= line.length) {
        state.plainParent = keyColumn >= 0 ? keyColumn : lineIndent;
        return;
      }
      continue;
    }
    if (c === ":" && isBreak(line[pos + 1])) {
      keyColumn = nodeColumn;
      nodeStart = true;
    }
    pos++;
  }
}
function scanQuoted(line, pos, state) {
  const quote = state.quote;
  while (pos < line.length) {
    const c = line[pos];
    if (quote === '"' && c === "\\") {
      pos += 2;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && line[pos + 1] === "'") {
        pos += 2;
        continue;
      }
      state.quote = "";
      return pos + 1;
    }
    pos++;
  }
  return -1;
}
function scanFlowChar(line, pos, state) {
  const c = line[pos];
  if (c === "[" || c === "{") {
    state.flowDepth++;
    return pos + 1;
  }
  if (c === "]" || c === "}") {
    state.flowDepth--;
    return pos + 1;
  }
  if (c === "'" || c === '"') {
    const before = line.slice(0, pos).trimEnd();
    const last = before[before.length - 1];
    if (last === void 0 || "[{,:".includes(last) || /![^\s]*$/.test(before)) {
      state.quote = c;
      return scanQuoted(line, pos + 1, state);
    }
  }
  return pos + 1;
}

// src/iac/yaml-scalars.ts
var BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
var INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var NULL = /^(?:~|null|Null|NULL|)$/;
function sexagesimal(text) {
  let value = 0;
  for (const part of text.split(":")) value = value * 60 + Number(part);
  return value;
}
function toInt(source) {
  const text = source.replaceAll("_", "");
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.replace(/^[-+]/, "");
  let value;
  if (digits.startsWith("0b")) value = Number.parseInt(digits.slice(2), 2);
  else if (digits.startsWith("0x")) value = Number.parseInt(digits.slice(2), 16);
  else if (digits.includes(":")) value = sexagesimal(digits);
  else if (digits.length > 1 && digits.startsWith("0")) value = Number.parseInt(digits.slice(1), 8);
  else value = Number(digits);
  return Number.isSafeInteger(value) ? sign * value : source;
}
function toFloat(source) {
  const text = source.replaceAll("_", "").toLowerCase();
  const sign = text.startsWith("-") ? -1 : 1;
  const body = text.replace(/^[-+]/, "");
  if (body === ".inf") return sign * Number.POSITIVE_INFINITY;
  if (body === ".nan") return Number.NaN;
  if (body.includes(":")) {
    const [whole, fraction] = body.split(".");
    return sign * (sexagesimal(whole) + Number(`0.${fraction ?? ""}`));
  }
  return sign * Number(body);
}
var CLOUDFORMATION_SCALARS = [
  { tag: "tag:yaml.org,2002:null", default: true, test: NULL, resolve: () => null },
  { tag: "tag:yaml.org,2002:bool", default: true, test: BOOL, resolve: (s) => /^(?:yes|true|on)$/i.test(s) },
  { tag: "tag:yaml.org,2002:int", default: true, test: INT, resolve: toInt },
  { tag: "tag:yaml.org,2002:float", default: true, test: FLOAT, resolve: toFloat }
];

// src/iac/yaml-doc.ts
var SHORT_FORMS = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  "!Sub": "Fn::Sub",
  "!GetAtt": "Fn::GetAtt",
  "!Join": "Fn::Join",
  "!If": "Fn::If",
  "!Select": "Fn::Select",
  "!Split": "Fn::Split",
  "!FindInMap": "Fn::FindInMap",
  "!ImportValue": "Fn::ImportValue",
  "!Base64": "Fn::Base64",
  "!Cidr": "Fn::Cidr",
  "!GetAZs": "Fn::GetAZs",
  "!Equals": "Fn::Equals",
  "!And": "Fn::And",
  "!Or": "Fn::Or",
  "!Not": "Fn::Not",
  "!Transform": "Fn::Transform",
  "!Length": "Fn::Length",
  "!ToJsonString": "Fn::ToJsonString"
};
var YAML_LIMITS = { maxDepth: 512, maxAliasCount: 100, maxNodes: 2e6 };
var customTags = [
  ...CLOUDFORMATION_SCALARS,
  ...Object.keys(SHORT_FORMS).flatMap((tag) => [
    { tag, resolve: (value) => value },
    { tag, collection: "seq", resolve: (value) => value },
    { tag, collection: "map", resolve: (value) => value }
  ])
];
var YamlInputError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
  name = "YamlInputError";
};
function parseYaml(text, keepSourceTokens = false) {
  const deep = deepFlowNesting(text, YAML_LIMITS.maxDepth);
  if (deep !== null) throw new YamlInputError(`nesting deeper than ${YAML_LIMITS.maxDepth} levels`, deep);
  const strict = parseOnce(text, keepSourceTokens);
  if (strict.ok) return keepSourceTokens ? { ...finish(strict), doc: strict.doc } : finish(strict);
  const relaxed = relaxIndentation(text);
  if (relaxed !== null) {
    const second = parseOnce(relaxed);
    if (second.ok) return finish(second);
  }
  return finish(strict);
}
function parseOnce(text, keepSourceTokens = false) {
  const counter = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, {
      customTags,
      lineCounter: counter,
      version: "1.1",
      schema: "failsafe",
      uniqueKeys: false,
      strict: false,
      keepSourceTokens
    });
  } catch (error) {
    if (error instanceof RangeError) throw new YamlInputError("YAML nested too deeply to read", null);
    throw error;
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? null;
    const text2 = first.message.includes("call stack") ? "YAML nested too deeply to read" : (
      // The yaml package ends its first line with a colon that introduces a code frame, which is not shown.
      `invalid YAML: ${first.message.split("\n")[0].replace(/:\s*$/, "")}`
    );
    return { ok: false, doc, counter, error: new YamlInputError(text2, line) };
  }
  return { ok: true, doc, counter };
}
function finish(attempt) {
  if (!attempt.ok) throw attempt.error;
  const { doc, counter } = attempt;
  const lineOf = (node) => node?.range ? counter.linePos(node.range[0]).line : null;
  const value = new Converter(doc, lineOf).convert(doc.contents, 0);
  return { value, lines: new YamlLines(doc, lineOf) };
}
function deepFlowNesting(text, limit) {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return line;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34 || c === 39) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 10) line++;
        else if (c === 34 && d === 92) i++;
        else if (d === c) break;
      }
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      const end = text.indexOf("\n", i);
      if (end === -1) break;
      i = end - 1;
    }
  }
  return null;
}
function shortForm(node) {
  const tag = node.tag;
  if (tag === void 0 || !tag.startsWith("!")) return void 0;
  return SHORT_FORMS[tag] ?? `Fn::${tag.slice(1)}`;
}
var Converter = class {
  constructor(doc, lineOf) {
    this.doc = doc;
    this.lineOf = lineOf;
  }
  doc;
  lineOf;
  aliases = 0;
  nodes = 0;
  resolving = /* @__PURE__ */ new Set();
  convert(node, depth) {
    if (node === null || node === void 0) return null;
    if (depth > YAML_LIMITS.maxDepth) {
      throw new YamlInputError(
        `nesting deeper than ${YAML_LIMITS.maxDepth} levels`,
        this.lineOf(node)
      );
    }
    if (++this.nodes > YAML_LIMITS.maxNodes) {
      throw new YamlInputError("YAML expands to too many values (alias bomb?)", this.lineOf(node));
    }
    if ((0, import_yaml.isAlias)(node)) {
      if (++this.aliases > YAML_LIMITS.maxAliasCount) {
        throw new YamlInputError(
          `more than ${YAML_LIMITS.maxAliasCount} alias references (alias bomb?)`,
          this.lineOf(node)
        );
      }
      const target = node.resolve(this.doc);
      if (!target) throw new YamlInputError(`unknown alias *${node.source}`, this.lineOf(node));
      if (this.resolving.has(target))
        throw new YamlInputError(`alias *${node.source} refers to itself`, this.lineOf(node));
      this.resolving.add(target);
      try {
        return this.convert(target, depth + 1);
      } finally {
        this.resolving.delete(target);
      }
    }
    const fn = shortForm(node);
    let value;
    if ((0, import_yaml.isScalar)(node)) {
      value = node.value;
      if (fn === "Fn::GetAtt" && typeof value === "string") {
        const dot = value.indexOf(".");
        value = dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      const items = [];
      for (const item of node.items) items.push(this.convert(item, depth + 1));
      value = items;
    } else if ((0, import_yaml.isMap)(node)) {
      const object = {};
      for (const pair2 of node.items) {
        const key = this.keyText(pair2, depth);
        const item = this.convert(pair2.value, depth + 1);
        if (key === "__proto__")
          Object.defineProperty(object, key, { value: item, enumerable: true, writable: true });
        else object[key] = item;
      }
      value = object;
    } else if ((0, import_yaml.isPair)(node)) {
      value = null;
    } else {
      value = null;
    }
    if (fn === void 0) return value;
    const wrapped = {};
    wrapped[fn] = value;
    return wrapped;
  }
  keyText(pair2, depth) {
    const key = pair2.key;
    if ((0, import_yaml.isScalar)(key)) return String(key.value);
    const value = this.convert(key, depth + 1);
    return typeof value === "string" ? value : JSON.stringify(value);
  }
};
var YamlLines = class {
  constructor(doc, lineOf) {
    this.doc = doc;
    this.lineOf = lineOf;
  }
  doc;
  lineOf;
  bigMaps = /* @__PURE__ */ new Map();
  find(path3) {
    let node = this.doc.contents;
    let line = this.lineOf(node) ?? 1;
    for (let depth = 0; depth < path3.length; depth++) {
      const segment = path3[depth];
      if (node && (0, import_yaml.isAlias)(node)) node = node.resolve(this.doc) ?? null;
      if (!node) return { node, line, exact: false };
      const fn = shortForm(node);
      if (fn !== void 0 && segment === fn) continue;
      if ((0, import_yaml.isMap)(node)) {
        const pair2 = this.pair(node, String(segment));
        if (!pair2) return { node, line, exact: false };
        line = this.lineOf(pair2.key) ?? this.lineOf(pair2.value) ?? line;
        node = pair2.value ?? null;
      } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) return { node, line, exact: false };
        line = this.lineOf(item) ?? line;
        node = item;
      } else if ((0, import_yaml.isScalar)(node) && fn === "Fn::GetAtt" && typeof segment === "number") {
      } else {
        return { node, line, exact: false };
      }
    }
    return { node, line, exact: true };
  }
  pair(map, key) {
    const cached = this.bigMaps.get(map);
    if (cached) return cached.get(key);
    if (map.items.length > 8) {
      const index = /* @__PURE__ */ new Map();
      for (const pair2 of map.items) if ((0, import_yaml.isScalar)(pair2.key)) index.set(String(pair2.key.value), pair2);
      this.bigMaps.set(map, index);
      return index.get(key);
    }
    let found;
    for (const pair2 of map.items)
      if ((0, import_yaml.isScalar)(pair2.key) && String(pair2.key.value) === key) found = pair2;
    return found;
  }
  lineAt(path3) {
    return this.find(path3).line;
  }
  textStartLine(path3) {
    const { node, exact } = this.find(path3);
    if (!exact || !node || !(0, import_yaml.isScalar)(node) || node.type !== import_yaml.Scalar.BLOCK_LITERAL) return null;
    const header = this.lineOf(node);
    return header === null ? null : header + 1;
  }
};

// src/iac/text.ts
function looksLikeJson(text) {
  const match2 = /^\uFEFF?\s*([{[])/.exec(text);
  return match2 !== null;
}
function parseStructured(text, preferJson = false, keepSourceTokens = false) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (preferJson || looksLikeJson(body)) {
    try {
      const value = parseJson(body);
      let index;
      return {
        ok: true,
        syntax: "json",
        value,
        lines: () => {
          index ??= jsonLineIndex(body);
          return index;
        }
      };
    } catch (error) {
      const jsonError = error;
      if (preferJson) return { ok: false, syntax: "json", message: jsonError.message, line: jsonError.line };
      const yaml = parseYamlText(body, keepSourceTokens);
      return yaml.ok ? yaml : { ok: false, syntax: "json", message: jsonError.message, line: jsonError.line };
    }
  }
  return parseYamlText(body, keepSourceTokens);
}
function parseYamlText(text, keepSourceTokens) {
  try {
    const { value, lines, doc } = parseYaml(text, keepSourceTokens);
    return { ok: true, syntax: "yaml", value, lines: () => lines, ...doc ? { doc } : {} };
  } catch (error) {
    if (error instanceof YamlInputError)
      return { ok: false, syntax: "yaml", message: error.message, line: error.line };
    if (error instanceof RangeError)
      return { ok: false, syntax: "yaml", message: "YAML nested too deeply to read", line: null };
    throw error;
  }
}

// src/iac/cfn/stack-set.ts
function stackSetReader(readTemplate, isTemplate2) {
  return (ctx, view) => {
    const body = view.properties["TemplateBody"];
    if (typeof body !== "string") return;
    const { scope } = ctx;
    const path3 = [...view.propertiesPath, "TemplateBody"];
    const parsed = parseStructured(body);
    if (!parsed.ok) {
      scope.diagnostics.push({
        severity: "error",
        file: scope.file,
        line: scope.lines.lineAt(path3),
        message: `${joinPath(scope.pathPrefix, path3)}: ${parsed.message}`
      });
      return;
    }
    if (!isTemplate2(parsed.value)) return;
    const start = scope.lines.textStartLine(path3);
    let lines;
    try {
      lines = start !== null ? offsetLines(parsed.lines(), start) : fixedLines(scope.lines.lineAt(path3));
    } catch {
      lines = fixedLines(scope.lines.lineAt(path3));
    }
    const inner = readTemplate(parsed.value, {
      ...scope,
      lines,
      pathPrefix: joinPath(scope.pathPrefix, path3),
      idPrefix: `${scope.idPrefix}${view.id}/`
    });
    ctx.entities.push(...inner);
  };
}

// src/iac/cloudformation.ts
function isTemplate(document) {
  if (!isRecord(document)) return false;
  if (typeof document["AWSTemplateFormatVersion"] === "string" && isRecord(document["Resources"]))
    return true;
  const resources = document["Resources"];
  if (!isRecord(resources)) return false;
  for (const key in resources) {
    const resource = resources[key];
    if (isRecord(resource) && typeof resource["Type"] === "string" && resource["Type"].includes("::"))
      return true;
  }
  return false;
}
var readStackSet = stackSetReader(entitiesFromTemplate, isTemplate);
function entitiesFromTemplate(template, scope) {
  if (!isRecord(template["Resources"])) return [];
  const ctx = createContext(template, scope);
  for (const [id, type] of ctx.types) {
    const reader = type === "AWS::CloudFormation::StackSet" ? readStackSet : RESOURCE_READERS.get(type);
    const view = viewOf(ctx, id);
    reader?.(ctx, view);
    readEmbeddedConnectors(ctx, view);
  }
  for (const work of ctx.deferred) work();
  foldPolicies(ctx);
  attachManagedPolicies(ctx);
  addMemberships(ctx);
  addBoundaries(ctx);
  markOpaque(ctx, template);
  return ctx.entities;
}

// src/policy/action-set.ts
function popcount(word) {
  let v = word - (word >>> 1 & 1431655765);
  v = (v & 858993459) + (v >>> 2 & 858993459);
  return Math.imul(v + (v >>> 4) & 252645135, 16843009) >>> 24;
}
var EMPTY_WORDS = new Uint32Array(0);
function pack(space, dense, from = 0, to = dense.length) {
  let first = from;
  while (first < to && dense[first] === 0) first++;
  let last = to;
  while (last > first && dense[last - 1] === 0) last--;
  if (first === last) return made(space, 0, 0, EMPTY_WORDS);
  let size = 0;
  for (let k = first; k < last; k++) size += popcount(dense[k]);
  return made(space, size, first, dense.slice(first, last));
}
var Bits = class {
  constructor(space, size, offset, words) {
    this.size = size;
    this.offset = offset;
    this.words = words;
    this.#space = space;
    Object.freeze(this);
  }
  size;
  offset;
  words;
  #space;
  get space() {
    return this.#space;
  }
  toJSON() {
    return actionNames(this);
  }
};
function made(space, size, offset, words) {
  return new Bits(space, size, offset, words);
}
function denseBits(space) {
  return new Uint32Array(space.wordCount);
}
function actionSetFromBits(space, dense) {
  return pack(space, dense);
}
function actionSetFromWords(space, words, offset) {
  const packed = pack(space, words);
  return offset === 0 || packed.size === 0 ? packed : made(space, packed.size, packed.offset + offset, packed.words);
}
function emptyActionSet(space) {
  return pack(space, new Uint32Array(0));
}
function actionSetOfIndexes(space, indexes) {
  if (indexes.length === 0) return emptyActionSet(space);
  let low = Number.POSITIVE_INFINITY;
  let high = -1;
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k];
    if (i < low) low = i;
    if (i > high) high = i;
  }
  const from = low >>> 5;
  const words = new Uint32Array((high >>> 5) - from + 1);
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k];
    words[(i >>> 5) - from] |= 1 << (i & 31);
  }
  return actionSetFromWords(space, words, from);
}
function actionSetOfNames(space, names) {
  const indexes = [];
  const unknown = [];
  for (const name of names) {
    const i = indexOfAction(space, name);
    if (i === void 0) unknown.push(name);
    else indexes.push(i);
  }
  return { set: actionSetOfIndexes(space, indexes), unknown };
}
function indexOfAction(space, name) {
  if (name.includes("*") || name.includes("?")) return void 0;
  const found = space.expandIndexes(name);
  return found && found.length === 1 ? found[0] : void 0;
}
function wordAt(set2, k) {
  const j = k - set2.offset;
  return j >= 0 && j < set2.words.length ? set2.words[j] : 0;
}
function hasIndex(set2, i) {
  return (wordAt(set2, i >>> 5) & 1 << (i & 31)) !== 0;
}
function hasAction(set2, name) {
  const i = indexOfAction(set2.space, name);
  return i !== void 0 && hasIndex(set2, i);
}
function inSpaceOf(a, b) {
  if (a.space === b.space) return b;
  return actionSetOfNames(a.space, actionNames(b)).set;
}
function combine(a, b0, op, span) {
  const b = inSpaceOf(a, b0);
  const aEnd = a.offset + a.words.length;
  const bEnd = b.offset + b.words.length;
  const from = span === "both" ? Math.min(a.offset, b.offset) : span === "a" ? a.offset : Math.max(a.offset, b.offset);
  const to = span === "both" ? Math.max(aEnd, bEnd) : span === "a" ? aEnd : Math.min(aEnd, bEnd);
  if (to <= from) return emptyActionSet(a.space);
  const out = new Uint32Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = op(wordAt(a, k), wordAt(b, k));
  return actionSetFromWords(a.space, out, from);
}
function intersection(a, b) {
  return combine(a, b, (x, y) => x & y, "overlap");
}
function difference(a, b) {
  if (a.size === 0 || b.size === 0) return a;
  return combine(a, b, (x, y) => x & ~y, "a");
}
var patternSets = /* @__PURE__ */ new WeakMap();
function patternActions(space, pattern2) {
  const matched = space.expandIndexes(pattern2);
  if (matched === null) return null;
  let set2 = patternSets.get(matched);
  if (!set2) {
    set2 = actionSetOfIndexes(space, matched);
    patternSets.set(matched, set2);
  }
  return set2;
}
function intersects(a, b0) {
  const b = inSpaceOf(a, b0);
  const from = Math.max(a.offset, b.offset);
  const to = Math.min(a.offset + a.words.length, b.offset + b.words.length);
  for (let k = from; k < to; k++) if ((wordAt(a, k) & wordAt(b, k)) !== 0) return true;
  return false;
}
function actionsInRange(set2, start, end) {
  if (end <= start) return emptyActionSet(set2.space);
  const from = start >>> 5;
  const to = (end - 1 >>> 5) + 1;
  const out = new Uint32Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = wordAt(set2, k);
  out[0] &= ~0 << (start & 31);
  const tail = end & 31;
  if (tail !== 0) out[to - from - 1] &= (1 << tail) - 1;
  return actionSetFromWords(set2.space, out, from);
}
function serviceRange(space, service) {
  const id = space.serviceId(service);
  return id === void 0 ? null : [space.serviceStart[id], space.serviceEnd[id]];
}
function coveredInRange(set2, covers, start, end) {
  if (end <= start) return true;
  const first = start >>> 5;
  const last = end - 1 >>> 5;
  for (let k = first; k <= last; k++) {
    let word = wordAt(set2, k);
    if (k === first) word &= ~0 << (start & 31);
    if (k === last && (end & 31) !== 0) word &= (1 << (end & 31)) - 1;
    if (word === 0) continue;
    let covered = 0;
    for (const cover of covers) covered |= wordAt(inSpaceOf(set2, cover), k);
    if ((word & ~covered) !== 0) return false;
  }
  return true;
}
function actionsOfService(set2, service) {
  const id = set2.space.serviceId(service);
  if (id === void 0) return emptyActionSet(set2.space);
  return actionsInRange(set2, set2.space.serviceStart[id], set2.space.serviceEnd[id]);
}
function countInRange(set2, start, end) {
  let n = 0;
  for (let k = start >>> 5; k <= end - 1 >>> 5 && end > start; k++) {
    let word = wordAt(set2, k);
    if (word === 0) continue;
    if (k === start >>> 5) word &= ~0 << (start & 31);
    if (k === end - 1 >>> 5 && (end & 31) !== 0) word &= (1 << (end & 31)) - 1;
    n += popcount(word);
  }
  return n;
}
function forEachIndex(set2, fn, start = set2.offset * 32, end = (set2.offset + set2.words.length) * 32) {
  const first = Math.max(start >>> 5, set2.offset);
  const last = Math.min((end - 1 >>> 5) + 1, set2.offset + set2.words.length);
  for (let k = first; k < last; k++) {
    let word = set2.words[k - set2.offset];
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      word &= word - 1;
      const i = k * 32 + bit;
      if (i >= start && i < end) fn(i);
    }
  }
}
function actionNames(set2, max = Number.POSITIVE_INFINITY) {
  const out = [];
  if (max <= 0) return out;
  const { names } = set2.space;
  for (let k = 0; k < set2.words.length; k++) {
    let word = set2.words[k];
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      word &= word - 1;
      out.push(names[(set2.offset + k) * 32 + bit]);
      if (out.length >= max) return out;
    }
  }
  return out;
}
function servicesOf(set2) {
  const { serviceNames, serviceStart, serviceEnd } = set2.space;
  const out = [];
  for (let s = 0; s < serviceNames.length; s++) {
    if (serviceEnd[s] > serviceStart[s] && countInRange(set2, serviceStart[s], serviceEnd[s]) > 0) {
      out.push(serviceNames[s]);
    }
  }
  return out;
}

// src/policy/catalog.ts
var import_catalog_data = __toESM(require_catalog_data(), 1);
var NO_ACTIONS = Object.freeze([]);
var NOTHING = Object.freeze({ actions: NO_ACTIONS, known: false });
var CACHE_LIMIT = 2e4;
var cores = /* @__PURE__ */ new WeakMap();
function catalogCore(catalog) {
  return cores.get(catalog);
}
function layoutOf(data) {
  const entries = Object.entries(data.services).map(([prefix2, names2]) => ({
    prefix: prefix2.toLowerCase(),
    names: isSorted(names2) ? names2 : [...names2].sort()
  }));
  entries.sort((a, b) => compare(`${a.prefix}:`, `${b.prefix}:`));
  const serviceNames = Object.freeze(entries.map((e) => e.prefix).sort());
  const serviceIds = new Map(serviceNames.map((prefix2, id) => [prefix2, id]));
  const total = entries.reduce((n, e) => n + e.names.length, 0);
  const names = new Array(total);
  const serviceOf2 = new Uint16Array(total);
  const ranges = /* @__PURE__ */ new Map();
  let next = 0;
  for (const { prefix: prefix2, names: serviceActions } of entries) {
    const id = serviceIds.get(prefix2);
    const start = next;
    for (const name of serviceActions) {
      names[next] = `${prefix2}:${name}`;
      serviceOf2[next] = id;
      next++;
    }
    ranges.set(prefix2, { prefix: prefix2, start, end: next });
  }
  Object.freeze(names);
  return { names, serviceOf: serviceOf2, serviceNames, ranges };
}
var PatternMatcher = class {
  constructor(layout) {
    this.layout = layout;
    this.everything = Int32Array.from({ length: layout.names.length }, (_, i) => i);
  }
  layout;
  everything;
  lowerAll;
  byWritten = /* @__PURE__ */ new Map();
  byLower = /* @__PURE__ */ new Map();
  expandIndexes(pattern2) {
    const cached = this.byWritten.get(pattern2);
    if (cached !== void 0) return cached;
    const lower = pattern2.toLowerCase();
    let result = this.byLower.get(lower);
    if (result === void 0) {
      result = this.expandLower(lower);
      if (this.byLower.size >= CACHE_LIMIT) this.byLower.clear();
      this.byLower.set(lower, result);
    }
    if (this.byWritten.size >= CACHE_LIMIT) this.byWritten.clear();
    this.byWritten.set(pattern2, result);
    return result;
  }
  expandLower(lower) {
    if (lower === "*") return this.everything;
    const colon = lower.indexOf(":");
    let matched;
    if (colon < 0) {
      if (!hasWildcard(lower)) return null;
      const test = globTester(lower, true);
      const found = [];
      this.lowerAll ??= this.layout.names.map((n) => n.toLowerCase());
      this.lowerAll.forEach((n, i) => {
        if (test(n)) found.push(i);
      });
      matched = Int32Array.from(found);
    } else {
      const service = lower.slice(0, colon);
      const name = lower.slice(colon + 1);
      if (name.includes(":")) return null;
      if (hasWildcard(service)) {
        const testService = globTester(service, false);
        const parts2 = [];
        for (const range2 of this.layout.ranges.values()) {
          if (testService(range2.prefix)) parts2.push(...this.matchName(range2, name));
        }
        matched = Int32Array.from(parts2).sort();
      } else {
        const range2 = this.layout.ranges.get(service);
        if (!range2) return null;
        matched = this.matchName(range2, name);
      }
    }
    return matched.length === 0 ? null : matched;
  }
  lowerNamesOf(range2) {
    range2.lowerNames ??= this.layout.names.slice(range2.start, range2.end).map((n) => n.slice(range2.prefix.length + 1).toLowerCase());
    return range2.lowerNames;
  }
  indexOfName(range2, lowerName) {
    if (!range2.byLowerName) {
      const byLowerName = /* @__PURE__ */ new Map();
      this.lowerNamesOf(range2).forEach((lower, k) => {
        byLowerName.set(lower, range2.start + k);
      });
      range2.byLowerName = byLowerName;
    }
    return range2.byLowerName.get(lowerName);
  }
  matchName(range2, name) {
    if (name === "*") return this.everything.subarray(range2.start, range2.end);
    if (!hasWildcard(name)) {
      const i = this.indexOfName(range2, name);
      return i === void 0 ? new Int32Array(0) : Int32Array.of(i);
    }
    const lowerNames = this.lowerNamesOf(range2);
    const found = [];
    const star = name.indexOf("*");
    const stem = star === name.length - 1 && !name.includes("?") ? name.slice(0, -1) : null;
    const test = stem === null ? globTester(name, false) : (lower) => lower.startsWith(stem);
    lowerNames.forEach((lower, k) => {
      if (test(lower)) found.push(range2.start + k);
    });
    return Int32Array.from(found);
  }
};
function createCatalog(data) {
  const layout = layoutOf(data);
  const { names, serviceNames, ranges } = layout;
  const matcher = new PatternMatcher(layout);
  const expandIndexes = (pattern2) => matcher.expandIndexes(pattern2);
  const expansions = /* @__PURE__ */ new Map();
  const catalog = {
    dataVersion: data.dataVersion,
    dataUpdatedAt: data.dataUpdatedAt ?? null,
    services: () => serviceNames,
    hasService: (prefix2) => ranges.has(prefix2.toLowerCase()),
    actionsOf(service) {
      const range2 = ranges.get(service.toLowerCase());
      if (!range2) return NO_ACTIONS;
      range2.actions ??= Object.freeze(names.slice(range2.start, range2.end));
      return range2.actions;
    },
    allActions: () => names,
    matches: (pattern2, value) => globTester(pattern2.toLowerCase(), true)(value.toLowerCase()),
    expand(pattern2) {
      const cached = expansions.get(pattern2);
      if (cached) return cached;
      const indexes = expandIndexes(pattern2);
      const expansion = indexes === null ? NOTHING : Object.freeze({
        actions: indexes === matcher.everything ? names : Object.freeze(Array.from(indexes, (i) => names[i])),
        known: true
      });
      if (expansions.size >= CACHE_LIMIT) expansions.clear();
      expansions.set(pattern2, expansion);
      return expansion;
    }
  };
  cores.set(catalog, { names, serviceOf: layout.serviceOf, serviceNames, expandIndexes });
  return catalog;
}
function isSorted(list) {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return false;
  return true;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function hasWildcard(text) {
  return text.includes("*") || text.includes("?");
}
function globTester(glob, anything) {
  if (!hasWildcard(glob)) return (value) => value === glob;
  if (anything) return (value) => globMatch(glob, value);
  const parts2 = glob.split(":");
  return (value) => {
    const values = value.split(":");
    return values.length === parts2.length && parts2.every((part, i) => globMatch(part, values[i]));
  };
}
function globMatch(glob, value) {
  let g = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    const c = glob.charCodeAt(g);
    if (g < glob.length && (c === 63 || c === value.charCodeAt(v))) {
      g++;
      v++;
    } else if (g < glob.length && c === 42) {
      star = g++;
      resume = v;
    } else if (star >= 0) {
      g = star + 1;
      v = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob.charCodeAt(g) === 42) g++;
  return g === glob.length;
}
var shared;
function loadCatalog() {
  shared ??= createCatalog(import_catalog_data.default);
  return shared;
}

// src/policy/catalog-index.ts
var CACHE_LIMIT2 = 2e4;
var spaces = /* @__PURE__ */ new WeakMap();
function actionSpace(catalog) {
  let space = spaces.get(catalog);
  if (!space) {
    space = spaceOf(catalogCore(catalog) ?? coreFromInterface(catalog));
    spaces.set(catalog, space);
  }
  return space;
}
function spaceOf(core) {
  const services = core.serviceNames.length;
  const serviceStart = new Int32Array(services).fill(-1);
  const serviceEnd = new Int32Array(services);
  core.serviceOf.forEach((service, i) => {
    if (serviceStart[service] === -1) serviceStart[service] = i;
    serviceEnd[service] = i + 1;
  });
  for (let s = 0; s < services; s++) if (serviceStart[s] === -1) serviceStart[s] = serviceEnd[s] = 0;
  const ids = new Map(core.serviceNames.map((prefix2, id) => [prefix2, id]));
  return Object.freeze({
    names: core.names,
    serviceNames: core.serviceNames,
    serviceOf: core.serviceOf,
    serviceStart,
    serviceEnd,
    wordCount: Math.ceil(core.names.length / 32),
    serviceId: (prefix2) => ids.get(prefix2.toLowerCase()),
    expandIndexes: core.expandIndexes
  });
}
function coreFromInterface(catalog) {
  const names = catalog.allActions();
  const serviceNames = [...new Set(names.map((name) => name.slice(0, name.indexOf(":"))))].sort();
  const serviceId = new Map(serviceNames.map((prefix2, id) => [prefix2, id]));
  const serviceOf2 = new Uint16Array(names.length);
  const position = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    position.set(name, i);
    serviceOf2[i] = serviceId.get(name.slice(0, name.indexOf(":")));
  });
  const cache2 = /* @__PURE__ */ new Map();
  return {
    names,
    serviceOf: serviceOf2,
    serviceNames,
    expandIndexes(pattern2) {
      const cached = cache2.get(pattern2);
      if (cached !== void 0) return cached;
      const { actions, known } = catalog.expand(pattern2);
      const found = [];
      for (const action of actions) {
        const i = position.get(action);
        if (i !== void 0) found.push(i);
      }
      const result = known ? Int32Array.from(found).sort() : null;
      if (cache2.size >= CACHE_LIMIT2) cache2.clear();
      cache2.set(pattern2, result);
      return result;
    }
  };
}

// src/policy/arn.ts
var IAM_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}|aws):(role|user|group|policy)(\/(?:[^/]*\/)*)([^/]+)$/;
var IAM_ARN_PATTERN = IAM_ARN.source;
var PARTITION = /^arn:(aws[a-z-]*):/;
function parseIamArn(arn) {
  const m = IAM_ARN.exec(arn);
  if (!m) return null;
  return { partition: m[1], account: m[2], kind: m[3], path: m[4], name: m[5] };
}
function inPartition(arn, partition) {
  return arn.replace(PARTITION, `arn:${partition}:`);
}
function isAwsManagedPolicyArn(arn) {
  const parts2 = parseIamArn(arn);
  return parts2?.account === "aws" && parts2.kind === "policy";
}

// src/policy/managed-policies.ts
function bundledKey(arn) {
  return inPartition(arn, "aws");
}
function bundledDocument(bundled, arn) {
  const key = bundledKey(arn);
  const exact = bundled.documents.get(key);
  if (exact !== void 0) return exact;
  const rest = key.slice("arn:aws:iam::aws:policy/".length);
  if (rest.includes("/")) return void 0;
  const byName2 = bundled.arnsByName.get(rest.toLowerCase());
  return byName2 === void 0 ? void 0 : bundled.documents.get(byName2);
}

// src/policy/grants.ts
function grantsOf(entity, options = {}) {
  const catalog = options.catalog ?? loadCatalog();
  const space = actionSpace(catalog);
  const documents = documentLookup(options);
  const managed = managedPolicyStatements(entity, documents);
  const statements = managed.statements.length === 0 ? entity.statements : [...entity.statements, ...managed.statements];
  let expansion = expandStatements(space, catalog, statements);
  const boundary = boundaryOf(entity, documents);
  if (boundary.statements) {
    expansion = restrict(expansion, expandStatements(space, catalog, boundary.statements).actions);
  }
  const { actions, services, unknownActions } = expansion;
  const unknownActionSources = {};
  for (const written of unknownActions) unknownActionSources[written] = firstWritten(statements, written);
  const grants = {
    services,
    actions,
    unknownActions,
    sources: options.attribute === false ? [] : sourcesOf(space, statements, actions),
    unknownActionSources
  };
  const diagnostics = [...managed.diagnostics, ...boundary.diagnostics];
  if (diagnostics.length > 0) grants.diagnostics = diagnostics;
  if (entity.managedPolicyArns.length > 0) grants.managedPolicySources = managed.sources;
  if (entity.permissionsBoundary) {
    grants.boundary = {
      arn: entity.permissionsBoundary.arn,
      source: boundary.source,
      applied: boundary.statements !== null
    };
  }
  return grants;
}
function earliestSourceIn(grants, start, end) {
  let best = null;
  for (const { location, actions } of grants.sources) {
    if (best && (location.file > best.file || location.file === best.file && location.line >= best.line)) {
      continue;
    }
    if (countInRange(actions, start, end) > 0) best = location;
  }
  return best;
}
function sourceOf(grants, action) {
  return grants.sources.find((source) => hasAction(source.actions, action))?.location;
}
function earliestSource(grants, actions) {
  let best = null;
  for (const { location, actions: granted } of grants.sources) {
    if (best && (location.file > best.file || location.file === best.file && location.line >= best.line)) {
      continue;
    }
    if (intersects(granted, actions)) best = location;
  }
  return best;
}
function documentLookup(options) {
  const given = options.managedPolicyDocuments;
  const label = options.managedPolicySource ?? "live";
  const bundled = options.bundledPolicies ?? null;
  return (arn) => {
    if (given?.has(arn)) return { document: given.get(arn), source: label };
    if (bundled && isAwsManagedPolicyArn(arn)) {
      const document = bundledDocument(bundled, arn);
      if (document !== void 0) return { document, source: bundled.label };
    }
    return null;
  };
}
function boundaryOf(entity, documents) {
  const boundary = entity.permissionsBoundary;
  if (!boundary) return { statements: null, source: null, diagnostics: [] };
  if (boundary.statements) return { statements: boundary.statements, source: "code", diagnostics: [] };
  const found = boundary.arn ? documents(boundary.arn) : null;
  if (!found) return { statements: null, source: null, diagnostics: [] };
  const name = boundary.arn.slice(boundary.arn.lastIndexOf("/") + 1);
  const read = statementsFromDocument(found.document, boundary.location, name);
  const diagnostics = read.diagnostics.map((d) => ({
    ...d,
    message: `permissions boundary ${boundary.arn}: ${d.message}`,
    entity: entity.id
  }));
  return { statements: diagnostics.length > 0 ? null : read.statements, source: found.source, diagnostics };
}
function restrict(expansion, allowed) {
  const actions = intersection(expansion.actions, allowed);
  const services = servicesOf(actions);
  const unknownServices = expansion.services.filter(
    (service) => !services.includes(service) && expansion.unknownActions.some((a) => a.toLowerCase().startsWith(`${service}:`))
  );
  return {
    actions,
    services: [...services, ...unknownServices].sort(),
    unknownActions: expansion.unknownActions
  };
}
function managedPolicyStatements(entity, documents) {
  const statements = [];
  const diagnostics = [];
  const sources = {};
  for (const arn of entity.managedPolicyArns) {
    const found = documents(arn);
    sources[arn] = found?.source ?? null;
    if (!found) continue;
    const at = { file: entity.file, line: entity.line, path: entity.path };
    const policyName = arn.slice(arn.lastIndexOf("/") + 1) || arn;
    const read = statementsFromDocument(found.document, at, policyName);
    statements.push(...read.statements);
    for (const diagnostic of read.diagnostics) {
      diagnostics.push({
        ...diagnostic,
        message: `managed policy ${arn}: ${diagnostic.message}`,
        entity: entity.id
      });
    }
  }
  return { statements, diagnostics, sources };
}
function orInto(dense, set2) {
  const { words, offset } = set2;
  for (let k = 0; k < words.length; k++) dense[offset + k] |= words[k];
}
function clearFrom(dense, set2, keep = false) {
  if (!keep) {
    const { words, offset } = set2;
    for (let k = 0; k < words.length; k++) dense[offset + k] &= ~words[k];
    return;
  }
  for (let k = 0; k < dense.length; k++) {
    const j = k - set2.offset;
    dense[k] &= j >= 0 && j < set2.words.length ? set2.words[j] : 0;
  }
}
function orComplement(space, dense, excluded) {
  for (let k = 0; k < dense.length; k++) dense[k] |= ~excluded[k];
  const tail = space.names.length & 31;
  if (tail !== 0) dense[dense.length - 1] &= (1 << tail) - 1;
}
function expandStatements(space, catalog, statements) {
  const granted = denseBits(space);
  const unknown = /* @__PURE__ */ new Set();
  const denyPatterns = [];
  const denyNotPatterns = [];
  for (const statement of statements) {
    if (statement.effect === "Deny") {
      if (statement.hasCondition || statement.conditional || !statement.allResources) continue;
      if (statement.actions) {
        for (const a of statement.actions) if (!a.conditional) denyPatterns.push(a.pattern);
      } else if (statement.notActions) denyNotPatterns.push(statement.notActions.map((a) => a.pattern));
      continue;
    }
    if (statement.actions) {
      for (const action of statement.actions) {
        const matched = patternActions(space, action.pattern);
        if (matched === null) unknown.add(action.pattern);
        else orInto(granted, matched);
      }
    } else if (statement.notActions) {
      const excluded = denseBits(space);
      for (const action of statement.notActions) {
        if (action.conditional) continue;
        const matched = patternActions(space, action.pattern);
        if (matched === null) unknown.add(action.pattern);
        else orInto(excluded, matched);
      }
      orComplement(space, granted, excluded);
    }
  }
  applyDenies(space, catalog, { patterns: denyPatterns, notPatterns: denyNotPatterns }, granted, unknown);
  return summarize(catalog, actionSetFromBits(space, granted), unknown);
}
function applyDenies(space, catalog, deny, granted, unknown) {
  if (deny.patterns.length === 0 && deny.notPatterns.length === 0) return;
  for (const pattern2 of deny.patterns) {
    const matched = patternActions(space, pattern2);
    if (matched) clearFrom(granted, matched);
  }
  for (const notPatterns of deny.notPatterns) {
    const spared = denseBits(space);
    for (const pattern2 of notPatterns) {
      const matched = patternActions(space, pattern2);
      if (matched) orInto(spared, matched);
    }
    for (let k = 0; k < granted.length; k++) granted[k] &= spared[k];
  }
  for (const written of [...unknown]) {
    const denied = deny.patterns.some((pattern2) => catalog.matches(pattern2, written)) || deny.notPatterns.some((patterns) => !patterns.some((pattern2) => catalog.matches(pattern2, written)));
    if (denied) unknown.delete(written);
  }
}
function summarize(catalog, actions, unknown) {
  const unknownActions = [...unknown].sort();
  const services = servicesOf(actions);
  const unknownServices = /* @__PURE__ */ new Set();
  for (const written of unknownActions) {
    const colon = written.indexOf(":");
    const prefix2 = colon > 0 ? written.slice(0, colon).toLowerCase() : "";
    if (prefix2 && catalog.hasService(prefix2) && !services.includes(prefix2)) unknownServices.add(prefix2);
  }
  if (unknownServices.size > 0) {
    services.push(...unknownServices);
    services.sort();
  }
  return { actions, services, unknownActions };
}
function firstWritten(statements, written) {
  for (const statement of statements) {
    if (statement.effect !== "Allow") continue;
    for (const action of statement.actions ?? statement.notActions ?? []) {
      if (action.pattern === written) return action.location;
    }
  }
  return void 0;
}
function sourcesOf(space, statements, granted) {
  const left = denseBits(space);
  orInto(left, granted);
  let remaining = granted.size;
  const sources = [];
  const take = (location, candidates) => {
    let actions;
    if (candidates instanceof Uint32Array) {
      const taken = denseBits(space);
      for (let k = 0; k < left.length; k++) taken[k] = left[k] & candidates[k];
      actions = actionSetFromBits(space, taken);
    } else {
      const { words, offset } = candidates;
      const taken = new Uint32Array(words.length);
      for (let k = 0; k < words.length; k++) taken[k] = left[offset + k] & words[k];
      actions = actionSetFromWords(space, taken, offset);
    }
    if (actions.size === 0) return;
    clearFrom(left, actions);
    remaining -= actions.size;
    sources.push({ location, actions });
  };
  for (const statement of statements) {
    if (remaining === 0) break;
    if (statement.effect !== "Allow") continue;
    if (statement.actions) {
      for (const action of statement.actions) {
        const matched = patternActions(space, action.pattern);
        if (matched) take(action.location, matched);
      }
    } else if (statement.notActions) {
      const excluded = denseBits(space);
      for (const action of statement.notActions) {
        if (action.conditional) continue;
        const matched = patternActions(space, action.pattern);
        if (matched) orInto(excluded, matched);
      }
      const allowed = denseBits(space);
      orComplement(space, allowed, excluded);
      take(statement.location, allowed);
    }
  }
  return sources;
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts2 = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts2, tail);
      return parts2;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts2, p);
      return parts2;
    }
    carry = p.pop();
    pushAll(parts2, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine2(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine2(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine2(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine2(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine2(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine2(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern2, options = {}) {
    if (pattern2.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern2);
    }
    this.pattern = pattern2;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern2);
    const toks = tokenize(pattern2, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern2) => {
  if (typeof pattern2 !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern2.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern2, options) => {
  assertValidPattern(pattern2);
  if (!options?.nocomment && pattern2.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern2, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern2, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern2);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern2) ?? new Minimatch(pattern2, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern2, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern2, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern2, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern2, options = {}) => orig(p, pattern2, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern2, options = {}) {
        super(pattern2, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern2, options = {}) => orig.filter(pattern2, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern2, options = {}) => orig.braceExpand(pattern2, ext(def, options)),
    match: (list, pattern2, options = {}) => orig.match(list, pattern2, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern2, options = {}) => {
  assertValidPattern(pattern2);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern2)) {
    return [pattern2];
  }
  let p = pattern2.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern2, options = {}) => {
  const mm = new Minimatch(pattern2, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern2);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern2, start) => {
  let i = start + 1;
  if (pattern2.charAt(i) === "!" || pattern2.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern2.length; i++) {
    const c = pattern2.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern2, noext) => {
  if (!noext && (pattern2 === "+()" || pattern2 === "@()"))
    return pattern2;
  let lit2 = "";
  for (let i = 0; i < pattern2.length; i++) {
    const c = pattern2.charAt(i);
    if (c === "\\") {
      lit2 += pattern2.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern2, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern2.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern2.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern2.charAt(i + 1) === "(" && pattern2.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern2) => {
  let n = 0;
  for (let i = 0; i < pattern2.length - 1; i++) {
    const c = pattern2.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern2.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern2) => {
  if (extglobCount(pattern2) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern2) => {
  if (/^[?*+@]\(\)$/.test(pattern2) || pattern2.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern2.length; i++) {
    const c = pattern2.charAt(i);
    if (c === "\\") {
      if (++i === pattern2.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern2, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern2.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern2, options = {}) {
    assertValidPattern(pattern2);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern2;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern2 of this.set) {
      for (const part of pattern2) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern2 = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern2.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern2) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set2 = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set2.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts2) => parts2.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts2) => {
      let gs = -1;
      while (-1 !== (gs = parts2.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts2[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts2.splice(gs, i - gs);
        }
      }
      return parts2;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts2) => {
      const root = this.#rootIndex(parts2) + 1;
      parts2 = parts2.reduce((set2, part) => {
        const prev = set2[set2.length - 1];
        if (part === "**" && prev === "**") {
          return set2;
        }
        if (part === "..") {
          if (set2.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set2.pop();
            return set2;
          }
        }
        set2.push(part);
        return set2;
      }, []);
      return parts2.length === 0 ? [""] : parts2;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts2 = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts2 = parts2.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts: parts2
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts2 = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts2.length - 1; i++) {
          const p = parts2[i];
          if (i === 1 && p === "" && parts2[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts2.splice(i, 1);
            i--;
          }
        }
        if (parts2[0] === "." && parts2.length === 2 && (parts2[1] === "." || parts2[1] === "")) {
          didSomething = true;
          parts2.pop();
        }
      }
      const root = this.#rootIndex(parts2) + 1;
      let dd = root;
      while (-1 !== (dd = parts2.indexOf("..", dd + 1))) {
        const p = parts2[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts2.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts2.length === 0 ? [""] : parts2;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts2 of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts2.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts2[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts2.splice(gs + 1, gss - gs);
          }
          let next = parts2[gs + 1];
          const p = parts2[gs + 2];
          const p2 = parts2[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts2.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts2.splice(gs, 1);
          const other = parts2.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts2.length - 1; i++) {
            const p = parts2[i];
            if (i === 1 && p === "" && parts2[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts2.splice(i, 1);
              i--;
            }
          }
          if (parts2[0] === "." && parts2.length === 2 && (parts2[1] === "." || parts2[1] === "")) {
            didSomething = true;
            parts2.pop();
          }
        }
        const root = this.#rootIndex(parts2) + 1;
        let dd = root;
        while (-1 !== (dd = parts2.indexOf("..", dd + 1))) {
          const p = parts2[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts2[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts2.splice(dd - 1, 2, ...splin);
            if (parts2.length === 0)
              parts2.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts2) => {
      const key = parts2.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts2 of rows) {
      const s = [];
      for (let i = 0; i < parts2.length; i++) {
        if (parts2[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts2) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts2.length)
          continue;
        const c = [...parts2];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts2[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern2 = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern2.length && pattern2.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern2.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern2, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern2);
    if (ph !== -1) {
      const host = pattern2[ph];
      const share = pattern2[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern2[0] === "string" && /^[a-z]:$/i.test(pattern2[0]);
      const patternUNC = !patternDrive && pattern2[0] === "" && pattern2[1] === "" && pattern2[2] === "?" && typeof pattern2[3] === "string" && /^[a-z]:$/i.test(pattern2[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern2[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern2.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern2, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern2, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern2, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern2, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern2, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern2);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern2, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern2.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern2.lastIndexOf(GLOBSTAR);
    const head = pattern2.slice(patternIndex, firstgs);
    const body = pattern2.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern2.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts2 = { head, body, tail, segments };
    byStart[key] = parts2;
    return parts2;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern2, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern2.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern2[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern: pattern2 } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern2.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern2.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set2 = braceExpand(marked, this.options);
    for (const p of set2) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set2;
  }
  parse(pattern2) {
    assertValidPattern(pattern2);
    const options = this.options;
    if (pattern2 === "**")
      return GLOBSTAR;
    if (pattern2 === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern2.includes(rangeMark) ? void 0 : literal(pattern2, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern2.toUpperCase() !== pattern2.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern2);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern2);
      m = new Matcher(pattern2, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern2, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set2 = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set2.length; r++) {
      const pattern2 = set2[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern2[0], filename) : shape ? this.#matchShape(resolved, pattern2, shape) : options.matchBase && pattern2.length === 1 ? this.#matchRow([filename], [filename], pattern2, partial) : this.#matchRow(ff, resolved, pattern2, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/rules/usage-view.ts
var DATA_DELAY_MS = 4 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
function parseTime(value) {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
function windowStartFor(reference, days) {
  return new Date(reference.getTime() - DATA_DELAY_MS - days * DAY_MS);
}
var views = /* @__PURE__ */ new WeakMap();
function usageView(usage, days, now) {
  if (!usage) return null;
  const key = `${days}\0${now.getTime()}\0${usage.report?.JobCompletionDate ?? ""}`;
  let cached = views.get(usage);
  if (!cached) {
    cached = /* @__PURE__ */ new Map();
    views.set(usage, cached);
  }
  if (cached.has(key)) return cached.get(key) ?? null;
  const view = buildView(usage, days, now);
  cached.set(key, view);
  return view;
}
function buildView(usage, days, now) {
  const report = usage.report;
  if (report?.JobStatus !== "COMPLETED") return null;
  const referenceMs = parseTime(report.JobCompletionDate) ?? parseTime(report.JobCreationDate) ?? now.getTime();
  const reference = new Date(referenceMs);
  const windowStart = windowStartFor(reference, days);
  const startMs = windowStart.getTime();
  const createDate = usage.createDate ?? report.CreateDate ?? null;
  const createdMs = parseTime(createDate);
  const services = /* @__PURE__ */ new Map();
  for (const entry of report.ServicesLastAccessed ?? []) {
    services.set(entry.ServiceNamespace.toLowerCase(), serviceView(entry, startMs));
  }
  return {
    report,
    reference,
    windowStart,
    createDate,
    young: createdMs !== null && createdMs > startMs,
    services
  };
}
function serviceView(entry, startMs) {
  const namespace = entry.ServiceNamespace.toLowerCase();
  const lastMs = parseTime(entry.LastAuthenticated);
  let tracked = null;
  if (entry.TrackedActionsLastAccessed && entry.TrackedActionsLastAccessed.length > 0) {
    tracked = /* @__PURE__ */ new Map();
    for (const item of entry.TrackedActionsLastAccessed) {
      if (!item.ActionName) continue;
      const name = item.ActionName.includes(":") ? item.ActionName.slice(item.ActionName.indexOf(":") + 1) : item.ActionName;
      const at = parseTime(item.LastAccessedTime);
      tracked.set(`${namespace}:${name}`.toLowerCase(), {
        action: `${namespace}:${name}`,
        lastAccessed: item.LastAccessedTime ?? null,
        used: at !== null && at >= startMs
      });
    }
  }
  return {
    namespace,
    lastAccessed: entry.LastAuthenticated ?? null,
    used: lastMs !== null && lastMs >= startMs,
    tracked,
    anyTrackedUsed: tracked !== null && [...tracked.values()].some((t) => t.used)
  };
}
function isoDay(date) {
  return (typeof date === "string" ? date : date.toISOString()).slice(0, 10);
}
function usedPhrase(lastAccessed, view) {
  const ms = parseTime(lastAccessed);
  if (ms === null) return "it was not used in the tracking period";
  const days = Math.floor((view.reference.getTime() - ms) / DAY_MS);
  return `it was last used on ${isoDay(lastAccessed)}, ${days} days before the report of ${isoDay(view.reference)}`;
}
function describeLastUse(lastAccessed, view) {
  const ms = parseTime(lastAccessed);
  if (ms === null) return "not used in the tracking period";
  const days = Math.floor((view.reference.getTime() - ms) / DAY_MS);
  return `last used ${isoDay(lastAccessed)}, ${days} days before the report of ${isoDay(view.reference)}`;
}
function daysBetween(laterMs, earlierMs) {
  return Math.floor((laterMs - earlierMs) / DAY_MS);
}

// src/rules/attribution.ts
function serviceOf(action) {
  const colon = action.indexOf(":");
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}
function actionsOfService2(grants, service) {
  return actionsOfService(grants.actions, service);
}
function oneAction(actions, action) {
  return actionSetOfNames(actions.space, [action]).set;
}
function actionNamesOfServices(set2, services) {
  const { space } = set2;
  const ranges = [];
  for (const service of new Set(services)) {
    const range2 = serviceRange(space, service);
    if (range2) ranges.push(range2);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const names = [];
  for (const [start, end] of ranges) forEachIndex(set2, (i) => names.push(space.names[i]), start, end);
  return names;
}
function locate2(input, actions) {
  const { grants, entity } = input.granted;
  const found = actions.size === 0 ? null : earliestSource(grants, actions);
  return found ? { file: found.file, line: found.line } : { file: entity.file, line: entity.line };
}
function locateService(input, service) {
  const { grants, entity } = input.granted;
  const { space } = grants.actions;
  const id = space.serviceId(service);
  const found = id === void 0 ? null : earliestSourceIn(grants, space.serviceStart[id], space.serviceEnd[id]);
  return found ?? entity;
}
function locateAction(input, action) {
  const { grants, entity } = input.granted;
  const found = sourceOf(grants, action);
  return found ? { file: found.file, line: found.line } : { file: entity.file, line: entity.line };
}
function entityLocation(input) {
  return { file: input.granted.entity.file, line: input.granted.entity.line };
}
var findingEntities = /* @__PURE__ */ new WeakMap();
function findingEntity(input) {
  const { entity } = input.granted;
  const arn = input.usage?.arn ?? entity.arn;
  let shared2 = findingEntities.get(input.granted);
  if (!shared2 || shared2.arn !== arn) {
    shared2 = Object.freeze({ id: entity.id, kind: entity.kind, arn });
    findingEntities.set(input.granted, shared2);
  }
  return shared2;
}
var BEYOND_LATIN1 = /[\u0100-\uffff]/;
function flat(text) {
  return text.length > 12 && !BEYOND_LATIN1.test(text) ? Buffer.from(text, "latin1").toString("latin1") : text;
}
function makeFinding(rule, severity, input, parts2) {
  const finding = {
    rule,
    severity,
    entity: findingEntity(input),
    service: parts2.service ?? null,
    action: parts2.action ?? null,
    file: parts2.location.file,
    line: parts2.location.line,
    lastAccessed: parts2.lastAccessed ?? null,
    message: typeof parts2.message === "string" ? flat(parts2.message) : parts2.message[0] + parts2.message[1],
    suggestion: null
  };
  if (parts2.grantedActions) finding.grantedActions = parts2.grantedActions;
  if (parts2.grantedService) finding.grantedService = parts2.grantedService;
  if (parts2.codePaths) finding.codePaths = parts2.codePaths;
  return finding;
}
function entityLabel(input) {
  const { entity } = input.granted;
  return `${entity.kind} ${entity.id}`;
}
var UNUSED_DAYS_OPTIONS = {
  type: "object",
  additionalProperties: false,
  properties: { unusedDays: { type: "integer", minimum: 1, maximum: 400 } }
};
function unusedDaysOf(input) {
  const own = input.options["unusedDays"];
  return typeof own === "number" ? own : input.settings.unusedDays;
}
function addedRecently(input, service) {
  const historic = input.historic;
  return historic != null && !historic.services.includes(service);
}
function addedRecentlyAction(input, action) {
  const historic = input.historic;
  return historic != null && !hasAction(historic.actions, action);
}
function grantedByNote(input, service) {
  const policies = input.usage?.policiesGranting?.[service] ?? [];
  if (policies.length === 0) return "";
  const names = policies.map(
    (p) => `${p.PolicyType === "INLINE" ? "inline" : "managed"} policy ${p.PolicyName}`
  );
  return ` Granted in AWS by ${listSome([...new Set(names)], 3)}.`;
}
function listSome(items, max = 5) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function unusedWindow(input) {
  const days = unusedDaysOf(input);
  const view = usageView(input.usage, days, input.now);
  return view && !view.young ? { days, view } : null;
}
function listSomeActions(actions, max = 5) {
  const shown = actionNames(actions, max + 1);
  if (shown.length <= max) return shown.join(", ");
  return `${shown.slice(0, max).join(", ")} and ${actions.size - max} more`;
}

// src/rules/types.ts
function defineRule(rule) {
  return rule;
}
var PROJECT_URL = "https://github.com/iam-usage-guard/iam-usage-guard";
var RULE_DOCS_BASE_URL = `${PROJECT_URL}/blob/main/docs/rules`;

// src/rules/new-service.ts
var heads = /* @__PURE__ */ new Map();
function headOf(service) {
  let head = heads.get(service);
  if (head === void 0) {
    if (heads.size > 1e4) heads.clear();
    head = `New service ${service}: `;
    heads.set(service, head);
  }
  return head;
}
var newService = defineRule({
  id: "new-service",
  defaultSeverity: "notice",
  strictSeverity: "warning",
  description: "The change grants a service the entity never had, so no usage can exist yet.",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      includeNewEntities: {
        type: "boolean",
        description: "Also report each service of an entity the change adds (default true)."
      }
    }
  },
  evaluate(input) {
    if (!input.touched) return [];
    const { grants, base } = input.granted;
    const newEntity2 = input.hasBase && base === null;
    if (newEntity2 && input.options["includeNewEntities"] === false) return [];
    const view = usageView(input.usage, input.settings.unusedDays, input.now);
    const label = entityLabel(input);
    const tails = /* @__PURE__ */ new Map();
    const tailOf = (reason) => {
      let tail = tails.get(reason);
      if (tail === void 0) {
        const why = reason === "added" ? `the change adds ${label}` : reason === "not-at-base" ? `${label} did not grant it at base` : `the deployed ${label} does not grant it yet (the last-accessed report does not list it)`;
        tail = `${why}, so no usage can exist yet.`;
        tails.set(reason, tail);
      }
      return tail;
    };
    const findings = [];
    for (const service of grants.services) {
      const reason = newEntity2 ? "added" : input.hasBase && base && !base.services.includes(service) ? "not-at-base" : view && !view.services.has(service) ? "not-deployed" : null;
      if (!reason) continue;
      findings.push(
        makeFinding("new-service", input.severity, input, {
          service,
          location: locateService(input, service),
          grantedService: service,
          message: [headOf(service), tailOf(reason)]
        })
      );
    }
    return findings;
  }
});

// src/rules/no-usage-data.ts
var noUsageData = defineRule({
  id: "no-usage-data",
  defaultSeverity: "notice",
  strictSeverity: "warning",
  description: "An entity could not be resolved or its last-accessed report could not be had (reason in the message).",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  evaluate(input) {
    if (!input.touched || input.hasBase && input.granted.base === null) return [];
    let reason = null;
    if (input.usageUnavailable) reason = input.usageUnavailable;
    else if (!input.usage) reason = "no usage was collected for it";
    else if (input.usage.reason) reason = input.usage.reason;
    else if (!input.usage.report) reason = "no last-accessed report was returned";
    else if (input.usage.report.JobStatus !== "COMPLETED")
      reason = `the report job ended ${input.usage.report.JobStatus}${input.usage.report.Error?.Message ? `: ${input.usage.report.Error.Message}` : ""}`;
    if (!reason) return [];
    return [
      makeFinding("no-usage-data", severityOf(input), input, {
        location: entityLocation(input),
        // Reasons are sentences of their own (some end with a period): one period between them, not two.
        message: `No usage data for ${entityLabel(input)}: ${reason.replace(/\.+$/, "")}. Its grants could not be compared with use.`
      })
    ];
  }
});
function severityOf(input) {
  if (input.settings.onMissingData === "fail") return "error";
  if (!input.usageUnavailable && input.severity === "notice") return "warning";
  return input.severity;
}

// src/rules/stale-access-key.ts
function maskKeyId(id) {
  return id.length > 8 ? `${id.slice(0, 4)}\u2026${id.slice(-4)}` : id;
}
var staleAccessKey = defineRule({
  id: "stale-access-key",
  defaultSeverity: "warning",
  strictSeverity: "error",
  description: "A changed user has an active access key not used within accessKeyMaxIdleDays, or never used.",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { maxIdleDays: { type: "integer", minimum: 1 } }
  },
  evaluate(input) {
    if (!input.touched || input.granted.entity.kind !== "user" || !input.usage) return [];
    const own = input.options["maxIdleDays"];
    const days = typeof own === "number" ? own : input.settings.accessKeyMaxIdleDays;
    const nowMs = input.now.getTime();
    const thresholdMs = nowMs - DATA_DELAY_MS - days * DAY_MS;
    const findings = [];
    for (const key of input.usage.accessKeys) {
      if (key.Status !== "Active") continue;
      const lastUsed = parseTime(key.AccessKeyLastUsed?.LastUsedDate);
      const created = parseTime(key.CreateDate);
      let why = null;
      if (lastUsed === null) {
        if (created === null || created <= thresholdMs) {
          why = created === null ? "has not been used in the tracking period" : `has not been used since it was created on ${isoDay(new Date(created))}`;
        }
      } else if (lastUsed < thresholdMs) {
        why = `was last used on ${isoDay(new Date(lastUsed))}, ${daysBetween(nowMs, lastUsed)} days ago`;
      }
      if (!why) continue;
      findings.push(
        makeFinding("stale-access-key", input.severity, input, {
          location: entityLocation(input),
          lastAccessed: key.AccessKeyLastUsed?.LastUsedDate ?? null,
          message: `Active access key ${maskKeyId(key.AccessKeyId)} of ${entityLabel(input)} ${why} (limit: ${days} days). Deactivate or rotate it.`
        })
      );
    }
    return findings;
  }
});

// src/rules/unjudged.ts
function unjudgedCauses(entity, grants) {
  const causes = [...entity.unknowns];
  const at = { file: entity.file, line: entity.line, path: entity.path };
  for (const [arn, source] of Object.entries(grants.managedPolicySources ?? {})) {
    if (source !== null) continue;
    causes.push({
      message: `managed policy ${arn} has no document from AWS, a snapshot or the bundled AWS-managed policies, so what it grants is not known`,
      location: at
    });
  }
  const seen = /* @__PURE__ */ new Set();
  return causes.filter((cause) => {
    const key = `${cause.location.file}:${cause.location.line}\0${cause.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var unjudged = defineRule({
  id: "unjudged",
  defaultSeverity: "error",
  strictSeverity: "error",
  description: "An entity the change touches grants something the code does not let the tool know (unrendered action, unresolved target, managed policy without a document, plan-time unknown).",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  evaluate(input) {
    if (!input.touched) return [];
    const { entity, grants } = input.granted;
    return unjudgedCauses(entity, grants).map(
      (cause) => makeFinding("unjudged", input.severity, input, {
        location: { file: cause.location.file, line: cause.location.line },
        codePaths: [`${cause.location.file}#${cause.location.path}`],
        message: `Cannot judge ${entityLabel(input)}: ${cause.message}. Make it knowable from the code, configure it (parameters, entities, stacks, or a snapshot with the policy document), or suppress unjudged with a reason.`
      })
    );
  }
});

// src/rules/unused-action.ts
var unusedAction = defineRule({
  id: "unused-action",
  defaultSeverity: "notice",
  strictSeverity: "warning",
  description: "A changed entity grants tracked actions it has not used within unusedDays (action-level data).",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  suggestsNarrowing: true,
  evaluate(input) {
    if (!input.touched) return [];
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings = [];
    const trackedServices = [...view.services.values()].filter((s) => s.tracked).map((s) => s.namespace);
    for (const action of actionNamesOfServices(input.granted.grants.actions, trackedServices)) {
      const service = serviceOf(action);
      const tracked = view.services.get(service)?.tracked?.get(action.toLowerCase());
      if (!tracked || tracked.used || addedRecentlyAction(input, action)) continue;
      findings.push(
        makeFinding("unused-action", input.severity, input, {
          service,
          action,
          location: locateAction(input, action),
          lastAccessed: tracked.lastAccessed,
          grantedActions: oneAction(input.granted.grants.actions, action),
          message: `${entityLabel(input)} grants the tracked action ${action} but ${usedPhrase(tracked.lastAccessed, view)} (window: ${days} days).`
        })
      );
    }
    return findings;
  }
});

// src/words.ts
function plural(count, singular, pluralForm = pluralOf(singular)) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function pluralOf(singular) {
  return /[^aeiou]y$/.test(singular) ? `${singular.slice(0, -1)}ies` : `${singular}s`;
}

// src/rules/unused-entity.ts
var unusedEntity = defineRule({
  id: "unused-entity",
  defaultSeverity: "warning",
  strictSeverity: "error",
  description: "A changed entity used no service within unusedDays.",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [
    { rule: "unused-service", scope: "entity" },
    { rule: "unused-action", scope: "entity" }
  ],
  evaluate(input) {
    if (!input.touched || input.granted.grants.services.length === 0) return [];
    const window = unusedWindow(input);
    if (!window || window.view.services.size === 0) return [];
    const { days, view } = window;
    if ([...view.services.values()].some((service) => service.used)) return [];
    let latest = null;
    for (const service of view.services.values()) {
      if ((parseTime(service.lastAccessed) ?? -1) > (parseTime(latest) ?? -1)) latest = service.lastAccessed;
    }
    return [
      makeFinding("unused-entity", input.severity, input, {
        location: entityLocation(input),
        lastAccessed: latest,
        grantedActions: input.granted.grants.actions,
        message: `${entityLabel(input)} used none of its ${plural(view.services.size, "service")} within ${days} days (${latest ? describeLastUse(latest, view).replace("last used", "the last use was") : "none was used in the tracking period"}). Consider removing it.`
      })
    ];
  }
});

// src/rules/unused-service.ts
var unusedService = defineRule({
  id: "unused-service",
  defaultSeverity: "warning",
  strictSeverity: "error",
  description: "A changed entity grants a service it has not used within unusedDays.",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [{ rule: "unused-action", scope: "service" }],
  suggestsNarrowing: true,
  evaluate(input) {
    if (!input.touched) return [];
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings = [];
    for (const service of input.granted.grants.services) {
      const seen = view.services.get(service);
      if (!seen || seen.used || addedRecently(input, service)) continue;
      findings.push(
        makeFinding("unused-service", input.severity, input, {
          service,
          location: locateService(input, service),
          lastAccessed: seen.lastAccessed,
          grantedService: service,
          message: `${entityLabel(input)} grants ${service} but ${usedPhrase(seen.lastAccessed, view)} (window: ${days} days).${grantedByNote(input, service)}`
        })
      );
    }
    return findings;
  }
});

// src/rules/widened-unused-action.ts
var widenedUnusedAction = defineRule({
  id: "widened-unused-action",
  defaultSeverity: "warning",
  strictSeverity: "error",
  description: "The change adds a tracked action on a service whose tracked actions the entity has not used within unusedDays (action-level data).",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [{ rule: "unused-action", scope: "service" }],
  suggestsNarrowing: true,
  evaluate(input) {
    const { grants, base } = input.granted;
    if (!input.hasBase || !base) return [];
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings = [];
    const candidates = base.services.filter((service) => {
      const seen = view.services.get(service);
      return seen?.tracked && !seen.anyTrackedUsed;
    });
    if (candidates.length === 0) return [];
    const added = difference(grants.actions, base.actions);
    for (const action of actionNamesOfServices(added, candidates)) {
      const service = serviceOf(action);
      if (!base.services.includes(service)) continue;
      const seen = view.services.get(service);
      const tracked = seen?.tracked?.get(action.toLowerCase());
      if (!seen?.tracked || !tracked) continue;
      if (seen.anyTrackedUsed || addedRecentlyAction(input, action)) continue;
      findings.push(
        makeFinding("widened-unused-action", input.severity, input, {
          service,
          action,
          location: locateAction(input, action),
          lastAccessed: tracked.lastAccessed,
          grantedActions: oneAction(grants.actions, action),
          message: `This change adds the tracked action ${action} to ${entityLabel(input)}, which used none of its tracked ${service} actions within ${days} days (${action}: ${describeLastUse(tracked.lastAccessed, view)}).`
        })
      );
    }
    return findings;
  }
});

// src/rules/widened-unused-service.ts
var widenedUnusedService = defineRule({
  id: "widened-unused-service",
  defaultSeverity: "error",
  strictSeverity: "error",
  description: "The change adds actions of a service the entity already had at base and has not used within unusedDays.",
  optionsSchema: UNUSED_DAYS_OPTIONS,
  supersedes: [
    { rule: "widened-unused-action", scope: "service" },
    { rule: "unused-service", scope: "service" },
    { rule: "unused-action", scope: "service" }
  ],
  suggestsNarrowing: true,
  evaluate(input) {
    const { grants, base } = input.granted;
    if (!input.hasBase || !base) return [];
    const window = unusedWindow(input);
    if (!window) return [];
    const { days, view } = window;
    const findings = [];
    for (const service of grants.services) {
      if (!base.services.includes(service)) continue;
      const added = difference(actionsOfService2(grants, service), base.actions);
      if (added.size === 0) continue;
      const seen = view.services.get(service);
      if (!seen || seen.used || addedRecently(input, service)) continue;
      findings.push(
        makeFinding("widened-unused-service", input.severity, input, {
          service,
          action: added.size === 1 ? actionNames(added)[0] : null,
          location: locate2(input, added),
          lastAccessed: seen.lastAccessed,
          grantedActions: added,
          message: `This change adds ${listSomeActions(added)} to ${entityLabel(input)}, which already had ${service}, but ${usedPhrase(seen.lastAccessed, view)} (window: ${days} days).${grantedByNote(input, service)}`
        })
      );
    }
    return findings;
  }
});

// src/rules/index.ts
var RULES = [
  widenedUnusedService,
  widenedUnusedAction,
  unusedService,
  unusedAction,
  unusedEntity,
  newService,
  staleAccessKey,
  noUsageData,
  unjudged
];
var RULE_IDS = RULES.map((rule) => rule.id);
function isRuleId(id) {
  return RULE_IDS.includes(id);
}
function ruleById(id) {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

// src/rules/statement-plan.ts
var NOTHING_UNUSED = Object.freeze({ services: [], actions: [] });
function unusedGrantsOf(findings) {
  const services = /* @__PURE__ */ new Set();
  const actions = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (!finding.service) continue;
    if (finding.rule === "unused-service" || finding.rule === "widened-unused-service") {
      services.add(finding.service.toLowerCase());
    } else if ((finding.rule === "unused-action" || finding.rule === "widened-unused-action") && finding.action) {
      actions.add(finding.action.toLowerCase());
    }
  }
  if (services.size === 0 && actions.size === 0) return NOTHING_UNUSED;
  return { services: [...services].sort(), actions: [...actions].sort() };
}

// src/rules/suggestion.ts
var regexes = /* @__PURE__ */ new Map();
function patternRegex(pattern2) {
  const known = regexes.get(pattern2);
  if (known) return known;
  if (regexes.size > 1e4) regexes.clear();
  const body = pattern2.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  const regex = new RegExp(`^${body}$`, "i");
  regexes.set(pattern2, regex);
  return regex;
}
function suggestActions(granted, view) {
  const { grants } = granted;
  const { space } = grants.actions;
  const written = writtenPatterns(granted);
  const covers = /* @__PURE__ */ new Map();
  const coverOfPattern = (pattern2, start, end) => {
    if (!PRINTABLE.test(pattern2)) return coverOf(grants.actions, pattern2, start, end);
    if (!covers.has(pattern2)) covers.set(pattern2, patternActions(space, pattern2));
    return covers.get(pattern2) ?? null;
  };
  const keep = /* @__PURE__ */ new Set();
  for (const service of grants.services) {
    const seen = view.services.get(service);
    if (seen && !seen.used) continue;
    const [start, end] = serviceRange(space, service) ?? [0, 0];
    const unusedTracked = unusedTrackedOf(seen?.tracked ?? null);
    let dropsSome = false;
    for (const action of unusedTracked) dropsSome ||= hasAction(grants.actions, action);
    const patterns = [...written.any, ...written.byService.get(service) ?? []];
    const patternCovers = [];
    for (const pattern2 of patterns) {
      const cover = coverOfPattern(pattern2, start, end);
      if (cover) patternCovers.push(cover);
    }
    const patternsCover = coveredInRange(grants.actions, patternCovers, start, end);
    if (!dropsSome && patternsCover && patterns.length > 0) {
      for (const p of patterns) keep.add(p === "*" ? `${service}:*` : p);
    } else {
      forEachIndex(
        grants.actions,
        (i) => {
          const action = space.names[i];
          if (!unusedTracked.has(action.toLowerCase())) keep.add(action);
        },
        start,
        end
      );
    }
  }
  if (keep.size === 0) return null;
  return [...keep].sort((a, b) => a.localeCompare(b));
}
var PRINTABLE = /^[\x20-\x7e]*$/;
var NONE = /* @__PURE__ */ new Set();
function writtenPatterns(granted) {
  const any = [];
  const byService = /* @__PURE__ */ new Map();
  for (const statement of granted.entity.statements) {
    if (statement.effect !== "Allow" || !statement.actions) continue;
    for (const action of statement.actions) {
      const pattern2 = action.pattern.trim();
      if (pattern2 === "*") any.push(pattern2);
      else {
        const service = serviceOf(pattern2);
        const list = byService.get(service);
        if (list) list.push(pattern2);
        else byService.set(service, [pattern2]);
      }
    }
  }
  return { any, byService };
}
function unusedTrackedOf(tracked) {
  if (!tracked) return NONE;
  const unused = /* @__PURE__ */ new Set();
  for (const t of tracked.values()) if (!t.used) unused.add(t.action.toLowerCase());
  return unused;
}
function coverOf(granted, pattern2, start, end) {
  const names = [];
  const regex = patternRegex(pattern2);
  forEachIndex(
    granted,
    (i) => {
      const action = granted.space.names[i];
      if (regex.test(action)) names.push(action);
    },
    start,
    end
  );
  return actionSetOfNames(granted.space, names).set;
}
function formatSuggestion(actions) {
  return `"Action": [${actions.map((a) => JSON.stringify(a)).join(", ")}]`;
}

// src/rules/engine.ts
function evaluateEntity(item, options) {
  const input = {
    granted: item.granted,
    touched: item.touched,
    hasBase: options.hasBase,
    usage: item.usage,
    usageUnavailable: options.usageUnavailable,
    historic: item.historic ?? null,
    settings: { onMissingData: options.onMissingData, ...options.settings },
    now: options.now
  };
  const findings = [];
  const broken = /* @__PURE__ */ new Set();
  for (const rule of RULES) {
    const config = options.rules[rule.id];
    const severity = config?.severity ?? rule.defaultSeverity;
    if (severity === "off") continue;
    const ruleInput = { ...input, options: config?.options ?? {}, severity };
    try {
      findings.push(...rule.evaluate(ruleInput));
    } catch (error) {
      const finding = makeFinding(rule.id, "error", ruleInput, {
        location: entityLocation(ruleInput),
        message: `Rule ${rule.id} failed on ${item.granted.entity.kind} ${item.granted.entity.id}: ${errorMessage(error)}. Please report this.`
      });
      broken.add(finding);
      findings.push(finding);
    }
  }
  const suggested = withSuggestions(findings, item, options);
  for (const [i, f] of suggested.entries()) if (broken.has(findings[i])) broken.add(f);
  const result = applySuppressions(suggested, item, options);
  for (const f of result.suppressed) if (broken.has(f.original)) broken.add(f);
  const folded = foldOverlaps(result.kept, result.suppressed, broken);
  return {
    findings: [...result.problems, ...folded.kept.map(contractFinding)],
    suppressed: folded.suppressed.map(({ reason, by, original: _original, ...f }) => ({
      ...contractFinding(f),
      reason,
      suppressedBy: by
    })),
    warnings: result.warnings,
    unused: unusedGrantsOf(result.kept)
  };
}
function contractFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    entity: f.entity,
    service: f.service,
    action: f.action,
    file: f.file,
    line: f.line,
    lastAccessed: f.lastAccessed,
    message: f.message,
    suggestion: f.suggestion
  };
}
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
var RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
var Folds = class {
  /** Folded rule → service (`*`: the whole entity) → highest severity rank that folds it. */
  strongest = /* @__PURE__ */ new Map();
  constructor(findings) {
    for (const strong of findings) {
      for (const declared of RULE_BY_ID.get(strong.rule)?.supersedes ?? []) {
        if (declared.scope === "service" && strong.service === null) continue;
        const service = declared.scope === "entity" ? "*" : strong.service;
        let byService = this.strongest.get(declared.rule);
        if (!byService) {
          byService = /* @__PURE__ */ new Map();
          this.strongest.set(declared.rule, byService);
        }
        byService.set(service, Math.max(byService.get(service) ?? 0, SEVERITY_RANK[strong.severity]));
      }
    }
  }
  folds(weak) {
    const byService = this.strongest.get(weak.rule);
    if (!byService) return false;
    const rank = SEVERITY_RANK[weak.severity];
    return (byService.get("*") ?? 0) >= rank || weak.service !== null && (byService.get(weak.service) ?? 0) >= rank;
  }
};
function foldOverlaps(kept, suppressed, broken) {
  const shown = new Folds(kept.filter((f) => !broken.has(f)));
  const byEntry = /* @__PURE__ */ new Map();
  for (const f of suppressed) {
    if (broken.has(f)) continue;
    const entry = JSON.stringify(f.by);
    byEntry.set(entry, [...byEntry.get(entry) ?? [], f]);
  }
  const sameEntry = new Map([...byEntry].map(([entry, list]) => [entry, new Folds(list)]));
  return {
    kept: kept.filter((f) => broken.has(f) || !shown.folds(f)),
    suppressed: suppressed.filter(
      (f) => broken.has(f) || !(shown.folds(f) || sameEntry.get(JSON.stringify(f.by))?.folds(f))
    )
  };
}
function withSuggestions(findings, item, options) {
  const narrows = (f) => RULE_BY_ID.get(f.rule)?.suggestsNarrowing === true;
  if (!findings.some(narrows)) return findings;
  let suggestion = null;
  try {
    const view = usageView(item.usage, options.settings.unusedDays, options.now);
    const actions = view ? suggestActions(item.granted, view) : null;
    suggestion = actions ? formatSuggestion(actions) : null;
  } catch {
  }
  return suggestion === null ? findings : findings.map((f) => narrows(f) ? { ...f, suggestion } : f);
}
function firstMatch(globs, value) {
  if (value === null) return void 0;
  for (const glob of globs) if (globMatch2(value, glob)) return glob;
  return void 0;
}
var compiled = /* @__PURE__ */ new Map();
function globMatch2(value, glob) {
  if (value === null) return false;
  let matcher = compiled.get(glob);
  if (!matcher) {
    if (compiled.size > 1e3) compiled.clear();
    matcher = new Minimatch(glob, { nocase: true, dot: true });
    compiled.set(glob, matcher);
  }
  return matcher.match(value);
}
function hasReason(suppression) {
  return Boolean(suppression.reason && suppression.reason.trim() !== "");
}
function applySuppressions(findings, item, options) {
  const { entity } = item.granted;
  const result = { kept: [], suppressed: [], problems: [], warnings: [] };
  const key = entityKey(entity);
  const arn = item.usage?.arn ?? entity.arn;
  const entityIgnore = options.ignore.entities.find((glob) => globMatch2(key, glob) || globMatch2(arn, glob));
  for (const suppression of entity.suppressions) {
    if (!isRuleId(suppression.rule)) {
      if (item.touched) {
        result.warnings.push({
          file: suppression.location.file,
          line: suppression.location.line,
          entity: entity.id,
          message: `Suppression of unknown rule '${suppression.rule}' on ${entity.id} has no effect (rules: ${RULE_IDS.join(", ")}).`
        });
      }
      continue;
    }
    if (item.touched && !hasReason(suppression)) {
      const where = suppression.scope ? ` (written on ${suppression.scope.resource})` : "";
      result.problems.push({
        rule: suppression.rule,
        severity: "error",
        entity: { id: entity.id, kind: entity.kind, arn },
        service: null,
        action: null,
        file: suppression.location.file,
        line: suppression.location.line,
        lastAccessed: null,
        message: `Suppression of ${suppression.rule} on ${entity.kind} ${entity.id}${where} has no reason, so it is not applied. Add a reason that says why the grant is needed.`,
        suggestion: null
      });
    }
  }
  const valid = entity.suppressions.filter(hasReason);
  const scoped = new ScopedGrants(item.granted, options.grantOptions ?? {});
  for (const finding of findings) {
    let by = null;
    let reason = null;
    const serviceIgnore = firstMatch(options.ignore.services, finding.service);
    const actionIgnore = firstMatch(options.ignore.actions, finding.action);
    const configKey = entityIgnore ? `ignore.entities: ${entityIgnore}` : serviceIgnore ? `ignore.services: ${serviceIgnore}` : actionIgnore ? `ignore.actions: ${actionIgnore}` : null;
    if (configKey) {
      reason = `ignored by configuration (${configKey})`;
      by = { kind: "configuration", key: configKey };
    } else if (valid.length > 0) {
      const inCode = valid.find(
        (s) => s.rule === finding.rule && (s.services === null || finding.service !== null && s.services.some((svc) => svc.toLowerCase() === finding.service)) && (s.scope === null || scoped.covers(s.scope, finding))
      );
      if (inCode) {
        reason = inCode.reason;
        by = {
          kind: "code",
          file: inCode.location.file,
          line: inCode.location.line,
          resource: inCode.scope?.resource ?? null
        };
      }
    }
    if (reason && by) result.suppressed.push({ ...finding, reason, by, original: finding });
    else result.kept.push(finding);
  }
  return result;
}
var ScopedGrants = class {
  constructor(granted, grantOptions) {
    this.granted = granted;
    this.grantOptions = grantOptions;
  }
  granted;
  grantOptions;
  without = /* @__PURE__ */ new Map();
  covers(scope, finding) {
    if (finding.codePaths && finding.codePaths.length > 0) {
      return finding.codePaths.every(
        (place) => scope.statements.some(
          (statement) => place === statement || place.startsWith(`${statement}.`) || place.startsWith(`${statement}[`)
        )
      );
    }
    const actions = finding.grantedActions ?? (finding.grantedService ? actionsOfService(this.granted.grants.actions, finding.grantedService) : void 0);
    if (!actions || actions.size === 0) return false;
    return !intersects(actions, this.grantsWithout(scope));
  }
  grantsWithout(scope) {
    const cacheKey = scope.statements.join("\n");
    let rest = this.without.get(cacheKey);
    if (!rest) {
      const own = new Set(scope.statements);
      const { entity } = this.granted;
      const statements = entity.statements.filter((statement) => !own.has(statementKey(statement)));
      rest = grantsOf({ ...entity, statements }, this.grantOptions).actions;
      this.without.set(cacheKey, rest);
    }
    return rest;
  }
};

// src/usage/snapshot.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SnapshotReader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(path3, message) {
    throw new UserError(`${this.file}: ${path3} ${message}`);
  }
  object(value, path3) {
    return isObject(value) ? value : this.fail(path3, "must be an object");
  }
  array(value, path3, optional = false) {
    if (value === void 0 && optional) return [];
    return Array.isArray(value) ? value : this.fail(path3, "must be an array");
  }
  string(value, path3) {
    return typeof value === "string" && value !== "" ? value : this.fail(path3, "must be a non-empty string");
  }
  optString(value, path3) {
    return value === void 0 || value === null ? void 0 : this.string(value, path3);
  }
  /** Dates as the API or the AWS CLI prints them (`…+00:00`, fractions), normalized to RFC 3339 UTC. */
  date(value, path3) {
    if (value === void 0 || value === null) return void 0;
    const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) {
      return this.fail(path3, `must be a date like 2026-03-01T10:00:00Z, got ${JSON.stringify(value)}`);
    }
    return new Date(ms).toISOString();
  }
  oneOf(value, allowed, path3) {
    return allowed.includes(value) ? value : this.fail(path3, `must be one of ${allowed.join(", ")}`);
  }
};
function set(target, key, value) {
  if (value !== void 0) target[key] = value;
}
function readSnapshot(text, file) {
  const r = new SnapshotReader(file);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${file}: not a snapshot: invalid JSON (${error instanceof Error ? error.message : String(error)})`
    );
  }
  const top = r.object(raw, "(top level)");
  if (top["version"] !== 1) {
    r.fail(
      "version",
      top["version"] === void 0 ? "is missing: this is not a file written by 'iam-usage-guard snapshot'" : `must be 1 (this snapshot says ${JSON.stringify(top["version"])}; write it with 'iam-usage-guard snapshot')`
    );
  }
  const snapshot = {
    version: 1,
    generatedAt: r.date(top["generatedAt"], "generatedAt") ?? r.fail("generatedAt", "is required"),
    reports: r.array(top["reports"], "reports").map((value, i) => readReport(r, value, `reports[${i}]`)),
    accessKeys: r.array(top["accessKeys"], "accessKeys", true).map((value, i) => readAccessKey(r, value, `accessKeys[${i}]`)),
    policies: r.array(top["policies"], "policies", true).map((value, i) => {
      const policy = r.object(value, `policies[${i}]`);
      return {
        Arn: r.string(policy["Arn"], `policies[${i}].Arn`),
        Document: r.object(policy["Document"], `policies[${i}].Document`)
      };
    }),
    resources: r.array(top["resources"], "resources", true).map((value, i) => {
      const path3 = `resources[${i}]`;
      const resource = r.object(value, path3);
      const entry = {
        StackName: r.string(resource["StackName"], `${path3}.StackName`),
        LogicalResourceId: r.string(resource["LogicalResourceId"], `${path3}.LogicalResourceId`),
        PhysicalResourceId: r.string(resource["PhysicalResourceId"], `${path3}.PhysicalResourceId`)
      };
      set(entry, "ResourceType", r.optString(resource["ResourceType"], `${path3}.ResourceType`));
      return entry;
    })
  };
  if (top["entityDetails"] !== void 0) {
    snapshot.entityDetails = r.array(top["entityDetails"], "entityDetails").map((value, i) => {
      const path3 = `entityDetails[${i}]`;
      const entry = r.object(value, path3);
      return {
        Arn: r.string(entry["Arn"], `${path3}.Arn`),
        ServiceNamespace: r.string(entry["ServiceNamespace"], `${path3}.ServiceNamespace`),
        EntityDetailsList: r.array(entry["EntityDetailsList"], `${path3}.EntityDetailsList`).map((d, j) => readEntityDetails(r, d, `${path3}.EntityDetailsList[${j}]`))
      };
    });
  }
  if (top["policiesGranting"] !== void 0) {
    snapshot.policiesGranting = r.array(top["policiesGranting"], "policiesGranting").map((value, i) => readPoliciesGranting(r, value, `policiesGranting[${i}]`));
  }
  return snapshot;
}
function readAccessKey(r, value, path3) {
  const key = r.object(value, path3);
  const used = r.object(key["AccessKeyLastUsed"], `${path3}.AccessKeyLastUsed`);
  const lastUsed = {
    ServiceName: r.string(used["ServiceName"], `${path3}.AccessKeyLastUsed.ServiceName`),
    Region: r.string(used["Region"], `${path3}.AccessKeyLastUsed.Region`)
  };
  set(lastUsed, "LastUsedDate", r.date(used["LastUsedDate"], `${path3}.AccessKeyLastUsed.LastUsedDate`));
  const usage = {
    UserName: r.string(key["UserName"], `${path3}.UserName`),
    AccessKeyId: r.string(key["AccessKeyId"], `${path3}.AccessKeyId`),
    Status: r.oneOf(key["Status"], ["Active", "Inactive", "Expired"], `${path3}.Status`),
    AccessKeyLastUsed: lastUsed
  };
  set(usage, "CreateDate", r.date(key["CreateDate"], `${path3}.CreateDate`));
  return usage;
}
function readPoliciesGranting(r, value, path3) {
  const entry = r.object(value, path3);
  return {
    Arn: r.string(entry["Arn"], `${path3}.Arn`),
    PoliciesGrantingServiceAccess: r.array(entry["PoliciesGrantingServiceAccess"], `${path3}.PoliciesGrantingServiceAccess`).map((g, j) => {
      const gp = `${path3}.PoliciesGrantingServiceAccess[${j}]`;
      const grant = r.object(g, gp);
      return {
        ServiceNamespace: r.string(grant["ServiceNamespace"], `${gp}.ServiceNamespace`),
        Policies: r.array(grant["Policies"], `${gp}.Policies`).map((p, k) => readGrantingPolicy(r, p, `${gp}.Policies[${k}]`))
      };
    })
  };
}
function readGrantingPolicy(r, value, path3) {
  const policy = r.object(value, path3);
  const out = {
    PolicyName: r.string(policy["PolicyName"], `${path3}.PolicyName`),
    PolicyType: r.oneOf(policy["PolicyType"], ["INLINE", "MANAGED"], `${path3}.PolicyType`)
  };
  set(out, "PolicyArn", r.optString(policy["PolicyArn"], `${path3}.PolicyArn`));
  if (policy["EntityType"] !== void 0) {
    out.EntityType = r.oneOf(policy["EntityType"], ["USER", "ROLE", "GROUP"], `${path3}.EntityType`);
  }
  set(out, "EntityName", r.optString(policy["EntityName"], `${path3}.EntityName`));
  return out;
}
function readReport(r, value, path3) {
  const entry = r.object(value, path3);
  const arn = r.string(entry["Arn"], `${path3}.Arn`);
  if (!parseIamArn(arn)) r.fail(`${path3}.Arn`, `is not an IAM role, user, group or policy ARN: ${arn}`);
  if (entry["IsTruncated"] === true) {
    r.fail(
      `${path3}.IsTruncated`,
      `is true for ${arn}: this entry is one page of get-service-last-accessed-details (the AWS CLI does not page it). Merge its pages (docs/cli.md#a-snapshot-from-the-aws-cli) or write the snapshot with 'iam-usage-guard snapshot'`
    );
  }
  const report = {
    Arn: arn,
    JobStatus: r.oneOf(
      entry["JobStatus"],
      ["IN_PROGRESS", "COMPLETED", "FAILED"],
      `${path3}.JobStatus`
    ),
    ServicesLastAccessed: r.array(entry["ServicesLastAccessed"], `${path3}.ServicesLastAccessed`).map((s, i) => readService(r, s, `${path3}.ServicesLastAccessed[${i}]`))
  };
  set(report, "CreateDate", r.date(entry["CreateDate"], `${path3}.CreateDate`));
  if (entry["JobType"] !== void 0) {
    report.JobType = r.oneOf(entry["JobType"], ["SERVICE_LEVEL", "ACTION_LEVEL"], `${path3}.JobType`);
  }
  set(report, "JobCreationDate", r.date(entry["JobCreationDate"], `${path3}.JobCreationDate`));
  set(report, "JobCompletionDate", r.date(entry["JobCompletionDate"], `${path3}.JobCompletionDate`));
  if (entry["Error"] !== void 0) {
    const error = r.object(entry["Error"], `${path3}.Error`);
    report.Error = {};
    set(report.Error, "Code", r.optString(error["Code"], `${path3}.Error.Code`));
    set(report.Error, "Message", r.optString(error["Message"], `${path3}.Error.Message`));
  }
  return report;
}
function readService(r, value, path3) {
  const entry = r.object(value, path3);
  const service = {
    ServiceName: r.string(entry["ServiceName"], `${path3}.ServiceName`),
    ServiceNamespace: r.string(entry["ServiceNamespace"], `${path3}.ServiceNamespace`)
  };
  set(service, "LastAuthenticated", r.date(entry["LastAuthenticated"], `${path3}.LastAuthenticated`));
  set(
    service,
    "LastAuthenticatedEntity",
    r.optString(entry["LastAuthenticatedEntity"], `${path3}.LastAuthenticatedEntity`)
  );
  set(
    service,
    "LastAuthenticatedRegion",
    r.optString(entry["LastAuthenticatedRegion"], `${path3}.LastAuthenticatedRegion`)
  );
  if (entry["TotalAuthenticatedEntities"] !== void 0) {
    const total = entry["TotalAuthenticatedEntities"];
    if (typeof total !== "number") r.fail(`${path3}.TotalAuthenticatedEntities`, "must be a number");
    service.TotalAuthenticatedEntities = total;
  }
  if (entry["TrackedActionsLastAccessed"] !== void 0) {
    service.TrackedActionsLastAccessed = r.array(entry["TrackedActionsLastAccessed"], `${path3}.TrackedActionsLastAccessed`).map((a, i) => {
      const ap = `${path3}.TrackedActionsLastAccessed[${i}]`;
      const action = r.object(a, ap);
      const tracked = {};
      set(tracked, "ActionName", r.optString(action["ActionName"], `${ap}.ActionName`));
      set(
        tracked,
        "LastAccessedEntity",
        r.optString(action["LastAccessedEntity"], `${ap}.LastAccessedEntity`)
      );
      set(tracked, "LastAccessedTime", r.date(action["LastAccessedTime"], `${ap}.LastAccessedTime`));
      set(
        tracked,
        "LastAccessedRegion",
        r.optString(action["LastAccessedRegion"], `${ap}.LastAccessedRegion`)
      );
      return tracked;
    });
  }
  return service;
}
function readEntityDetails(r, value, path3) {
  const entry = r.object(value, path3);
  const info = r.object(entry["EntityInfo"], `${path3}.EntityInfo`);
  const details = {
    EntityInfo: {
      Arn: r.string(info["Arn"], `${path3}.EntityInfo.Arn`),
      Name: r.string(info["Name"], `${path3}.EntityInfo.Name`),
      Type: r.string(info["Type"], `${path3}.EntityInfo.Type`),
      Id: r.string(info["Id"], `${path3}.EntityInfo.Id`)
    }
  };
  set(details.EntityInfo, "Path", r.optString(info["Path"], `${path3}.EntityInfo.Path`));
  set(details, "LastAuthenticated", r.date(entry["LastAuthenticated"], `${path3}.LastAuthenticated`));
  return details;
}

// src/version.ts
var VERSION = "0.1.0";

// src/cdk-nag/compat.ts
var cdk = __toESM(require("aws-cdk-lib"), 1);
var nag = __toESM(require("cdk-nag"), 1);
function jsiiVersion(value) {
  const rtti = value?.[/* @__PURE__ */ Symbol.for("jsii.rtti")];
  return typeof rtti?.version === "string" ? rtti.version : null;
}
var INSTEAD = "or run `npx iam-usage-guard check cdk.out` instead";
function incompatibility({ nagPack, app, validations }) {
  const nagVersion = jsiiVersion(nagPack) ?? "of unknown version";
  const major = Number(/^(\d+)\./.exec(jsiiVersion(nagPack) ?? "")?.[1] ?? Number.NaN);
  const prototype = nagPack?.prototype;
  const isPlugin = typeof prototype?.["validateScope"] === "function" && typeof prototype?.["applyRule"] === "function";
  if (!isPlugin || major < 3) {
    return `IamUsageGuard is a cdk-nag 3 policy-validation plugin; found cdk-nag ${nagVersion} \u2014 upgrade (npm install --save-dev cdk-nag@3), ${INSTEAD}.`;
  }
  const of = validations?.of;
  if (typeof of !== "function") {
    return `IamUsageGuard needs aws-cdk-lib with policy-validation plugins (Validations, 2.257.0 or later, as cdk-nag 3 does); found aws-cdk-lib ${jsiiVersion(app) ?? "of unknown version"} \u2014 upgrade it, ${INSTEAD}.`;
  }
  return null;
}
function assertCompatible(runtime = { nagPack: nag.NagPack, app: cdk.App, validations: cdk.Validations }) {
  const problem = incompatibility(runtime);
  if (problem === null) return;
  const error = new Error(problem);
  error.stack = `Error: ${problem}`;
  throw error;
}

// src/usage/resolve.ts
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
    const path3 = (target.constructPath ?? "").replace(/^\/+/, "");
    const keys = path3 ? [path3, path3.replace(/\/(Resource|Default)$/, ""), target.logicalId] : [target.logicalId];
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
  const parts2 = parseIamArn(arn);
  if (!parts2) {
    return {
      status: "unresolved",
      arn,
      reason: `${arn} is not an IAM role, user, group or policy ARN`,
      warnings
    };
  }
  if (parts2.account !== "aws") {
    const account = yield* ask({ ask: "account" });
    if (account && account !== parts2.account) {
      return {
        status: "unresolved",
        arn,
        reason: `${arn} is in account ${parts2.account}, but the credentials are for account ${account}: collect a snapshot there (iam-usage-guard snapshot with that account's credentials) and pass it with --snapshot`,
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
var SnapshotSource = class {
  constructor(snapshot, mappingHint = "entities") {
    this.mappingHint = mappingHint;
    for (const report of snapshot.reports) {
      this.byArn.set(report.Arn, report);
      const parts2 = parseIamArn(report.Arn);
      if (!parts2) continue;
      if (parts2.account !== "aws") this.accounts.add(parts2.account);
      const key = `${parts2.kind}/${parts2.name}`.toLowerCase();
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

// src/cdk-nag/resolve.ts
var REPORT_TYPES = /* @__PURE__ */ new Set([
  "AWS::IAM::Role",
  "AWS::IAM::User",
  "AWS::IAM::Group",
  "AWS::IAM::ManagedPolicy"
]);
var BY = {
  map: "map",
  config: "map",
  terraform: "map",
  name: "name",
  stack: "stack-resources"
};
var SnapshotIndex = class {
  source;
  constructor(snapshot) {
    this.source = new SnapshotSource(snapshot, "arns");
  }
  /**
   * The report for one resource. `explicit` maps a construct path (with or without the trailing `/Resource`) or a
   * logical id to an ARN; it wins over everything else.
   */
  resolve(identity, explicit = {}) {
    if (!REPORT_TYPES.has(identity.type)) {
      return { status: "unresolved", reason: `${identity.type} has no last-accessed report of its own` };
    }
    const resolution = resolveSync(
      {
        key: identity.constructPath,
        file: "",
        logicalId: identity.logicalId,
        kind: identity.kind,
        name: identity.physicalName,
        iamPath: null,
        arn: null,
        stackName: identity.stackName,
        constructPath: identity.constructPath,
        account: identity.account
      },
      { explicitArns: explicit },
      this.source
    );
    switch (resolution.status) {
      case "resolved":
        return {
          status: "found",
          arn: resolution.arn,
          report: this.source.report(resolution.arn),
          by: BY[resolution.by]
        };
      case "not-deployed":
        return { status: "new", reason: resolution.reason };
      default:
        return { status: "unresolved", reason: resolution.reason };
    }
  }
};

// src/cdk-nag/pack.ts
assertCompatible();
var PACK_NAME = "IamUsageGuard";
var PACK_RULES = ["unused-service", "unused-entity", "new-service"];
var ACK_WITHOUT_REASON = `${PACK_NAME}-acknowledgement-without-reason`;
var IAM_TYPES = /* @__PURE__ */ new Set([
  "AWS::IAM::Role",
  "AWS::IAM::Policy",
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::User",
  "AWS::IAM::Group"
]);
var TEMPLATE_TYPES = /* @__PURE__ */ new Set([
  ...IAM_TYPES,
  "AWS::IAM::RolePolicy",
  "AWS::IAM::UserPolicy",
  "AWS::IAM::GroupPolicy",
  "AWS::IAM::UserToGroupAddition"
]);
var LEVELS = {
  error: import_cdk_nag.NagMessageLevel.ERROR,
  warning: import_cdk_nag.NagMessageLevel.WARN,
  notice: import_cdk_nag.NagMessageLevel.INFO
};
var REPORT_SEVERITY = {
  error: "error",
  warning: "warning",
  notice: "info"
};
var NO_SNAPSHOT = `${PACK_NAME}-no-snapshot`;
var IamUsageGuard = class extends import_cdk_nag.NagPack {
  name = PACK_NAME;
  version = VERSION;
  ruleIds = PACK_RULES.map((id) => `${PACK_NAME}-${id}`);
  /** Null while the snapshot file does not exist yet. */
  index;
  snapshotProblem;
  explicitArns;
  unusedDays;
  severities;
  clock;
  stacks = /* @__PURE__ */ new Map();
  /** Stack construct path → the template CDK synthesized, while `validate` runs. */
  templatePaths = /* @__PURE__ */ new Map();
  recorded = /* @__PURE__ */ new Map();
  forced = [];
  /** Why an IAM resource had no report (unresolved, or not deployed yet): construct path → reason. For debugging. */
  unresolved = /* @__PURE__ */ new Map();
  constructor(scope, props) {
    super(scope, props);
    this.packName = PACK_NAME;
    const onMissing = props.onMissingSnapshot ?? "warn";
    if (onMissing !== "warn" && onMissing !== "fail") {
      throw new Error(`${PACK_NAME}: onMissingSnapshot must be warn or fail, not '${onMissing}'`);
    }
    const snapshot = loadSnapshot(props.snapshot);
    this.index = snapshot ? new SnapshotIndex(snapshot) : null;
    this.snapshotProblem = snapshot === null && typeof props.snapshot === "string" ? { path: props.snapshot, fail: onMissing === "fail" } : null;
    this.explicitArns = props.arns ?? {};
    this.unusedDays = props.unusedDays ?? 90;
    if (!Number.isInteger(this.unusedDays) || this.unusedDays < 1) {
      throw new Error(`${PACK_NAME}: unusedDays must be a whole number of days \u2265 1, not ${props.unusedDays}`);
    }
    this.severities = severityConfig(props.rules ?? {});
    const now = props.now;
    this.clock = now === void 0 ? () => /* @__PURE__ */ new Date() : typeof now === "function" ? now : () => now;
  }
  validate(context) {
    this.templatePaths = new Map(
      (context.stackTemplates ?? []).map((s) => [s.stackConstructPath, s.templatePath])
    );
    try {
      return super.validate(context);
    } finally {
      this.templatePaths = /* @__PURE__ */ new Map();
    }
  }
  validateScope(scope) {
    if (this.snapshotProblem) return this.noSnapshotReport(scope, this.snapshotProblem);
    this.recorded = /* @__PURE__ */ new Map();
    this.forced = [];
    this.unresolved.clear();
    this.stacks.clear();
    const report = super.validateScope(scope);
    const violations = [...splitByMessage(report.violations, this.recorded)];
    for (const forced of [...this.forced, ...acknowledgementsWithoutReason(scope)]) {
      violations.push({
        ruleName: forced.ruleName,
        description: forced.description,
        severity: REPORT_SEVERITY[forced.severity],
        violatingResources: [{ constructPath: forced.constructPath, locations: ["Properties"] }]
      });
    }
    return { success: violations.every((violation) => violation.severity !== "error"), violations };
  }
  checkResource(node) {
    if (!IAM_TYPES.has(node.cfnResourceType)) return;
    const stack = import_aws_cdk_lib.Stack.of(node);
    const constructPath = node.node.path;
    let findings;
    try {
      const entities = this.entitiesOf(stack);
      const logicalId = entities.logicalIds.get(constructPath) ?? stack.resolve(node.logicalId);
      const entity = entities.byLogicalId.get(logicalId);
      if (!entity) return;
      findings = this.evaluate(entity, this.identityOf(node, stack, logicalId, entity));
    } catch (error) {
      this.applyRule({
        ruleSuffixOverride: "evaluation",
        info: `${PACK_NAME} could not evaluate ${constructPath}: ${errorMessage(error)}`,
        explanation: "The resource could not be read as an IAM entity; please report this.",
        level: import_cdk_nag.NagMessageLevel.WARN,
        node,
        rule: () => import_cdk_nag.NagRuleCompliance.NON_COMPLIANT
      });
      return;
    }
    for (const finding of findings) {
      const suffix = finding.service ? `${finding.rule}[${finding.service}]` : finding.rule;
      const ruleName = `${PACK_NAME}-${suffix}`;
      const acknowledgement = acknowledgementOf(node, ruleName);
      if (acknowledgement && !hasReason2(acknowledgement.reason)) {
        this.forced.push({
          ruleName,
          description: finding.message,
          severity: finding.severity,
          constructPath
        });
        continue;
      }
      this.recorded.set(`${ruleName}\0${constructPath}`, {
        message: finding.message,
        suggestion: finding.suggestion,
        severity: finding.severity
      });
      const rule = ruleById(finding.rule);
      this.applyRule({
        ruleSuffixOverride: suffix,
        info: finding.message,
        explanation: `${rule.description}${finding.suggestion ? ` ${finding.suggestion}` : ""}`,
        level: LEVELS[finding.severity],
        node,
        rule: () => import_cdk_nag.NagRuleCompliance.NON_COMPLIANT
      });
    }
  }
  /**
   * The first synth of an app that already has the pack: no snapshot can exist yet (it is written from the synthesized
   * cdk.out). One violation says how to write it; nothing else is judged.
   */
  noSnapshotReport(scope, problem) {
    const outdir = [...this.templatePaths.values()][0];
    const assembly = outdir ? import_node_path.default.relative(process.cwd(), import_node_path.default.dirname(outdir)) || "." : "cdk.out";
    const description = `No snapshot at ${problem.path} yet, so ${PACK_NAME} checked nothing: write it after this synth with \`npx iam-usage-guard snapshot ${assembly} --out ${problem.path}\` (credentials for the deployed account needed).`;
    return {
      success: !problem.fail,
      violations: [
        {
          ruleName: NO_SNAPSHOT,
          description,
          severity: problem.fail ? "error" : "warning",
          violatingResources: [{ constructPath: scope.node.path || scope.node.id, locations: [] }]
        }
      ]
    };
  }
  evaluate(entity, identity) {
    const resolution = this.index.resolve(identity, this.explicitArns);
    if (resolution.status !== "found") this.unresolved.set(identity.constructPath, resolution.reason);
    const isNew = resolution.status === "new";
    const result = evaluateEntity(
      {
        granted: { entity, grants: grantsOf(entity), base: null },
        usage: usageOf(entity, resolution),
        touched: true
      },
      {
        rules: this.severities,
        settings: { unusedDays: this.unusedDays, accessKeyMaxIdleDays: 90 },
        ignore: { entities: [], services: [], actions: [] },
        onMissingData: "warn",
        // A resource not deployed yet is what a PR adding it would be: every service it grants is new.
        hasBase: isNew,
        usageUnavailable: null,
        now: this.clock()
      }
    );
    return result.findings;
  }
  identityOf(node, stack, logicalId, entity) {
    return {
      constructPath: node.node.path,
      logicalId,
      stackName: stack.stackName,
      account: import_aws_cdk_lib.Token.isUnresolved(stack.account) ? null : stack.account,
      kind: entity.kind,
      type: node.cfnResourceType,
      physicalName: entity.name
    };
  }
  /**
   * Parses the IAM resources of one stack as one template, once, with the same reader as the CLI. During `cdk synth`
   * the template CDK just wrote is read back (already resolved); on direct `validateScope` calls, and for nested
   * stacks, which have no template of their own in the context, each resource is rendered and resolved here.
   */
  entitiesOf(stack) {
    const cached = this.stacks.get(stack);
    if (cached) return cached;
    const synthesized = this.templatePaths.get(stack.node.path);
    const { resources, constructPaths } = synthesized ? iamResourcesOfTemplate(synthesized) : iamResourcesOfConstructs(stack);
    const diagnostics = [];
    const parsed = entitiesFromTemplate(
      { Resources: resources },
      {
        file: stack.templateFile,
        lines: fixedLines(1),
        pathPrefix: "",
        diagnostics,
        format: "cdk",
        stackName: stack.stackName,
        idPrefix: "",
        constructPaths
      }
    );
    const entities = {
      byLogicalId: new Map(parsed.map((entity) => [entity.id, entity])),
      logicalIds: new Map([...constructPaths].map(([logicalId, path3]) => [path3, logicalId])),
      diagnostics: diagnostics.map((d) => d.message)
    };
    this.stacks.set(stack, entities);
    return entities;
  }
};
function iamResourcesOfTemplate(templatePath) {
  const template = JSON.parse((0, import_node_fs.readFileSync)(templatePath, "utf8"));
  const resources = {};
  const constructPaths = /* @__PURE__ */ new Map();
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    const { Type, Metadata } = resource ?? {};
    if (typeof Type !== "string" || !TEMPLATE_TYPES.has(Type)) continue;
    resources[logicalId] = resource;
    const path3 = Metadata?.["aws:cdk:path"];
    if (typeof path3 === "string") constructPaths.set(logicalId, path3);
  }
  return { resources, constructPaths };
}
function iamResourcesOfConstructs(stack) {
  const resources = {};
  const constructPaths = /* @__PURE__ */ new Map();
  for (const child of stack.node.findAll()) {
    if (!import_aws_cdk_lib.CfnResource.isCfnResource(child) || !TEMPLATE_TYPES.has(child.cfnResourceType)) continue;
    if (import_aws_cdk_lib.Stack.of(child) !== stack) continue;
    const fragment = stack.resolve(child._toCloudFormation());
    for (const [logicalId, resource] of Object.entries(fragment.Resources ?? {})) {
      resources[logicalId] = resource;
      constructPaths.set(logicalId, child.node.path);
    }
  }
  return { resources, constructPaths };
}
function loadSnapshot(snapshot) {
  let text;
  let name;
  if (typeof snapshot === "string") {
    name = snapshot;
    try {
      text = (0, import_node_fs.readFileSync)(snapshot, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return null;
      throw new Error(
        `${PACK_NAME}: cannot read the snapshot ${snapshot} (${error.code ?? errorMessage(error)})`
      );
    }
  } else {
    name = "(snapshot object)";
    text = JSON.stringify(snapshot);
  }
  try {
    return readSnapshot(text, name);
  } catch (error) {
    throw new Error(`${PACK_NAME}: ${error instanceof Error ? error.message : errorMessage(error)}`);
  }
}
function severityConfig(rules) {
  const config = {};
  for (const id of RULE_IDS) config[id] = { severity: "off", options: {} };
  for (const id of PACK_RULES) config[id] = { severity: ruleById(id).defaultSeverity, options: {} };
  for (const [id, severity] of Object.entries(rules)) {
    if (!PACK_RULES.includes(id)) {
      throw new Error(
        `${PACK_NAME}: unknown rule '${id}' in rules (this pack runs ${PACK_RULES.join(", ")})`
      );
    }
    if (!["error", "warning", "notice", "off"].includes(severity)) {
      throw new Error(`${PACK_NAME}: rules.${id} must be error, warning, notice or off, not '${severity}'`);
    }
    config[id] = { severity, options: {} };
  }
  return config;
}
function usageOf(entity, resolution) {
  if (resolution.status !== "found") return null;
  return {
    entityKey: entityKey(entity),
    arn: resolution.arn,
    createDate: resolution.report.CreateDate ?? null,
    report: resolution.report,
    accessKeys: [],
    servicesWithEntities: {},
    reason: null
  };
}
function bareId(key) {
  return key.replace(/^annotation::/i, "").replace(new RegExp(`^${PACK_NAME}::`), "");
}
function acknowledgementsAt(construct) {
  const found = [];
  for (const entry of construct.node.metadata) {
    if (entry.type !== import_aws_cdk_lib.Validations.ACKNOWLEDGED_RULES_METADATA_KEY || !entry.data) continue;
    for (const [key, reason] of Object.entries(entry.data)) {
      found.push({ id: bareId(key), reason, at: construct.node.path });
    }
  }
  return found;
}
function acknowledgementOf(node, ruleName) {
  let first = null;
  for (let current = node; current; current = current.node.scope) {
    for (const acknowledgement of acknowledgementsAt(current)) {
      if (acknowledgement.id !== ruleName) continue;
      if (hasReason2(acknowledgement.reason)) return acknowledgement;
      first ??= acknowledgement;
    }
  }
  return first;
}
function hasReason2(reason) {
  return typeof reason === "string" && reason.trim() !== "";
}
function acknowledgementsWithoutReason(scope) {
  const violations = [];
  for (const construct of scope.node.findAll()) {
    for (const acknowledgement of acknowledgementsAt(construct)) {
      if (!acknowledgement.id.startsWith(`${PACK_NAME}-`) || hasReason2(acknowledgement.reason)) continue;
      violations.push({
        ruleName: ACK_WITHOUT_REASON,
        description: `The acknowledgement of ${acknowledgement.id} on ${acknowledgement.at} has no reason, so it is not applied. Add a reason that says why the grant is needed.`,
        severity: "error",
        constructPath: acknowledgement.at
      });
    }
  }
  return violations;
}
function* splitByMessage(violations, recorded) {
  for (const violation of violations) {
    const groups = /* @__PURE__ */ new Map();
    for (const resource of violation.violatingResources) {
      const own = recorded.get(`${violation.ruleName}\0${resource.constructPath ?? ""}`);
      const description = own?.message ?? violation.description;
      const group = groups.get(description) ?? {
        fix: own?.suggestion ?? null,
        severity: own ? REPORT_SEVERITY[own.severity] : violation.severity,
        resources: []
      };
      group.resources.push(resource);
      groups.set(description, group);
    }
    for (const [description, group] of groups) {
      yield {
        ...violation,
        description,
        ...group.severity ? { severity: group.severity } : {},
        violatingResources: group.resources,
        ...group.fix ? { fix: group.fix } : {}
      };
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ACK_WITHOUT_REASON,
  IamUsageGuard,
  NO_SNAPSHOT,
  PACK_NAME,
  PACK_RULES
});
//# sourceMappingURL=cdk-nag.cjs.map
