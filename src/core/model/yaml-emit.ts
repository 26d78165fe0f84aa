/**
 * Writes a new sidecar's YAML straight from plain data, without building a yaml Document: the
 * bytes the Document API writes (yaml-write.ts), in a fraction of the time. (Annotating a folder
 * writes a new file per article; with the Document API, writing took longer than the analysis.)
 *
 * The layout (indents, "- ", braces) follows the yaml library's rules for block and one-line
 * (flow) collections; every scalar is written by the stringifier of the tag the library picks
 * for it under YAML 1.1 rules, so the quoting is the library's, not a copy of it. Data of a
 * shape a sidecar does not have (null, booleans, fractions, keys that are not ours, an object
 * met twice, which yaml would write as an alias, a one-line collection that needs several
 * lines) is declined with `undefined`: the caller then uses the Document API.
 * test/unit/yaml-emit.test.ts checks that both agree byte for byte.
 */
import { Scalar, type ScalarTag } from 'yaml';
import { valueReadsBackAs } from './yaml-read';
import { ANNOTATION_KEYS, ENTITY_KEYS, FLOW_KEYS, SOURCE_KEYS, TIMEX_KEYS, TO_STRING_OPTIONS, TOP_KEYS, needsDoubleQuotes, newSidecarDocument, type PlainRecord } from './yaml-style';

type ScalarStringifier = NonNullable<ScalarTag['stringify']>;
type StringifyContext = Parameters<ScalarStringifier>[1];
type Collection = PlainRecord | unknown[];
/** Where scalars are written: the context yaml stringifies them in there, and what each text became (many repeat). */
interface ScalarPlace {
  context: StringifyContext;
  written: Map<string, string>;
}

const INDENT_STEP = '  ';
/** Keys are written as they are, so only ours: plain lower-case words in any YAML version. */
const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([...TOP_KEYS, ...SOURCE_KEYS, ...ANNOTATION_KEYS, ...ENTITY_KEYS, ...TIMEX_KEYS]);

class NotEmittable extends Error {}

const SCHEMA_DOCUMENT = newSidecarDocument();

/**
 * What `Document.toString(TO_STRING_OPTIONS)` passes to a scalar's stringifier: the library's
 * defaults (yaml 2, createStringifyContext) with our options. Scalars here never carry comments.
 */
const BASE_CONTEXT: StringifyContext = {
  anchors: new Set(),
  doc: SCHEMA_DOCUMENT,
  flowCollectionPadding: '',
  indent: '',
  indentStep: INDENT_STEP,
  inFlow: null,
  implicitKey: false,
  options: {
    blockQuote: true,
    commentString: () => {
      throw new NotEmittable('a comment');
    },
    defaultKeyType: null,
    defaultStringType: 'PLAIN',
    directives: null,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: 'false',
    indentSeq: true,
    minContentWidth: 20,
    nullStr: 'null',
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: 'true',
    verifyAliasOrder: true,
    ...TO_STRING_OPTIONS,
  },
};

export interface EmittedYaml {
  text: string;
  /** Reading the text back (yaml-read.ts) gives the data it was written from (see valueReadsBackAs). */
  readsBack: boolean;
}

/** The YAML text of `top`, or undefined when its shape needs the Document API. */
export function emitYaml(top: PlainRecord): EmittedYaml | undefined {
  try {
    return new Emitter().document(top);
  } catch (error) {
    if (error instanceof NotEmittable) return undefined;
    throw error;
  }
}

class Emitter {
  /** Collections met so far: one met again would be an alias in the Document API's output. */
  private readonly seen = new Set<Collection>();
  private readonly node = new Scalar<string | number>('');
  private readonly blockPlaces = new Map<string, ScalarPlace>();
  private readonly flowPlaces = new Map<string, ScalarPlace>();
  /** False once a value is written that would read back as something else. */
  private readsBack = true;

  document(top: PlainRecord): EmittedYaml {
    const text = `${this.blockMap(top, '')}\n`;
    return { text, readsBack: this.readsBack };
  }

  /** A block mapping whose keys start at `indent`; its lines are joined at that indent. */
  private blockMap(record: PlainRecord, indent: string): string {
    const pairs = this.entries(record).map(([key, value]) => this.blockPair(key, value, indent));
    return pairs.length === 0 ? '{}' : pairs.join(`\n${indent}`);
  }

  private blockPair(key: string, value: unknown, indent: string): string {
    const valueIndent = indent + INDENT_STEP;
    if (!isCollection(value)) return `${this.key(key)}: ${this.scalar(value, valueIndent, null)}`;
    if (FLOW_KEYS.has(key)) return `${this.key(key)}: ${this.flowCollection(value, valueIndent)}`;
    const body = this.blockCollection(value, key, valueIndent);
    // An empty collection is "[]" or "{}" on the key's line; any other starts on the next line.
    return this.isEmpty(value) ? `${this.key(key)}: ${body}` : `${this.key(key)}:\n${valueIndent}${body}`;
  }

  /** A block sequence's items take the style of the key the sequence is under. */
  private blockSeq(items: unknown[], key: string, indent: string): string {
    const itemIndent = indent + INDENT_STEP;
    const lines = Array.from(items, (item) => `- ${this.blockItem(item, key, itemIndent)}`);
    return lines.length === 0 ? '[]' : lines.join(`\n${indent}`);
  }

  private blockItem(item: unknown, key: string, indent: string): string {
    if (!isCollection(item)) return this.scalar(item, indent, null);
    return FLOW_KEYS.has(key) ? this.flowCollection(item, indent) : this.blockCollection(item, key, indent);
  }

  private blockCollection(value: Collection, key: string, indent: string): string {
    this.visit(value);
    return Array.isArray(value) ? this.blockSeq(value, key, indent) : this.blockMap(value, indent);
  }

  /** `[a, b]` or `{a: b, c: d}`; what is inside a one-line collection is one-line too. */
  private flowCollection(value: Collection, indent: string): string {
    this.visit(value);
    const itemIndent = indent + INDENT_STEP + INDENT_STEP;
    const items = Array.isArray(value)
      ? Array.from(value, (item) => this.flowItem(item, itemIndent))
      : this.entries(value).map(([key, item]) => `${this.key(key)}: ${this.flowItem(item, itemIndent)}`);
    // yaml spreads such a collection over several lines; not worth copying for text this rare.
    if (items.some((item) => item.includes('\n'))) throw new NotEmittable('a one-line collection with a line break');
    return Array.isArray(value) ? `[${items.join(', ')}]` : `{${items.join(', ')}}`;
  }

  private flowItem(item: unknown, indent: string): string {
    return isCollection(item) ? this.flowCollection(item, indent) : this.scalar(item, indent, true);
  }

  private scalar(value: unknown, indent: string, inFlow: true | null): string {
    const place = this.placeFor(indent, inFlow);
    if (typeof value === 'number' && Number.isInteger(value)) return this.stringify(value, place.context);
    if (typeof value !== 'string') throw new NotEmittable(`a ${value === null ? 'null' : typeof value} value`);
    let written = place.written.get(value);
    if (written === undefined) {
      written = this.stringify(value, place.context);
      place.written.set(value, written);
      if (!valueReadsBackAs(written, value)) this.readsBack = false;
    }
    return written;
  }

  private stringify(value: string | number, context: StringifyContext): string {
    if (typeof value === 'string' && context.inFlow === null && isPlainAsItIs(value)) return value;
    // One node, reused: making one per scalar took a tenth of the time.
    this.node.value = value;
    this.node.type = typeof value === 'string' && needsDoubleQuotes(value) ? Scalar.QUOTE_DOUBLE : undefined;
    return stringifierFor(value)(this.node, context);
  }

  /** Scalars at one indent, in or out of a one-line collection, are written alike: made once, with the values written there. */
  private placeFor(indent: string, inFlow: true | null): ScalarPlace {
    const places = inFlow ? this.flowPlaces : this.blockPlaces;
    let place = places.get(indent);
    if (!place) places.set(indent, (place = { context: { ...BASE_CONTEXT, indent, inFlow }, written: new Map() }));
    return place;
  }

  private key(key: string): string {
    if (!KNOWN_KEYS.has(key)) throw new NotEmittable(`the key ${key}`);
    return key;
  }

  /** Pairs with an undefined value are left out, as the Document API does. */
  private entries(record: PlainRecord): Array<[string, unknown]> {
    return Object.entries(record).filter(([, value]) => value !== undefined);
  }

  private isEmpty(value: Collection): boolean {
    return Array.isArray(value) ? value.length === 0 : this.entries(value).length === 0;
  }

  private visit(value: Collection): void {
    if (this.seen.has(value)) throw new NotEmittable('an object met twice');
    this.seen.add(value);
  }
}

/**
 * The tag tests plainString (yaml 2, stringifyString.js) runs on text it would write plain, to
 * quote text that would read back as another type ("yes", "12", "2025-04-20", "~").
 */
const OTHER_TYPE_TESTS: RegExp[] = [...SCHEMA_DOCUMENT.schema.tags, ...(SCHEMA_DOCUMENT.schema.compat ?? [])]
  .filter((tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test instanceof RegExp)
  .map((tag) => tag.test as RegExp);
/** The same tests as one regex, when all are flagless (in yaml 2 they are): one scan instead of fourteen. */
const OTHER_TYPE = OTHER_TYPE_TESTS.every((test) => test.flags === '') ? new RegExp(OTHER_TYPE_TESTS.map((test) => `(?:${test.source})`).join('|')) : null;
/** Characters that make stringifyString double-quote any text. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const CONTROL_OR_LONE_SURROGATE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** What plainString refuses to write plain (its own regex). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Document markers, which plainString writes as a block ("--- x"). */
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m;

/**
 * Whether yaml writes this text in a block mapping or sequence exactly as it is: the path
 * plainString takes for one-line text with nothing to quote, with our options (no line width,
 * so no folding). Most text of a sidecar (names, quotes, contexts) takes it; a call into the
 * library's stringifier for each was a quarter of the time of annotating a folder. Anything else
 * is left to the library (yaml-emit.test.ts compares the two on generated text).
 */
export function isPlainAsItIs(value: string): boolean {
  return (
    value !== '' &&
    !value.includes('\n') &&
    !needsDoubleQuotes(value) &&
    !CONTROL_OR_LONE_SURROGATE.test(value) &&
    !NOT_PLAIN.test(value) &&
    !DOCUMENT_MARKER.test(value) &&
    !(OTHER_TYPE ? OTHER_TYPE.test(value) : OTHER_TYPE_TESTS.some((test) => test.test(value)))
  );
}

/** Arrays and plain objects (with or without a prototype); a Date, a Map and such are not ours. */
function isCollection(value: unknown): value is Collection {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The stringifier of the tag yaml picks for a new scalar node holding `value` (getTagObject in
 * yaml 2's stringify.js): of the tags that identify the value, those with a test, then the one
 * without a format. Text is the string tag's, but "<<" is the YAML 1.1 merge key's.
 */
function stringifierFor(value: string | number): ScalarStringifier {
  // The same tag identifies every string but "<<", and every integer (what tag.identify tests).
  if (typeof value === 'string' && value !== '<<') return (STRING_STRINGIFIER ??= tagStringifierFor('text'));
  if (typeof value === 'number' && Number.isInteger(value)) return (INTEGER_STRINGIFIER ??= tagStringifierFor(0));
  return tagStringifierFor(value);
}
let STRING_STRINGIFIER: ScalarStringifier | undefined;
let INTEGER_STRINGIFIER: ScalarStringifier | undefined;

function tagStringifierFor(value: string | number): ScalarStringifier {
  let candidates = SCHEMA_DOCUMENT.schema.tags.filter((tag) => tag.identify?.(value));
  if (candidates.length > 1) {
    const tested = candidates.filter((tag) => tag.test);
    if (tested.length > 0) candidates = tested;
  }
  const tag = candidates.find((candidate) => !candidate.format);
  // A tag that is not the default for its values would be written ("!!str"): not a sidecar's.
  if (!tag?.default || !('stringify' in tag) || !tag.stringify) throw new NotEmittable(`a value without a default tag: ${String(value)}`);
  return tag.stringify;
}
