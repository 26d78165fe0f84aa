/**
 * How a sidecar looks as YAML, shared by its two writers: yaml-write.ts, which updates a yaml
 * Document (an existing file), and yaml-emit.ts, which writes a new file directly. Both must
 * give the same bytes for the same data.
 */
import { Document } from 'yaml';

export type PlainRecord = Record<string, unknown>;

export const TOP_KEYS = ['schema', 'source', 'entities', 'annotations', 'orphans'] as const;
export const SOURCE_KEYS = ['file', 'sha256', 'published', 'published_from', 'generator'] as const;
export const ANNOTATION_KEYS = ['id', 'type', 'text', 'start', 'end', 'status', 'entity', 'value', 'timex', 'prefix', 'suffix', 'note'] as const;
export const ENTITY_KEYS = ['id', 'type', 'name', 'aliases', 'role', 'key', 'status'] as const;
/** A date's timex mapping keeps the order it was made in; these are the keys it can have. */
export const TIMEX_KEYS = ['type', 'anchor', 'inferred', 'direction'] as const;

/** Small mappings and lists that read best on one line. */
export const FLOW_KEYS: ReadonlySet<string> = new Set(['source', 'timex', 'aliases', 'inferred']);

/**
 * `Document.toString` options: no line folding (diffs stay one line per value), `{a: b}` without
 * padding, and double-quoted text written with JSON's escapes on one line ("a\n\nb"). The last
 * also keeps text readable back: yaml 2.9 writes some double-quoted text with spaces around line
 * breaks (" \n \n") in a folded form that reads back as other text.
 */
export const TO_STRING_OPTIONS = { lineWidth: 0, flowCollectionPadding: false, doubleQuotedAsJSON: true } as const;

/** YAML 1.2 octal ("0o17"): a string under the 1.1 rules the writer quotes by, a number to 1.2 readers such as ours. */
const YAML_12_OCTAL = /^0o[0-7]+$/;

/**
 * Text written double-quoted wherever it is: with a line break, so the break stays visible as
 * "\n"; and text a YAML 1.2 reader would not read back as the same string.
 */
export function needsDoubleQuotes(text: string): boolean {
  return text.includes('\n') || text.includes('\r') || YAML_12_OCTAL.test(text);
}

/**
 * Switches a document to YAML 1.1 quoting rules, so PyYAML and other 1.1 readers see
 * "2025-04-26" as a string, not a timestamp; the file reads back identically as YAML 1.2. No
 * %YAML directive is written.
 */
export function withYaml11Rules(doc: Document): Document {
  doc.setSchema('1.1');
  return doc;
}

/** The document a new sidecar is written into. */
export function newSidecarDocument(): Document {
  return withYaml11Rules(new Document({}, { version: '1.1' }));
}

export function isPlainRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
