/**
 * Writes a sidecar as YAML. Deterministic (fixed key order, annotations sorted by position, no
 * line folding) so git diffs stay small. A new file is written directly (yaml-emit.ts); when the
 * file already exists, it is updated in place through the yaml Document API, so the comments
 * and key order a person wrote survive.
 */
import { Document, isMap, isNode, isScalar, isSeq, parseDocument, Pair, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Sidecar } from './types';
import { emitYaml, type EmittedYaml } from './yaml-emit';
import {
  ANNOTATION_KEYS,
  ENTITY_KEYS,
  FLOW_KEYS,
  SOURCE_KEYS,
  TO_STRING_OPTIONS,
  TOP_KEYS,
  isPlainRecord,
  needsDoubleQuotes,
  newSidecarDocument,
  withYaml11Rules,
  type PlainRecord,
} from './yaml-style';

/** `previous`: the file as it is, as text or as the document parseSidecarWithDocument read (then updated in place); null when there is none. */
export function sidecarToYaml(sidecar: Sidecar, previous: string | Document | null = null): string {
  const existing = existingDocument(previous);
  return existing === undefined ? newSidecarYaml(sidecar).text : updatedDocumentText(existing, plainSidecar(sidecar));
}

/** A new sidecar's text, and whether reading it back gives the same sidecar (false when not known). */
export function newSidecarYaml(sidecar: Sidecar): EmittedYaml {
  const plain = plainSidecar(sidecar);
  return emitYaml(plain) ?? { text: updatedDocumentText(newSidecarDocument(), plain), readsBack: false };
}

/** A new sidecar written through the yaml Document API: the bytes yaml-emit.ts must give (its tests compare them). */
export function newSidecarYamlThroughDocument(sidecar: Sidecar): string {
  return updatedDocumentText(newSidecarDocument(), plainSidecar(sidecar));
}

function updatedDocumentText(doc: Document, plain: PlainRecord): string {
  updateMap(doc, doc.contents as YAMLMap, plain, TOP_KEYS);
  return doc.toString(TO_STRING_OPTIONS);
}

/** The sidecar as plain data, every record's keys in their canonical order. */
function plainSidecar(sidecar: Sidecar): PlainRecord {
  return {
    schema: sidecar.schema,
    source: ordered(sidecar.source as unknown as PlainRecord, SOURCE_KEYS),
    entities: sidecar.entities.map((entity) => ordered(entity as unknown as PlainRecord, ENTITY_KEYS)),
    annotations: sidecar.annotations.map((annotation) => ordered(annotation as unknown as PlainRecord, ANNOTATION_KEYS)),
    ...(sidecar.orphans && sidecar.orphans.length > 0 ? { orphans: sidecar.orphans.map((annotation) => ordered(annotation as unknown as PlainRecord, ANNOTATION_KEYS)) } : {}),
  };
}

/** The existing file as an editable document; undefined when there is none (or it is not a mapping): then a new file is written. */
function existingDocument(previous: string | Document | null): Document | undefined {
  if (previous === null) return undefined;
  const doc = typeof previous === 'string' ? parseDocument(previous) : previous;
  return doc.errors.length === 0 && isMap(doc.contents) ? withYaml11Rules(doc) : undefined;
}

/**
 * Makes `map` hold `record`, changing only what differs; new keys go to their canonical place.
 * Of the keys `record` lacks, only ours are removed: a key a person added stays.
 */
function updateMap(doc: Document, map: YAMLMap, record: PlainRecord, canonicalOrder: readonly string[]): void {
  for (const pair of [...map.items]) {
    const key = keyOf(pair);
    if (key !== undefined && canonicalOrder.includes(key) && !(key in record)) map.delete(key);
  }
  for (const [key, value] of Object.entries(record)) {
    const current = map.get(key, true) as unknown;
    if (isSeq(current) && Array.isArray(value) && value.every(isPlainRecord) && current.items.every(isMap)) {
      updateList(doc, current, value, listKeysFor(key));
      continue;
    }
    if (isMap(current) && isPlainRecord(value) && !FLOW_KEYS.has(key)) {
      updateMap(doc, current, value, []);
      continue;
    }
    if (current !== undefined && sameValue(current, value)) continue;
    const node = createStyledNode(doc, key, value);
    if (map.has(key)) map.set(key, node);
    else insertAtCanonicalPlace(map, new Pair(doc.createNode(key), node), canonicalOrder);
  }
}

/** Reuses the node of each item with the same id (or, for id-less hand-made items, the same span), keeping its comments. */
function updateList(doc: Document, seq: YAMLSeq, records: PlainRecord[], keys: readonly string[]): void {
  const byIdentity = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    for (const identity of identitiesOf(item.toJSON() as PlainRecord)) if (!byIdentity.has(identity)) byIdentity.set(identity, item);
  }
  const used = new Set<YAMLMap>();
  // A list of records reads (and diffs) best one key per line, even if it was written as "[]".
  if (records.length > 0) seq.flow = false;
  seq.items = records.map((record) => {
    const existing = identitiesOf(record)
      .map((identity) => byIdentity.get(identity))
      .find((node): node is YAMLMap => node !== undefined && !used.has(node));
    if (!existing) return createStyledNode(doc, '', record);
    used.add(existing);
    updateMap(doc, existing, record, keys);
    return existing;
  });
}

function identitiesOf(record: PlainRecord): string[] {
  const identities: string[] = [];
  if (typeof record.id === 'string') identities.push(`id:${record.id}`);
  if (record.start !== undefined) identities.push(`span:${String(record.type)}:${String(record.start)}:${String(record.end)}:${String(record.text)}`);
  return identities;
}

function listKeysFor(key: string): readonly string[] {
  return key === 'entities' ? ENTITY_KEYS : ANNOTATION_KEYS;
}

function createStyledNode(doc: Document, key: string, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  style(node, key);
  return node;
}

/** One-line flow style for small collections; double quotes for text with line breaks, wherever it is. */
function style(node: Node, key: string): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && needsDoubleQuotes(node.value)) node.type = 'QUOTE_DOUBLE';
    return;
  }
  if ((isMap(node) || isSeq(node)) && FLOW_KEYS.has(key)) node.flow = true;
  if (isMap(node)) for (const pair of node.items) if (isNode(pair.value)) style(pair.value, keyOf(pair) ?? '');
  if (isSeq(node)) for (const item of node.items) if (isNode(item)) style(item, key);
}

function insertAtCanonicalPlace(map: YAMLMap, pair: Pair, canonicalOrder: readonly string[]): void {
  const rank = canonicalOrder.indexOf(String(keyOf(pair)));
  if (rank === -1) {
    map.items.push(pair);
    return;
  }
  const before = map.items.findIndex((other) => {
    const otherRank = canonicalOrder.indexOf(String(keyOf(other)));
    return otherRank > rank || otherRank === -1;
  });
  if (before === -1) map.items.push(pair);
  else map.items.splice(before, 0, pair);
}

function sameValue(node: unknown, value: unknown): boolean {
  const current = isNode(node) ? node.toJSON() : node;
  return JSON.stringify(current) === JSON.stringify(value);
}

function keyOf(pair: Pair): string | undefined {
  const key = isScalar(pair.key) ? pair.key.value : pair.key;
  return typeof key === 'string' ? key : undefined;
}

/** Our keys in their canonical order, then keys we do not know (added by a person or a newer tool), sorted. */
function ordered(record: PlainRecord, keys: readonly string[]): PlainRecord {
  const out: PlainRecord = {};
  let known = 0;
  for (const key of keys) {
    if (!(key in record)) continue;
    known++;
    if (record[key] !== undefined) out[key] = record[key];
  }
  // Keys of our own only (the usual case): nothing left to sort in.
  if (known === Object.keys(record).length) return out;
  for (const key of Object.keys(record).sort()) if (!keys.includes(key) && record[key] !== undefined) out[key] = record[key];
  return out;
}
