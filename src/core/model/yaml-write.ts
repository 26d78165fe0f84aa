/**
 * Writes a sidecar as YAML. Deterministic (fixed key order, annotations sorted by position, no
 * line folding) so git diffs stay small; and when the file already exists, it is updated in
 * place through the yaml Document API, so the comments and key order a person wrote survive.
 */
import { Document, isMap, isNode, isScalar, isSeq, parseDocument, Pair, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Sidecar } from './types';

const TOP_KEYS = ['schema', 'source', 'entities', 'annotations', 'orphans'] as const;
const SOURCE_KEYS = ['file', 'sha256', 'published', 'published_from', 'generator'] as const;
const ANNOTATION_KEYS = ['id', 'type', 'text', 'start', 'end', 'status', 'entity', 'value', 'timex', 'prefix', 'suffix', 'note'] as const;
const ENTITY_KEYS = ['id', 'type', 'name', 'aliases', 'role', 'key', 'status'] as const;
/** Small mappings and lists that read best on one line. */
const FLOW_KEYS = new Set(['source', 'timex', 'aliases', 'inferred']);

type PlainRecord = Record<string, unknown>;

export function sidecarToYaml(sidecar: Sidecar, previousText: string | null = null): string {
  const doc = editableDocument(previousText);
  // YAML 1.1 quoting rules, so PyYAML and other 1.1 readers see "2025-04-26" as a string, not
  // a timestamp; the file reads back identically as YAML 1.2. No %YAML directive is written.
  doc.setSchema('1.1');
  const top = doc.contents as YAMLMap;
  const plain: PlainRecord = {
    schema: sidecar.schema,
    source: ordered(sidecar.source as unknown as PlainRecord, SOURCE_KEYS),
    entities: sidecar.entities.map((entity) => ordered(entity as unknown as PlainRecord, ENTITY_KEYS)),
    annotations: sidecar.annotations.map((annotation) => ordered(annotation as unknown as PlainRecord, ANNOTATION_KEYS)),
    ...(sidecar.orphans && sidecar.orphans.length > 0 ? { orphans: sidecar.orphans.map((annotation) => ordered(annotation as unknown as PlainRecord, ANNOTATION_KEYS)) } : {}),
  };
  updateMap(doc, top, plain, TOP_KEYS);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The existing file as an editable document, or a fresh one when there is none (or it is not a mapping). */
function editableDocument(previousText: string | null): Document {
  if (previousText !== null) {
    const doc = parseDocument(previousText);
    if (doc.errors.length === 0 && isMap(doc.contents)) return doc;
  }
  const doc = new Document({}, { version: '1.1' });
  return doc;
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
    if (typeof node.value === 'string' && /[\r\n]/.test(node.value)) node.type = 'QUOTE_DOUBLE';
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

function isPlainRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Our keys in their canonical order, then keys we do not know (added by a person or a newer tool), sorted. */
function ordered(record: PlainRecord, keys: readonly string[]): PlainRecord {
  const out: PlainRecord = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record).sort()) if (!keys.includes(key) && record[key] !== undefined) out[key] = record[key];
  return out;
}
