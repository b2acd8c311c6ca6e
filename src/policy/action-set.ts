// Granted actions as bits over the catalog's action index: a grant of `*` (22,000+ actions) is 2.8 KB and is
// diffed, compared and counted per service in a few hundred word operations, like a narrow one.
import type { ActionSpace } from './catalog-index.js';

/**
 * A set of catalog actions. Plain data: `size`, and the bits from word `offset` on (no zero word at either end,
 * so equal sets have equal fields). Its `space` (the catalog numbering) is not enumerable, so spreads, equality
 * and JSON see only the set; `JSON.stringify` writes the action names, sorted.
 */
export interface ActionSet {
  readonly size: number;
  /** Bit b of `words[k]` stands for action index `(offset + k) * 32 + b`. */
  readonly offset: number;
  readonly words: Uint32Array;
  readonly space: ActionSpace;
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const EMPTY_WORDS = new Uint32Array(0);

/** The one constructor: trims zero words at both ends of `dense[from, to)` and copies what is left. */
function pack(space: ActionSpace, dense: Uint32Array, from = 0, to = dense.length): ActionSet {
  let first = from;
  while (first < to && dense[first] === 0) first++;
  let last = to;
  while (last > first && dense[last - 1] === 0) last--;
  // The empty set is one value, offset 0, however it was reached.
  if (first === last) return made(space, 0, 0, EMPTY_WORDS);
  let size = 0;
  for (let k = first; k < last; k++) size += popcount(dense[k]!);
  return made(space, size, first, dense.slice(first, last));
}

/**
 * The one class of sets. `space` is read through the prototype (so spreads, equality and JSON see only `size`,
 * `offset` and `words`), and `JSON.stringify` writes the action names: no per-set property definitions, which a
 * grant of `*` would pay hundreds of times over.
 */
class Bits implements ActionSet {
  readonly #space: ActionSpace;
  constructor(
    space: ActionSpace,
    readonly size: number,
    readonly offset: number,
    readonly words: Uint32Array,
  ) {
    this.#space = space;
    Object.freeze(this);
  }

  get space(): ActionSpace {
    return this.#space;
  }

  toJSON(): string[] {
    return actionNames(this);
  }
}

/** The set as it leaves: frozen, its numbering and its JSON form on the prototype. */
function made(space: ActionSpace, size: number, offset: number, words: Uint32Array): ActionSet {
  return new Bits(space, size, offset, words);
}

/** A scratch bit array over every action of the space, all zero. */
export function denseBits(space: ActionSpace): Uint32Array {
  return new Uint32Array(space.wordCount);
}

/** The set of the bits in `dense` (a full-width scratch array, see `denseBits`); `dense` may be reused afterwards. */
export function actionSetFromBits(space: ActionSpace, dense: Uint32Array): ActionSet {
  return pack(space, dense);
}

/** The set of `words`, whose first word is word `offset` of the space (a slice, not a full-width array). */
export function actionSetFromWords(space: ActionSpace, words: Uint32Array, offset: number): ActionSet {
  const packed = pack(space, words);
  return offset === 0 || packed.size === 0
    ? packed
    : made(space, packed.size, packed.offset + offset, packed.words);
}

export function emptyActionSet(space: ActionSpace): ActionSet {
  return pack(space, new Uint32Array(0));
}

/** The set of these action indexes (any order, repeats allowed). */
export function actionSetOfIndexes(space: ActionSpace, indexes: ArrayLike<number>): ActionSet {
  if (indexes.length === 0) return emptyActionSet(space);
  let low = Number.POSITIVE_INFINITY;
  let high = -1;
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    if (i < low) low = i;
    if (i > high) high = i;
  }
  const from = low >>> 5;
  const words = new Uint32Array((high >>> 5) - from + 1);
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    words[(i >>> 5) - from]! |= 1 << (i & 31);
  }
  return actionSetFromWords(space, words, from);
}

/**
 * The set of these action names in the space (exact catalog names, any case); names the catalog does not know are
 * returned apart.
 */
export function actionSetOfNames(
  space: ActionSpace,
  names: Iterable<string>,
): { set: ActionSet; unknown: string[] } {
  const indexes: number[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const i = indexOfAction(space, name);
    if (i === undefined) unknown.push(name);
    else indexes.push(i);
  }
  return { set: actionSetOfIndexes(space, indexes), unknown };
}

/** The index of an exact action name (any case), or undefined; names with wildcards are no action. */
export function indexOfAction(space: ActionSpace, name: string): number | undefined {
  if (name.includes('*') || name.includes('?')) return undefined;
  const found = space.expandIndexes(name);
  return found && found.length === 1 ? found[0] : undefined;
}

function wordAt(set: ActionSet, k: number): number {
  const j = k - set.offset;
  return j >= 0 && j < set.words.length ? set.words[j]! : 0;
}

export function hasIndex(set: ActionSet, i: number): boolean {
  return (wordAt(set, i >>> 5) & (1 << (i & 31))) !== 0;
}

/** Whether the set holds this catalog action (exact name, any case). */
export function hasAction(set: ActionSet, name: string): boolean {
  const i = indexOfAction(set.space, name);
  return i !== undefined && hasIndex(set, i);
}

/** `b` over the numbering of `a` (the same object when both come from one catalog, as they do within a run). */
function inSpaceOf(a: ActionSet, b: ActionSet): ActionSet {
  if (a.space === b.space) return b;
  return actionSetOfNames(a.space, actionNames(b)).set;
}

/** `op` word by word over the words the result can hold: both spans (union), `a`'s (difference), the overlap. */
function combine(
  a: ActionSet,
  b0: ActionSet,
  op: (x: number, y: number) => number,
  span: 'both' | 'a' | 'overlap',
): ActionSet {
  const b = inSpaceOf(a, b0);
  const aEnd = a.offset + a.words.length;
  const bEnd = b.offset + b.words.length;
  const from =
    span === 'both' ? Math.min(a.offset, b.offset) : span === 'a' ? a.offset : Math.max(a.offset, b.offset);
  const to = span === 'both' ? Math.max(aEnd, bEnd) : span === 'a' ? aEnd : Math.min(aEnd, bEnd);
  if (to <= from) return emptyActionSet(a.space);
  const out = new Uint32Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = op(wordAt(a, k), wordAt(b, k));
  return actionSetFromWords(a.space, out, from);
}

export function union(a: ActionSet, b: ActionSet): ActionSet {
  if (a.space !== b.space) {
    const { set, unknown } = actionSetOfNames(a.space, actionNames(b));
    if (unknown.length > 0) throw new Error(`union of action sets from different catalogs: ${unknown[0]}`);
    return combine(a, set, (x, y) => x | y, 'both');
  }
  return combine(a, b, (x, y) => x | y, 'both');
}

export function intersection(a: ActionSet, b: ActionSet): ActionSet {
  return combine(a, b, (x, y) => x & y, 'overlap');
}

/** What `a` holds and `b` does not. */
export function difference(a: ActionSet, b: ActionSet): ActionSet {
  if (a.size === 0 || b.size === 0) return a;
  return combine(a, b, (x, y) => x & ~y, 'a');
}

/** Whether every action of `a` is in `b`. */
export function isSubset(a: ActionSet, b0: ActionSet): boolean {
  const b = inSpaceOf(a, b0);
  for (let k = 0; k < a.words.length; k++) {
    const word = a.words[k]!;
    if ((word & ~wordAt(b, a.offset + k)) !== 0) return false;
  }
  return true;
}

/** A pattern's actions (any case, `*` and `?`) as a set, cached with the catalog's own cache; null: matches nothing. */
const patternSets = new WeakMap<Int32Array, ActionSet>();

export function patternActions(space: ActionSpace, pattern: string): ActionSet | null {
  const matched = space.expandIndexes(pattern);
  if (matched === null) return null;
  let set = patternSets.get(matched);
  if (!set) {
    set = actionSetOfIndexes(space, matched);
    patternSets.set(matched, set);
  }
  return set;
}

export function intersects(a: ActionSet, b0: ActionSet): boolean {
  const b = inSpaceOf(a, b0);
  const from = Math.max(a.offset, b.offset);
  const to = Math.min(a.offset + a.words.length, b.offset + b.words.length);
  for (let k = from; k < to; k++) if ((wordAt(a, k) & wordAt(b, k)) !== 0) return true;
  return false;
}

export function sameActions(a: ActionSet, b0: ActionSet): boolean {
  const b = inSpaceOf(a, b0);
  if (a.size !== b.size || a.offset !== b.offset || a.words.length !== b.words.length) return false;
  for (let k = 0; k < a.words.length; k++) if (a.words[k] !== b.words[k]) return false;
  return true;
}

/** The actions of the set whose index is in [start, end). */
export function actionsInRange(set: ActionSet, start: number, end: number): ActionSet {
  if (end <= start) return emptyActionSet(set.space);
  const from = start >>> 5;
  const to = ((end - 1) >>> 5) + 1;
  const out = new Uint32Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = wordAt(set, k);
  // Mask off the bits of neighbouring services in the first and last word.
  out[0]! &= ~0 << (start & 31);
  const tail = end & 31;
  if (tail !== 0) out[to - from - 1]! &= (1 << tail) - 1;
  return actionSetFromWords(set.space, out, from);
}

/** The range [start, end) of a service's action indexes, or null when the catalog has no such service. */
export function serviceRange(space: ActionSpace, service: string): [number, number] | null {
  const id = space.serviceId(service);
  return id === undefined ? null : [space.serviceStart[id]!, space.serviceEnd[id]!];
}

/**
 * Whether every action of `set` in [start, end) is in one of `covers`, word by word, building nothing: what a
 * suggestion asks of each service ("do the written patterns cover what is granted?").
 */
export function coveredInRange(
  set: ActionSet,
  covers: readonly ActionSet[],
  start: number,
  end: number,
): boolean {
  if (end <= start) return true;
  const first = start >>> 5;
  const last = (end - 1) >>> 5;
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

/** The set's actions of one service (empty when the catalog has no such service). */
export function actionsOfService(set: ActionSet, service: string): ActionSet {
  const id = set.space.serviceId(service);
  if (id === undefined) return emptyActionSet(set.space);
  return actionsInRange(set, set.space.serviceStart[id]!, set.space.serviceEnd[id]!);
}

/** How many of the set's actions are in [start, end), without building a set. */
export function countInRange(set: ActionSet, start: number, end: number): number {
  let n = 0;
  for (let k = start >>> 5; k <= (end - 1) >>> 5 && end > start; k++) {
    let word = wordAt(set, k);
    if (word === 0) continue;
    if (k === start >>> 5) word &= ~0 << (start & 31);
    if (k === (end - 1) >>> 5 && (end & 31) !== 0) word &= (1 << (end & 31)) - 1;
    n += popcount(word);
  }
  return n;
}

/** How many actions of one service the set holds. */
export function countOfService(set: ActionSet, service: string): number {
  const id = set.space.serviceId(service);
  if (id === undefined) return 0;
  return countInRange(set, set.space.serviceStart[id]!, set.space.serviceEnd[id]!);
}

/** Calls `fn` with each action index of the set in [start, end) (default: all), in ascending order. */
export function forEachIndex(
  set: ActionSet,
  fn: (index: number) => void,
  start = set.offset * 32,
  end = (set.offset + set.words.length) * 32,
): void {
  const first = Math.max(start >>> 5, set.offset);
  const last = Math.min(((end - 1) >>> 5) + 1, set.offset + set.words.length);
  for (let k = first; k < last; k++) {
    let word = set.words[k - set.offset]!;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      word &= word - 1;
      const i = k * 32 + bit;
      if (i >= start && i < end) fn(i);
    }
  }
}

/** Action names, in catalog order (sorted as strings); `max` stops early. */
export function actionNames(set: ActionSet, max = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  if (max <= 0) return out;
  const { names } = set.space;
  for (let k = 0; k < set.words.length; k++) {
    let word = set.words[k]!;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      word &= word - 1;
      out.push(names[(set.offset + k) * 32 + bit]!);
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** Whether a value is an action set (what JSON writers test before asking it for its names). */
export function isActionSet(value: unknown): value is ActionSet {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as ActionSet).words instanceof Uint32Array &&
    typeof (value as ActionSet).size === 'number' &&
    (value as ActionSet).space !== undefined
  );
}

/** The set's names in catalog order, `batch` at a time: a listing of `*` without one 22,000-item array. */
export function* actionNameBatches(set: ActionSet, batch = 256): Generator<string[]> {
  const { names } = set.space;
  let out: string[] = [];
  for (let k = 0; k < set.words.length; k++) {
    let word = set.words[k]!;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      word &= word - 1;
      out.push(names[(set.offset + k) * 32 + bit]!);
      if (out.length === batch) {
        yield out;
        out = [];
      }
    }
  }
  if (out.length > 0) yield out;
}

/** Service prefixes of the set's actions, in the space's service order (sorted). */
export function servicesOf(set: ActionSet): string[] {
  const { serviceNames, serviceStart, serviceEnd } = set.space;
  const out: string[] = [];
  for (let s = 0; s < serviceNames.length; s++) {
    if (serviceEnd[s]! > serviceStart[s]! && countInRange(set, serviceStart[s]!, serviceEnd[s]!) > 0) {
      out.push(serviceNames[s]!);
    }
  }
  return out;
}

export interface ServiceActionCount {
  service: string;
  /** Actions of the service in the set. */
  count: number;
  /** Actions of the service in the catalog: `count === total` means all of it. */
  total: number;
}

/** Per service with any action in the set: how many it holds of how many; what a listing shows instead of names. */
export function countsByService(set: ActionSet): ServiceActionCount[] {
  const { serviceNames, serviceStart, serviceEnd } = set.space;
  const out: ServiceActionCount[] = [];
  for (let s = 0; s < serviceNames.length; s++) {
    const count = countInRange(set, serviceStart[s]!, serviceEnd[s]!);
    if (count > 0) out.push({ service: serviceNames[s]!, count, total: serviceEnd[s]! - serviceStart[s]! });
  }
  return out;
}

/**
 * A short listing: every name when the set has at most `max`, else per service: `s3:*` when the set has all of
 * the service, `s3 (12 of 160 actions)` otherwise, the first `max` services, then "… and N more services".
 */
export function describeActions(set: ActionSet, max = 12): string {
  if (set.size <= max) return actionNames(set).join(', ');
  const counts = countsByService(set);
  const shown = counts
    .slice(0, max)
    .map(({ service, count, total }) =>
      count === total ? `${service}:*` : `${service} (${count} of ${total} actions)`,
    );
  const more = counts.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` … and ${more} more service${more === 1 ? '' : 's'}` : ''}`;
}
