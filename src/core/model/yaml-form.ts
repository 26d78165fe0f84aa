/**
 * The YAML form of a sidecar: deterministic output (fixed key order, stable sort, no line
 * folding) so git diffs stay small, and a strict reader that explains what is wrong instead
 * of treating a damaged file as empty.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, YAMLMap, type Node } from 'yaml';
import {
  ANNOTATION_STATUSES,
  ANNOTATION_TYPES,
  SCHEMA_VERSION,
  type Annotation,
  type AnnotationStatus,
  type AnnotationType,
  type Entity,
  type Sidecar,
} from './types';

/** Refuse documents that expand aliases past this: a "billion laughs" file stops here, fast. */
const MAX_ALIAS_COUNT = 50;

const ANNOTATION_KEYS = ['id', 'type', 'text', 'start', 'end', 'status', 'entity', 'value', 'timex', 'prefix', 'suffix', 'note'] as const;
const ENTITY_KEYS = ['id', 'type', 'name', 'aliases', 'role'] as const;

export function sidecarToYaml(sidecar: Sidecar): string {
  const plain = {
    schema: sidecar.schema,
    source: sidecar.source,
    entities: sidecar.entities.map((entity) => pick(entity, ENTITY_KEYS)),
    annotations: sidecar.annotations.map((annotation) => pick(annotation, ANNOTATION_KEYS)),
  };
  // Written with YAML 1.1 quoting rules so PyYAML and other 1.1 readers see "2025-04-26"
  // as a string, not a timestamp; it reads back identically as YAML 1.2.
  const doc = new Document(plain, { version: '1.1' });
  flowStyle(doc.get('source', true) as Node | undefined);
  const annotations = doc.get('annotations', true);
  if (isSeq(annotations)) {
    for (const item of annotations.items) {
      if (!isMap(item)) continue;
      flowStyle(item.get('timex', true) as Node | undefined);
      // Context with line breaks stays on one line ("…\n\nThe New Region") instead of a block.
      for (const key of ['prefix', 'suffix', 'text']) {
        const scalar = item.get(key, true);
        if (isScalar(scalar) && typeof scalar.value === 'string' && /[\r\n]/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
      }
    }
  }
  const entities = doc.get('entities', true);
  if (isSeq(entities)) {
    for (const item of entities.items) if (isMap(item)) flowStyle(item.get('aliases', true) as Node | undefined);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export type ParsedSidecar =
  | { ok: true; sidecar: Sidecar; readOnly: false }
  | { ok: true; sidecar: Sidecar; readOnly: true; reason: string }
  | { ok: false; message: string; line?: number };

export function parseSidecar(text: string): ParsedSidecar {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return { ok: false, message: `not valid YAML: ${error.message.split('\n')[0]}`, line: error.linePos?.[0]?.line };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, message: `refused: ${(error as Error).message}` };
  }
  return validate(data);
}

function validate(data: unknown): ParsedSidecar {
  if (!isRecord(data)) return { ok: false, message: 'not an annotations file: expected a mapping with "schema" at the top' };
  const schema = data.schema;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    return { ok: false, message: 'not an annotations file: "schema" must be a whole number (this version writes 1)' };
  }
  const problems: string[] = [];
  const source = isRecord(data.source) ? data.source : {};
  if (data.source !== undefined && !isRecord(data.source)) problems.push('"source" must be a mapping');
  const entities = readList(data.entities, 'entities', problems).map((raw, index) => readEntity(raw, index, problems));
  const annotations = readList(data.annotations, 'annotations', problems).map((raw, index) => readAnnotation(raw, index, problems));
  if (problems.length > 0) return { ok: false, message: problems.slice(0, 3).join('; ') + (problems.length > 3 ? ` (and ${problems.length - 3} more)` : '') };
  const sidecar: Sidecar = {
    schema,
    source: {
      file: String(source.file ?? ''),
      sha256: String(source.sha256 ?? ''),
      ...(source.published !== undefined ? { published: String(source.published) } : {}),
      ...(source.published_from !== undefined ? { published_from: String(source.published_from) } : {}),
    },
    entities: entities.filter((entity): entity is Entity => entity !== null),
    annotations: annotations.filter((annotation): annotation is Annotation => annotation !== null),
  };
  if (schema > SCHEMA_VERSION) {
    return { ok: true, sidecar, readOnly: true, reason: `written by a newer Article Annotator (schema ${schema}; this one knows ${SCHEMA_VERSION}), so it is read-only here` };
  }
  return { ok: true, sidecar, readOnly: false };
}

function readList(value: unknown, name: string, problems: string[]): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`"${name}" must be a list`);
    return [];
  }
  return value;
}

function readAnnotation(raw: unknown, index: number, problems: string[]): Annotation | null {
  const where = `annotations[${index}]`;
  if (!isRecord(raw)) {
    problems.push(`${where} must be a mapping`);
    return null;
  }
  const { type, text, start, end } = raw;
  if (!ANNOTATION_TYPES.includes(type as AnnotationType)) problems.push(`${where}.type must be one of ${ANNOTATION_TYPES.join(', ')}`);
  if (typeof text !== 'string') problems.push(`${where}.text must be text`);
  if (!isOffset(start) || !isOffset(end) || end < start) problems.push(`${where} needs whole-number start and end with start <= end`);
  // A hand-made annotation may leave out status: a person wrote it, so it counts as accepted.
  const status = raw.status ?? 'accepted';
  if (!ANNOTATION_STATUSES.includes(status as AnnotationStatus)) problems.push(`${where}.status must be one of ${ANNOTATION_STATUSES.join(', ')}`);
  if (problems.length > 0) return null;
  const annotation: Record<string, unknown> = { ...raw, status };
  return annotation as unknown as Annotation;
}

function readEntity(raw: unknown, index: number, problems: string[]): Entity | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.name !== 'string') {
    problems.push(`entities[${index}] needs an id and a name`);
    return null;
  }
  return raw as unknown as Entity;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  // Keys we do not know (added by a person or a newer tool) are kept, after ours.
  for (const key of Object.keys(record).sort()) if (!keys.includes(key) && record[key] !== undefined) out[key] = record[key];
  return out;
}

function flowStyle(node: Node | undefined): void {
  if (node && (isMap(node) || isSeq(node))) (node as YAMLMap).flow = true;
}
