import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);

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
function wordAt(set, k) {
  const j = k - set.offset;
  return j >= 0 && j < set.words.length ? set.words[j] : 0;
}
function hasIndex(set, i) {
  return (wordAt(set, i >>> 5) & 1 << (i & 31)) !== 0;
}
function hasAction(set, name) {
  const i = indexOfAction(set.space, name);
  return i !== void 0 && hasIndex(set, i);
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
function union(a, b) {
  if (a.space !== b.space) {
    const { set, unknown } = actionSetOfNames(a.space, actionNames(b));
    if (unknown.length > 0) throw new Error(`union of action sets from different catalogs: ${unknown[0]}`);
    return combine(a, set, (x, y) => x | y, "both");
  }
  return combine(a, b, (x, y) => x | y, "both");
}
function intersection(a, b) {
  return combine(a, b, (x, y) => x & y, "overlap");
}
function difference(a, b) {
  if (a.size === 0 || b.size === 0) return a;
  return combine(a, b, (x, y) => x & ~y, "a");
}
var patternSets = /* @__PURE__ */ new WeakMap();
function patternActions(space, pattern) {
  const matched = space.expandIndexes(pattern);
  if (matched === null) return null;
  let set = patternSets.get(matched);
  if (!set) {
    set = actionSetOfIndexes(space, matched);
    patternSets.set(matched, set);
  }
  return set;
}
function intersects(a, b0) {
  const b = inSpaceOf(a, b0);
  const from = Math.max(a.offset, b.offset);
  const to = Math.min(a.offset + a.words.length, b.offset + b.words.length);
  for (let k = from; k < to; k++) if ((wordAt(a, k) & wordAt(b, k)) !== 0) return true;
  return false;
}
function sameActions(a, b0) {
  const b = inSpaceOf(a, b0);
  if (a.size !== b.size || a.offset !== b.offset || a.words.length !== b.words.length) return false;
  for (let k = 0; k < a.words.length; k++) if (a.words[k] !== b.words[k]) return false;
  return true;
}
function actionsInRange(set, start, end) {
  if (end <= start) return emptyActionSet(set.space);
  const from = start >>> 5;
  const to = (end - 1 >>> 5) + 1;
  const out = new Uint32Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = wordAt(set, k);
  out[0] &= ~0 << (start & 31);
  const tail = end & 31;
  if (tail !== 0) out[to - from - 1] &= (1 << tail) - 1;
  return actionSetFromWords(set.space, out, from);
}
function serviceRange(space, service) {
  const id = space.serviceId(service);
  return id === void 0 ? null : [space.serviceStart[id], space.serviceEnd[id]];
}
function coveredInRange(set, covers, start, end) {
  if (end <= start) return true;
  const first = start >>> 5;
  const last = end - 1 >>> 5;
  for (let k = first; k <= last; k++) {
    let word = wordAt(set, k);
    if (k === first) word &= ~0 << (start & 31);
    if (k === last && (end & 31) !== 0) word &= (1 << (end & 31)) - 1;
    if (word === 0) continue;
    let covered = 0;
    for (const cover of covers) covered |= wordAt(inSpaceOf(set, cover), k);
    if ((word & ~covered) !== 0) return false;
  }
  return true;
}
function actionsOfService(set, service) {
  const id = set.space.serviceId(service);
  if (id === void 0) return emptyActionSet(set.space);
  return actionsInRange(set, set.space.serviceStart[id], set.space.serviceEnd[id]);
}
function countInRange(set, start, end) {
  let n = 0;
  for (let k = start >>> 5; k <= end - 1 >>> 5 && end > start; k++) {
    let word = wordAt(set, k);
    if (word === 0) continue;
    if (k === start >>> 5) word &= ~0 << (start & 31);
    if (k === end - 1 >>> 5 && (end & 31) !== 0) word &= (1 << (end & 31)) - 1;
    n += popcount(word);
  }
  return n;
}
function countOfService(set, service) {
  const id = set.space.serviceId(service);
  if (id === void 0) return 0;
  return countInRange(set, set.space.serviceStart[id], set.space.serviceEnd[id]);
}
function forEachIndex(set, fn, start = set.offset * 32, end = (set.offset + set.words.length) * 32) {
  const first = Math.max(start >>> 5, set.offset);
  const last = Math.min((end - 1 >>> 5) + 1, set.offset + set.words.length);
  for (let k = first; k < last; k++) {
    let word = set.words[k - set.offset];
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      word &= word - 1;
      const i = k * 32 + bit;
      if (i >= start && i < end) fn(i);
    }
  }
}
function actionNames(set, max = Number.POSITIVE_INFINITY) {
  const out = [];
  if (max <= 0) return out;
  const { names } = set.space;
  for (let k = 0; k < set.words.length; k++) {
    let word = set.words[k];
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      word &= word - 1;
      out.push(names[(set.offset + k) * 32 + bit]);
      if (out.length >= max) return out;
    }
  }
  return out;
}
function isActionSet(value) {
  return typeof value === "object" && value !== null && value.words instanceof Uint32Array && typeof value.size === "number" && value.space !== void 0;
}
function* actionNameBatches(set, batch = 256) {
  const { names } = set.space;
  let out = [];
  for (let k = 0; k < set.words.length; k++) {
    let word = set.words[k];
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      word &= word - 1;
      out.push(names[(set.offset + k) * 32 + bit]);
      if (out.length === batch) {
        yield out;
        out = [];
      }
    }
  }
  if (out.length > 0) yield out;
}
function servicesOf(set) {
  const { serviceNames, serviceStart, serviceEnd } = set.space;
  const out = [];
  for (let s = 0; s < serviceNames.length; s++) {
    if (serviceEnd[s] > serviceStart[s] && countInRange(set, serviceStart[s], serviceEnd[s]) > 0) {
      out.push(serviceNames[s]);
    }
  }
  return out;
}
function countsByService(set) {
  const { serviceNames, serviceStart, serviceEnd } = set.space;
  const out = [];
  for (let s = 0; s < serviceNames.length; s++) {
    const count = countInRange(set, serviceStart[s], serviceEnd[s]);
    if (count > 0) out.push({ service: serviceNames[s], count, total: serviceEnd[s] - serviceStart[s] });
  }
  return out;
}
function describeActions(set, max = 12) {
  if (set.size <= max) return actionNames(set).join(", ");
  const counts = countsByService(set);
  const shown = counts.slice(0, max).map(
    ({ service, count, total }) => count === total ? `${service}:*` : `${service} (${count} of ${total} actions)`
  );
  const more = counts.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? ` \u2026 and ${more} more service${more === 1 ? "" : "s"}` : ""}`;
}

export {
  denseBits,
  actionSetFromBits,
  actionSetFromWords,
  emptyActionSet,
  actionSetOfIndexes,
  actionSetOfNames,
  indexOfAction,
  hasAction,
  union,
  intersection,
  difference,
  patternActions,
  intersects,
  sameActions,
  actionsInRange,
  serviceRange,
  coveredInRange,
  actionsOfService,
  countInRange,
  countOfService,
  forEachIndex,
  actionNames,
  isActionSet,
  actionNameBatches,
  servicesOf,
  countsByService,
  describeActions
};
//# sourceMappingURL=chunk-3AEIT2PU.js.map
