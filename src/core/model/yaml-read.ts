/**
 * Reads a sidecar strictly: a damaged or foreign file is explained (with its line), never
 * treated as empty, and a file from a newer version is read-only.
 */
import { Document, parseDocument } from 'yaml';
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

export type ParsedSidecar =
  | { ok: true; sidecar: Sidecar; readOnly: false }
  | { ok: true; sidecar: Sidecar; readOnly: true; reason: string }
  | { ok: false; message: string; line?: number };

const READ_OPTIONS = { prettyErrors: true, uniqueKeys: true } as const;
/** The schema sidecars are read with: YAML 1.2 core, parseDocument's default. */
const READ_SCHEMA = new Document().schema;
/**
 * Plain scalars that read as a number, a boolean or null when a sidecar is read: the tests of
 * the schema's tags in one pattern, tried in one go.
 */
const READ_AS_NOT_TEXT = new RegExp(
  READ_SCHEMA.tags
    .flatMap((tag) => (tag.default === true && tag.test ? [`(?:${tag.test.source})`] : []))
    .join('|'),
);

/**
 * Whether `written`, the YAML a writer made for `text` as a mapping's value, reads back as
 * `text`. Unquoted text may read as a number or such (YAML 1.1 and 1.2 differ on "0o17"); quoted
 * text on one line reads back exactly; quoted text spread over several lines is read to check,
 * as yaml 2.9 folds some spaces next to line breaks wrongly (" \n \n" reads back as " \n\\\n").
 */
export function valueReadsBackAs(written: string, text: string): boolean {
  if (written === text) return !READ_AS_NOT_TEXT.test(text);
  if (!written.includes('\n')) return true;
  // (Given the schema, the parse does not build one: that was a third of its time.)
  const doc = parseDocument(`value: ${written}`, { ...READ_OPTIONS, schema: READ_SCHEMA });
  return doc.errors.length === 0 && doc.get('value') === text;
}

export function parseSidecar(text: string): ParsedSidecar {
  return parseSidecarWithDocument(text).parsed;
}

/**
 * parseSidecar, with the YAML document it read: yaml-write.ts updates that document in place
 * (keeping a person's comments and order) instead of parsing the text a second time.
 */
export function parseSidecarWithDocument(text: string): { parsed: ParsedSidecar; document: Document } {
  const document = parseDocument(text, READ_OPTIONS);
  return { parsed: readDocument(document), document };
}

function readDocument(doc: Document): ParsedSidecar {
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
  const orphans = readList(data.orphans, 'orphans', problems).map((raw, index) => readAnnotation(raw, index, problems, 'orphans'));
  if (problems.length > 0) return { ok: false, message: problems.slice(0, 3).join('; ') + (problems.length > 3 ? ` (and ${problems.length - 3} more)` : '') };
  const sidecar: Sidecar = {
    schema,
    source: {
      file: String(source.file ?? ''),
      sha256: String(source.sha256 ?? ''),
      ...(source.published !== undefined ? { published: String(source.published) } : {}),
      ...(source.published_from !== undefined ? { published_from: String(source.published_from) } : {}),
      ...(source.generator !== undefined ? { generator: String(source.generator) } : {}),
    },
    entities: entities.filter((entity): entity is Entity => entity !== null),
    annotations: annotations.filter((annotation): annotation is Annotation => annotation !== null),
    ...(orphans.length > 0 ? { orphans: orphans.filter((annotation): annotation is Annotation => annotation !== null) } : {}),
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

function readAnnotation(raw: unknown, index: number, problems: string[], list = 'annotations'): Annotation | null {
  const where = `${list}[${index}]`;
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
