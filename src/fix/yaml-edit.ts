// A statement's `Action` list edited through the YAML concrete syntax tree: the tokens of the one sequence or scalar
// are rebuilt from the file's own tokens (indentation, quoting, comments on kept items) and only that stretch of text
// changes.
import {
  CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type Scalar,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { parseYamlForEdit, shortForm } from '../iac/yaml-doc.js';
import type { PathSegment } from '../policy/located.js';
import { type EditOutcome, notExact, type StatementChange } from './model.js';

type Item = CST.BlockSequence['items'][number] | CST.CollectionItem;
type SeqToken = CST.BlockSequence | CST.FlowCollection;

const QUOTED_OR_PLAIN = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar']);

/**
 * `parsed`: the text's document as `parseYamlForEdit` reads it (null: it does not read as it stands), when the
 * caller has it already. Nothing here changes it: each token written is a copy.
 */
export function editYamlStatement(
  text: string,
  segments: PathSegment[],
  change: StatementChange,
  parsed?: Document.Parsed | null,
): EditOutcome {
  const doc = parsed === undefined ? parseYamlForEdit(text) : parsed;
  if (!doc) return notExact('the YAML reads only after relaxing its indentation');
  const found = walk(doc, segments);
  if (typeof found === 'string') return notExact(found);
  const { node: statement, chain } = found;
  if (!isMap(statement) || statement.tag) return notExact('the statement is not written as a mapping');
  const shared = sharedAnchor(doc, [...chain, statement]);
  if (shared) return notExact(`the statement is shared through the YAML anchor &${shared}`);
  const pair = lastPair(statement, 'Action');
  if (!pair) return notExact('the statement has no Action element in the file');
  const value = pair.value as Node | null;
  if (!value) return notExact('the Action element is empty');
  if (isAlias(value)) return notExact('the Action element is a YAML alias');
  if (value.anchor && sharedAnchor(doc, [value]))
    return notExact(`the Action list is shared through &${value.anchor}`);
  const problem = intrinsicIn(value);
  if (problem) return notExact(problem);
  const written = isScalar(value)
    ? [String(value.value)]
    : (value as YAMLSeq<Scalar>).items.map((s) => String(s.value));
  if (!sameList(written, change.written))
    return notExact('the Action list in the file differs from the one read');
  if (change.actions.length === 0) return removeItem(chain, segments, text);
  if (isScalar(value)) return editScalar(value, change.actions, text);
  return editSequence(value as YAMLSeq<Scalar>, change.actions, text);
}

interface Walked {
  node: Node;
  /** The nodes passed on the way, outermost first (the document's contents first). */
  chain: Node[];
}

/** The node at `segments`, as the reader walks it (short-form tags stand for their `Fn::` key); else why not. */
function walk(doc: Document.Parsed, segments: PathSegment[]): Walked | string {
  let node = doc.contents as Node | null;
  const chain: Node[] = [];
  for (const segment of segments) {
    if (!node) return 'the statement is not in the file';
    if (isAlias(node)) return 'the statement is reached through a YAML alias';
    if (shortForm(node) === segment) continue;
    chain.push(node);
    if (isMap(node)) {
      const pair = lastPair(node, String(segment));
      if (!pair) return 'the statement is not in the file';
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = (node.items[segment] as Node | undefined) ?? null;
    } else {
      return 'the statement is inside a string or an intrinsic function, not written in the file';
    }
  }
  if (!node) return 'the statement is not in the file';
  return { node, chain };
}

/** The last pair with this key, as the reader keeps the last of duplicate keys. */
function lastPair(map: YAMLMap, key: string): Pair | undefined {
  let found: Pair | undefined;
  for (const pair of map.items)
    if (isScalar(pair.key) && String(pair.key.value) === key) found = pair as Pair;
  return found;
}

/** An anchor on one of `nodes` that an alias elsewhere refers to: an edit there would change the alias too. */
function sharedAnchor(doc: Document.Parsed, nodes: Node[]): string | null {
  const anchors = new Set(nodes.map((n) => n.anchor).filter((a): a is string => Boolean(a)));
  if (anchors.size === 0) return null;
  let shared: string | null = null;
  visit(doc, {
    Alias(_, alias) {
      if (anchors.has(alias.source)) {
        shared = alias.source;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return shared;
}

/** Why an `Action` value is not a plain list of strings (an intrinsic, a tag, a nested list), or null. */
function intrinsicIn(value: Node): string | null {
  const tagged = (node: Node) => {
    const fn = shortForm(node);
    if (fn) return `the Action element is built with ${fn === 'Fn::Sub' ? '!Sub' : fn}`;
    if (node.tag) return `the Action element carries the tag ${node.tag}`;
    return null;
  };
  const own = tagged(value);
  if (own) return own;
  if (isMap(value)) {
    const key = value.items[0]?.key;
    return `the Action element is built with ${isScalar(key) ? String(key.value) : 'a mapping'}`;
  }
  if (isScalar(value)) return scalarProblem(value);
  if (!isSeq(value)) return 'the Action element is not a list of strings';
  for (const item of value.items as Node[]) {
    if (!item || isAlias(item)) return 'an action is a YAML alias';
    const problem = tagged(item);
    if (problem) return problem.replace('the Action element is', 'an action is');
    if (isMap(item)) {
      const key = item.items[0]?.key;
      return `an action is built with ${isScalar(key) ? String(key.value) : 'a mapping'}`;
    }
    if (!isScalar(item)) return 'an action is not a string';
    const scalar = scalarProblem(item);
    if (scalar) return scalar;
    if (item.anchor) return `an action carries the anchor &${item.anchor}`;
  }
  return null;
}

function scalarProblem(scalar: Scalar): string | null {
  const token = scalar.srcToken as CST.Token | undefined;
  if (!token || !QUOTED_OR_PLAIN.has(token.type)) return 'an action is written as a block scalar';
  if (typeof scalar.value !== 'string') return 'an action is not a string';
  return null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The token's text and where it sits; the stringified token must be the file's own text there. */
function region(token: CST.Token, text: string): { start: number; end: number } | null {
  const start = token.offset;
  const source = CST.stringify(token);
  return text.startsWith(source, start) ? { start, end: start + source.length } : null;
}

function scalarWith(
  template: CST.FlowScalar,
  value: string,
  inFlow: boolean,
  end: CST.SourceToken[],
): CST.FlowScalar {
  const token: CST.FlowScalar = { ...template, end: [] };
  CST.setScalarValue(token, value, { inFlow });
  token.end = end;
  return token;
}

/** A sequence's tokens, where they are in the file, and its items with a value (one per item of the sequence). */
function sequenceTokens(
  seq: YAMLSeq,
  text: string,
): { token: SeqToken; where: { start: number; end: number }; flow: boolean; valued: Item[] } | string {
  const token = seq.srcToken as SeqToken | undefined;
  if (!token || (token.type !== 'block-seq' && token.type !== 'flow-collection'))
    return 'the YAML tokens do not match the file';
  const where = region(token, text);
  if (!where) return 'the YAML tokens do not match the file';
  const valued: Item[] = token.items.filter((item) => item.value);
  if (valued.length !== seq.items.length) return 'the list holds entries that are not values';
  return { token, where, flow: token.type === 'flow-collection', valued };
}

/** `Action: s3:*` → one scalar in the same style, or a flow sequence in that style when several actions stay. */
function editScalar(value: Scalar, actions: readonly string[], text: string): EditOutcome {
  const token = value.srcToken as CST.FlowScalar;
  const where = region(token, text);
  if (!where) return notExact('the YAML tokens do not match the file');
  const end = token.end ?? [];
  if (actions.length === 1) {
    return { ok: true, edit: { ...where, text: CST.stringify(scalarWith(token, actions[0]!, false, end)) } };
  }
  const items = actions.map((a) => CST.stringify(scalarWith(token, a, true, [])));
  return { ok: true, edit: { ...where, text: `[${items.join(', ')}]${end.map((t) => t.source).join('')}` } };
}

/**
 * The new items in the written order: an item whose action stays is kept as it is (with its comments); an action
 * that is new (a pattern narrowed to its surviving actions) takes the place of the items that go, in their style.
 */
function editSequence(seq: YAMLSeq<Scalar>, actions: readonly string[], text: string): EditOutcome {
  const tokens = sequenceTokens(seq, text);
  if (typeof tokens === 'string') return notExact(tokens);
  const { token, where, flow, valued } = tokens;
  if (valued.some((item) => item.key || item.sep))
    return notExact('the Action list is not a plain list of strings');
  const values = seq.items.map((s) => String(s.value));

  type Out = { item: Item; original: number | null };
  const out: Out[] = [];
  let next = 0;
  let pending: string[] = [];
  const place = (upTo: number) => {
    // Items next..upTo-1 go; pending actions take their place in the style of the first of them.
    const template = valued[next] ?? valued[upTo] ?? valued[valued.length - 1]!;
    pending.forEach((action, k) => {
      out.push({ item: clone(template, action, flow, k === 0 && next < upTo, token), original: null });
    });
    pending = [];
    next = upTo;
  };
  for (const action of actions) {
    const at = values.indexOf(action, next);
    if (at === -1) {
      pending.push(action);
      continue;
    }
    place(at);
    out.push({ item: valued[at]!, original: at });
    next = at + 1;
  }
  place(values.length);

  const items = out.map(({ item, original }, k) => separated(item, original, k, flow, token));
  // Comment-only items (a trailing comment inside the list) stay at the end.
  for (const item of token.items) if (!item.value) items.push(item);
  const rebuilt = { ...token, items } as SeqToken;
  return { ok: true, edit: { ...where, text: CST.stringify(rebuilt) } };
}

/** A new item for `action` in the style of `template`; `inPlace` keeps the template's leading comments. */
function clone(template: Item, action: string, flow: boolean, inPlace: boolean, seq: SeqToken): Item {
  const value = template.value as CST.FlowScalar;
  const end: CST.SourceToken[] = flow ? [] : [newline(value.offset)];
  if (inPlace) {
    // The first replacement keeps the template's end too (its trailing comment was about this place).
    return { start: template.start, value: scalarWith(value, action, flow, flow ? [] : (value.end ?? end)) };
  }
  const start: CST.SourceToken[] = flow
    ? [comma(value.offset), space(value.offset, ' ')]
    : [
        space(value.offset, ' '.repeat(seq.indent)),
        indicator(value.offset),
        space(value.offset, afterDash(template)),
      ];
  return { start, value: scalarWith(value, action, flow, end) };
}

/** An item's leading tokens for position `k`: the first item starts right at the token, the others after a separator. */
function separated(item: Item, original: number | null, k: number, flow: boolean, seq: SeqToken): Item {
  const start = [...item.start];
  if (flow) {
    const commaAt = start.findIndex((t) => t.type === 'comma');
    if (k === 0 && commaAt !== -1) start.splice(commaAt, 1);
    if (k > 0 && commaAt === -1)
      start.unshift(
        comma(item.value!.offset),
        ...(start.length === 0 ? [space(item.value!.offset, ' ')] : []),
      );
  } else {
    const first = start[0];
    if (k === 0 && original !== 0 && first?.type === 'space') start.shift();
    if (k > 0 && first?.type === 'seq-item-ind')
      start.unshift(space(item.value!.offset, ' '.repeat(seq.indent)));
  }
  return { ...item, start };
}

function afterDash(item: Item): string {
  const dash = item.start.findIndex((t) => t.type === 'seq-item-ind');
  const after = item.start[dash + 1];
  return after?.type === 'space' ? after.source : ' ';
}

function space(offset: number, source: string): CST.SourceToken {
  return { type: 'space', offset, indent: 0, source };
}
function comma(offset: number): CST.SourceToken {
  return { type: 'comma', offset, indent: 0, source: ',' };
}
function newline(offset: number): CST.SourceToken {
  return { type: 'newline', offset, indent: 0, source: '\n' };
}
function indicator(offset: number): CST.SourceToken {
  return { type: 'seq-item-ind', offset, indent: 0, source: '-' };
}

/** Removes the statement from its `Statement` list; a policy left without statements is not this edit's to make. */
function removeItem(chain: Node[], segments: PathSegment[], text: string): EditOutcome {
  const index = segments[segments.length - 1];
  const list = chain[chain.length - 1];
  if (typeof index !== 'number' || !list || !isSeq(list))
    return notExact('the policy would grant nothing: remove the policy itself');
  if (list.items.length < 2)
    return notExact('the policy would have no statement left: remove the policy itself');
  const tokens = sequenceTokens(list, text);
  if (typeof tokens === 'string') return notExact(tokens);
  const { token, where, flow, valued } = tokens;
  const kept = valued.filter((_, i) => i !== index);
  const items = kept.map((item, k) => separated(item, valued.indexOf(item), k, flow, token));
  for (const item of token.items) if (!item.value) items.push(item);
  const rebuilt = { ...token, items } as SeqToken;
  return { ok: true, edit: { ...where, text: CST.stringify(rebuilt) } };
}
