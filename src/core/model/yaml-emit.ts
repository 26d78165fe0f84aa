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
    let text = '';
    // (for...in over a plain record: its own keys in order, as Object.entries gives them, without the pairs.)
    for (const key in record) {
      const value = record[key];
      // Pairs with an undefined value are left out, as the Document API does.
      if (value === undefined) continue;
      text += text === '' ? this.blockPair(key, value, indent) : `\n${indent}${this.blockPair(key, value, indent)}`;
    }
    return text === '' ? '{}' : text;
  }

  private blockPair(key: string, value: unknown, indent: string): string {
    const valueIndent = indent + INDENT_STEP;
    if (!isCollection(value)) return `${this.key(key)}: ${this.blockScalar(value, valueIndent)}`;
    if (FLOW_KEYS.has(key)) return `${this.key(key)}: ${this.flowCollection(value, valueIndent)}`;
    const body = this.blockCollection(value, key, valueIndent);
    // An empty collection is "[]" or "{}" on the key's line; any other starts on the next line.
    return body === '[]' || body === '{}' ? `${this.key(key)}: ${body}` : `${this.key(key)}:\n${valueIndent}${body}`;
  }

  /** A block sequence's items take the style of the key the sequence is under. */
  private blockSeq(items: unknown[], key: string, indent: string): string {
    const itemIndent = indent + INDENT_STEP;
    let text = '';
    for (let i = 0; i < items.length; i++) text += `${i === 0 ? '' : `\n${indent}`}- ${this.blockItem(items[i], key, itemIndent)}`;
    return text === '' ? '[]' : text;
  }

  private blockItem(item: unknown, key: string, indent: string): string {
    if (!isCollection(item)) return this.blockScalar(item, indent);
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
    let text = '';
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ', ') + this.flowItem(value[i], itemIndent);
      text = `[${text}]`;
    } else {
      let first = true;
      for (const key in value) {
        const item = value[key];
        if (item === undefined) continue;
        text += `${first ? '' : ', '}${this.key(key)}: ${this.flowItem(item, itemIndent)}`;
        first = false;
      }
      text = `{${text}}`;
    }
    // yaml spreads such a collection over several lines; not worth copying for text this rare.
    if (text.includes('\n')) throw new NotEmittable('a one-line collection with a line break');
    return text;
  }

  private flowItem(item: unknown, indent: string): string {
    if (isCollection(item)) return this.flowCollection(item, indent);
    if (typeof item === 'string') {
      const written = commonText(item, true);
      if (written !== undefined) return written;
    }
    return this.libraryScalar(item, this.placeFor(this.flowPlaces, indent, true));
  }

  /** A scalar in a block mapping or sequence: most take the fast path of `blockText`, the rest go to the library. */
  private blockScalar(value: unknown, indent: string): string {
    // An offset: what stringifyNumber writes for a safe integer but -0 ("-0").
    if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
    if (typeof value === 'string') {
      const written = blockText(value);
      if (written !== undefined) {
        if (!valueReadsBackAs(written, value)) this.readsBack = false;
        return written;
      }
    }
    return this.libraryScalar(value, this.placeFor(this.blockPlaces, indent, null));
  }

  /** A scalar written by the library's stringifier for it (each text once per place: many repeat). */
  private libraryScalar(value: unknown, place: ScalarPlace): string {
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
    // One node, reused: making one per scalar took a tenth of the time.
    this.node.value = value;
    this.node.type = typeof value === 'string' && needsDoubleQuotes(value) ? Scalar.QUOTE_DOUBLE : undefined;
    return stringifierFor(value)(this.node, context);
  }

  /** Scalars at one indent, in or out of a one-line collection, are written alike: made once, with the values written there. */
  private placeFor(places: Map<string, ScalarPlace>, indent: string, inFlow: true | null): ScalarPlace {
    let place = places.get(indent);
    if (!place) places.set(indent, (place = { context: { ...BASE_CONTEXT, indent, inFlow }, written: new Map() }));
    return place;
  }

  private key(key: string): string {
    if (!KNOWN_KEYS.has(key)) throw new NotEmittable(`the key ${key}`);
    return key;
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
/** What plainString refuses to write plain (its own regex). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Document markers, which plainString writes as a block ("--- x"). */
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m;

/**
 * Whether yaml writes this text in a block mapping or sequence exactly as it is: the path
 * plainString takes for one-line text with nothing to quote, with our options (no line width,
 * so no folding). Most text of a sidecar (names, quotes, contexts) takes it.
 */
export function isPlainAsItIs(value: string): boolean {
  return blockText(value) === value;
}

/**
 * What yaml writes for text in a block mapping or sequence (stringifyString in yaml 2, with
 * our options), when it is one of the common cases; undefined for the rest, which the library
 * writes. A call into the library for each text was a quarter of the time of annotating a
 * folder. yaml-emit.test.ts compares the two on generated text.
 * - Text with a line break or a YAML 1.2 octal is double-quoted (the node's type), and so is
 *   text with a control character or a lone surrogate (stringifyString): with
 *   doubleQuotedAsJSON, that is JSON's form.
 * - One-line text plainString will not write plain (an indicator first, ": " or " #" inside, a
 *   space last, or what would read back as another type) is quoted: single quotes when it holds
 *   a double quote and no single one (quotedString), else double. With no line width, neither
 *   is folded.
 * - A document marker ("---", "...") at the start, "<<" (the merge key's tag writes it) and
 *   empty text are left to the library.
 */
export function blockText(value: string): string | undefined {
  const common = commonText(value, false);
  if (common !== undefined) return common;
  if (value === '' || value === '<<' || DOCUMENT_MARKER.test(value)) return undefined;
  if (needsDoubleQuotes(value) || hasControlOrLoneSurrogate(value)) return JSON.stringify(value);
  if (NOT_PLAIN.test(value) || (OTHER_TYPE ? OTHER_TYPE.test(value) : OTHER_TYPE_TESTS.some((test) => test.test(value)))) {
    return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
  }
  return value;
}

/**
 * Letters that start the words YAML reads as a boolean or null (yes, no, true, false, on, off,
 * null: none longer than five letters) and YAML 1.1 floats with no digit before the exponent
 * ("E0", "e-3"): OTHER_TYPE_TESTS and READ_AS_NOT_TEXT match no other text that starts with a letter.
 */
const TYPE_INITIALS = new Set('yYnNtTfFoOeE'.split('').map((c) => c.charCodeAt(0)));

/**
 * What yaml writes for the text most of a sidecar holds, in one native scan and a few checks:
 * printable one-line text (no control character or surrogate), with no ": ", " #" or ":" last,
 * and in a one-line collection no ",[]{}" (which plainString quotes there).
 * - With a space first or last it is quoted: single quotes when it holds a double quote and no
 *   single one (quotedString), else double (JSON's form, which is the text in quotes when there
 *   is nothing to escape).
 * - Starting with a letter and not possibly a YAML word or number (see TYPE_INITIALS), it is
 *   plain, and reads back as text.
 * Anything else (undefined) takes the general path.
 */
function commonText(value: string, inFlow: boolean): string | undefined {
  if (!(inFlow ? COMMON_IN_FLOW : COMMON_IN_BLOCK).test(value)) return undefined;
  if (value.includes(': ') || value.includes(' #')) return undefined;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (last === 0x3a) return undefined;
  if (first === 0x20 || last === 0x20) {
    if (value.includes('"')) return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
    return value.includes('\\') ? JSON.stringify(value) : `"${value}"`;
  }
  if (first >= 0xa0) return value;
  if (!isAsciiLetter(first)) return undefined;
  if (TYPE_INITIALS.has(first) && (value.length <= 5 || !isAsciiLetter(value.charCodeAt(1)))) return undefined;
  return value;
}
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Non-empty text with no control character or surrogate (paired or not), "#" not first (and for a one-line collection, no ",[]{}"): one native scan. */
// eslint-disable-next-line no-control-regex -- control characters are what it rules out
const COMMON_IN_BLOCK = /^[^\x00-\x1f#\x7f-\x9f\ud800-\udfff][^\x00-\x1f\x7f-\x9f\ud800-\udfff]*$/;
// eslint-disable-next-line no-control-regex -- as above
const COMMON_IN_FLOW = /^[^\x00-\x1f#,[\]{}\x7f-\x9f\ud800-\udfff][^\x00-\x1f,[\]{}\x7f-\x9f\ud800-\udfff]*$/;

/** What stringifyString's /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u finds, in one pass (that regex took a tenth of the writing). */
function hasControlOrLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a) return true;
    } else if (c >= 0x7f && c <= 0x9f) return true;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A high surrogate followed by a low one is one character, which the regex does not match.
      const next = value.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    }
  }
  return false;
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
