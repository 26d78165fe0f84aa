/**
 * The name tagger's model (sparse hashed-feature weights, BILOU label transitions, gazetteer)
 * with its binary form, loading, and Viterbi decoding.
 *
 * Binary layout (little endian): "AANM" magic, u32 version (2), u32 header length, header JSON
 * (UTF-8), zero padding to a multiple of 4, then: keys u32[rows], transitions f32[L*L + 2L],
 * values i16[nnz], row sizes u8[rows], labels u8[nnz], then the gazetteer tables: phrase keys
 * i32[phrases], phrase values i32[phrases], word keys i32[words], word values i32[words] (see
 * `Gazetteer` in features.ts). Weight = value * header.scale.
 */
import {
  DocFeatures,
  Gazetteer,
  GazetteerLists,
  IntTable,
  WordInfo,
  extractDocLabelFeatures,
  extractFeatures,
  localFeatures,
} from './features';
import { Token, tokenize } from './tokenize';
import { addWeights, buildWeightTable, type WeightTable } from './weight-table';

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Labels: 0 = O; for type t: B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t. */
export const NUM_LABELS = 1 + 4 * ENTITY_TYPES.length;
export const LABEL_NAMES: string[] = ['O'];
for (const type of ENTITY_TYPES) for (const p of ['B', 'I', 'L', 'U']) LABEL_NAMES.push(`${p}-${type}`);

const labelType = (y: number): number => (y - 1) >> 2;
const labelPart = (y: number): number => (y - 1) & 3; // 0 B, 1 I, 2 L, 3 U

/** Whether label `cur` may follow label `prev` (-1 = sentence start). */
export function allowedTransition(prev: number, cur: number): boolean {
  const prevOpen = prev > 0 && (labelPart(prev) === 0 || labelPart(prev) === 1);
  if (prevOpen) {
    // Inside an entity: continue or close it, same type.
    return cur > 0 && labelType(cur) === labelType(prev) && (labelPart(cur) === 1 || labelPart(cur) === 2);
  }
  return cur === 0 || labelPart(cur) === 0 || labelPart(cur) === 3;
}
export function allowedEnd(y: number): boolean {
  return y === 0 || labelPart(y) === 2 || labelPart(y) === 3;
}

export interface ModelHeader {
  format: 'article-annotator-names';
  version: 2;
  labels: string[];
  rows: number;
  nnz: number;
  scale: number;
  /** sizes of the gazetteer tables, and the number of entries of each list baked in */
  gazetteer: { phrases: number; words: number; lists: Record<string, number> };
  /** Whether a second, document-level pass follows (with its own transitions). */
  stacked: boolean;
  info?: Record<string, unknown>;
}

/** In-memory model. */
export interface TaggerModel {
  header: ModelHeader;
  /** Feature weights: see WeightTable. */
  weights: WeightTable;
  /** the transitions of the first decoding pass, and of the second for a stacked model */
  pass1: PassTransitions;
  pass2?: PassTransitions;
  gazetteer: Gazetteer;
  /** word type → hashes and summed local feature weights (bounded; cleared when full) */
  cache: Map<string, WordInfo>;
  /**
   * The summed local feature weights of the cached words (WordInfo.localAt and localCapsAt say where), NUM_LABELS
   * floats each, in one array rather than one per word: the tagger reads them for every token, and
   * one contiguous array spares it several dependent memory loads. Cleared with the cache.
   */
  local: { store: Float32Array; used: number };
}

const CACHE_LIMIT = 200_000;

const MAGIC = 0x4d4e4141; // "AANM" little endian

export function tokenizePhrase(phrase: string): string[] {
  return tokenize(phrase).tokens.map((t) => t.norm);
}

/** Sparse weights to serialise: one row per feature hash. */
export interface SparseWeights {
  keys: Int32Array;
  rowSizes: Uint8Array;
  labels: Uint8Array;
  values: Float32Array;
  /** transitions L*L, then start L, end L (twice for a stacked model: first pass, second pass) */
  trans: Float32Array;
}

export function serializeModel(
  weights: SparseWeights,
  gazetteer: Gazetteer,
  lists: GazetteerLists,
  info: Record<string, unknown>,
): Uint8Array {
  let maxAbs = 0;
  for (const v of weights.values) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const counts: Record<string, number> = {};
  for (const [category, entries] of Object.entries(lists) as Array<[string, string[]]>) counts[category] = entries.length;
  const { phrases, lex } = gazetteer;
  const header: ModelHeader = {
    format: 'article-annotator-names',
    version: 2,
    labels: LABEL_NAMES,
    rows: weights.keys.length,
    nnz: weights.labels.length,
    scale,
    gazetteer: { phrases: phrases.keys.length, words: lex.keys.length, lists: counts },
    stacked: weights.trans.length === 2 * (NUM_LABELS * NUM_LABELS + 2 * NUM_LABELS),
    info,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerPadded = Math.ceil(headerBytes.length / 4) * 4;
  const rows = weights.keys.length;
  const nnz = weights.labels.length;
  const size = 12 + headerPadded + rows * 4 + weights.trans.length * 4 + nnz * 2 + rows + nnz + 8 * (phrases.keys.length + lex.keys.length);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  let p = 12 + headerPadded;
  for (let i = 0; i < rows; i++, p += 4) view.setInt32(p, weights.keys[i] as number, true);
  for (let i = 0; i < weights.trans.length; i++, p += 4) view.setFloat32(p, weights.trans[i] as number, true);
  for (let i = 0; i < nnz; i++, p += 2) view.setInt16(p, Math.round((weights.values[i] as number) / scale), true);
  out.set(weights.rowSizes, p);
  p += rows;
  out.set(weights.labels, p);
  p += nnz;
  for (const array of [phrases.keys, phrases.values, lex.keys, lex.values]) {
    for (let i = 0; i < array.length; i++, p += 4) view.setInt32(p, array[i] as number, true);
  }
  return out;
}

export function deserializeModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('Not a name model (bad magic number).');
  if (view.getUint32(4, true) !== 2) throw new Error('Unsupported name model version.');
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as ModelHeader;
  if (header.format !== 'article-annotator-names' || header.labels.join(' ') !== LABEL_NAMES.join(' ')) {
    throw new Error('Name model has an unexpected format or label set.');
  }
  const L = NUM_LABELS;
  const rows = header.rows;
  const nnz = header.nnz;
  let p = 12 + Math.ceil(headerLength / 4) * 4;
  const transSets = header.stacked ? 2 : 1;
  const gazPhrases = header.gazetteer.phrases;
  const gazWords = header.gazetteer.words;
  const expected = p + rows * 4 + transSets * (L * L + 2 * L) * 4 + nnz * 2 + rows + nnz + 8 * (gazPhrases + gazWords);
  if (bytes.byteLength !== expected) throw new Error('Name model is truncated or damaged.');
  const read = new FileArrays(bytes);
  const keys = read.int32s(p, rows);
  p += rows * 4;
  const readTransitions = (): { trans: Float64Array; start: Float64Array; end: Float64Array } => {
    const trans = new Float64Array(L * L);
    const start = new Float64Array(L);
    const end = new Float64Array(L);
    for (let i = 0; i < L * L; i++, p += 4) trans[i] = allowedTransition(Math.floor(i / L), i % L) ? view.getFloat32(p, true) : -Infinity;
    for (let i = 0; i < L; i++, p += 4) start[i] = allowedTransition(-1, i) ? view.getFloat32(p, true) : -Infinity;
    for (let i = 0; i < L; i++, p += 4) end[i] = allowedEnd(i) ? view.getFloat32(p, true) : -Infinity;
    return { trans, start, end };
  };
  const pass1 = passTransitions(readTransitions());
  const pass2 = header.stacked ? passTransitions(readTransitions()) : undefined;
  const valuesAt = p;
  const sizesAt = valuesAt + nnz * 2;
  const labelsAt = sizesAt + rows;
  const weights = buildWeightTable(keys, bytes.subarray(sizesAt, sizesAt + rows), bytes.subarray(labelsAt, labelsAt + nnz), read.int16s(valuesAt, nnz), header.scale);
  p = labelsAt + nnz;
  const readInts = (count: number): Int32Array => {
    const out = read.int32s(p, count);
    p += count * 4;
    return out;
  };
  const phraseKeys = readInts(gazPhrases);
  const phraseValues = readInts(gazPhrases);
  const wordKeys = readInts(gazWords);
  const gazetteer = new Gazetteer(new IntTable(phraseKeys, phraseValues), new IntTable(wordKeys, readInts(gazWords)));
  return { header, weights, pass1, pass2, gazetteer, cache: new Map(), local: { store: new Float32Array(NUM_LABELS * 4096), used: 0 } };
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Little-endian arrays of the model file as typed arrays: copied out in one block where the
 * machine is little endian (every machine VS Code runs on), element by element elsewhere.
 */
class FileArrays {
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  int32s(at: number, count: number): Int32Array {
    const out = new Int32Array(count);
    if (LITTLE_ENDIAN) this.copyInto(out, at);
    else for (let i = 0; i < count; i++) out[i] = this.view.getInt32(at + 4 * i, true);
    return out;
  }

  int16s(at: number, count: number): Int16Array {
    const out = new Int16Array(count);
    if (LITTLE_ENDIAN) this.copyInto(out, at);
    else for (let i = 0; i < count; i++) out[i] = this.view.getInt16(at + 2 * i, true);
    return out;
  }

  /** (A copy, not a view: the file's bytes need not be aligned for the array.) */
  private copyInto(out: Int32Array | Int16Array, at: number): void {
    new Uint8Array(out.buffer).set(this.bytes.subarray(at, at + out.byteLength));
  }
}

/**
 * Labels that close an entity or are outside one (O, L-*, U-*), in increasing order: the only
 * labels allowed before O, B-* and U-*. Before I-X and L-X only B-X and I-X are allowed.
 */
const CLOSED_LABELS = Uint8Array.from(Array.from({ length: NUM_LABELS }, (_, y) => y).filter((y) => allowedTransition(y, 0)));
/** The labels that may follow a closed label (O, B-*, U-*). */
const OPENING_LABELS = Uint8Array.from(Array.from({ length: NUM_LABELS }, (_, y) => y).filter((y) => allowedTransition(0, y)));

let scratchDelta = new Float64Array(0);
let scratchBack = new Uint8Array(0);

/**
 * Viterbi over emission scores em[t*L + y] for t in [0, n); returns the best labels in out.
 * Written for the BILOU constraints (allowedTransition): O, B-X and U-X follow the closed labels;
 * I-X and L-X follow B-X or I-X. Ties go to the lower previous label.
 */
export function viterbi(
  em: Float64Array,
  n: number,
  trans: Float64Array,
  start: Float64Array,
  end: Float64Array,
  out: Uint8Array,
): void {
  const L = NUM_LABELS;
  if (n === 0) return;
  if (scratchDelta.length < n * L) {
    scratchDelta = new Float64Array(n * L * 2);
    scratchBack = new Uint8Array(n * L * 2);
  }
  const delta = scratchDelta;
  const back = scratchBack;
  const closedCount = CLOSED_LABELS.length;
  const openingCount = OPENING_LABELS.length;
  for (let y = 0; y < L; y++) delta[y] = (start[y] as number) + (em[y] as number);
  for (let t = 1; t < n; t++) {
    const base = t * L;
    const prevBase = base - L;
    for (let i = 0; i < openingCount; i++) {
      const y = OPENING_LABELS[i] as number;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < closedCount; k++) {
        const yp = CLOSED_LABELS[k] as number;
        const s = (delta[prevBase + yp] as number) + (trans[yp * L + y] as number);
        if (s > best) {
          best = s;
          arg = yp;
        }
      }
      delta[base + y] = best + (em[base + y] as number);
      back[base + y] = arg;
    }
    for (let b = 1; b < L; b += 4) {
      // b = B-X; b + 1 = I-X and b + 2 = L-X, each after B-X or I-X.
      const fromB = delta[prevBase + b] as number;
      const fromI = delta[prevBase + b + 1] as number;
      for (let y = b + 1; y <= b + 2; y++) {
        const sB = fromB + (trans[b * L + y] as number);
        const sI = fromI + (trans[(b + 1) * L + y] as number);
        const takeI = sI > sB;
        delta[base + y] = (takeI ? sI : sB) + (em[base + y] as number);
        back[base + y] = takeI ? b + 1 : b;
      }
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    const s = (delta[lastBase + y] as number) + (end[y] as number);
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[t] = arg;
    arg = back[t * L + arg] as number;
  }
}

export interface Span {
  /** first token index */
  first: number;
  /** last token index (inclusive) */
  last: number;
  type: EntityType;
}

/** A span's words as one string: the form rules compare spans by. */
export const formOf = (span: Span, words: readonly string[]): string => words.slice(span.first, span.last + 1).join(' ');

/** Turns BILOU label indices of one sentence (offset by `base`) into spans. */
export function labelsToSpans(labels: Uint8Array, from: number, to: number, base: number, out: Span[]): void {
  let open = -1;
  for (let t = from; t < to; t++) {
    const y = labels[t] as number;
    if (y === 0) {
      open = -1;
      continue;
    }
    const part = labelPart(y);
    const type = ENTITY_TYPES[labelType(y)] as EntityType;
    if (part === 3) {
      out.push({ first: base + t, last: base + t, type });
      open = -1;
    } else if (part === 0) open = t;
    else if (part === 2 && open >= 0) {
      out.push({ first: base + open, last: base + t, type });
      open = -1;
    }
  }
}

/** Adds the weights of the features of every token to em[t*L + y]. */
export function addEmissions(model: TaggerModel, doc: DocFeatures, em: Float64Array): void {
  addWeights(model.weights, doc.feats, doc.offsets, NUM_LABELS, em);
}

const localScratch = new Int32Array(64);

/**
 * Sums the weights of a word's local features into the model's store (rounded to float32: the
 * scores, and so the tags, depend on it); returns where they start, also kept on the word's info.
 */
function localWeights(model: TaggerModel, info: WordInfo, caps: number): number {
  const count = localFeatures(info.word, info.lw, info.lower, info.shape, info.cls, caps, model.gazetteer.lexFeatures(info.lower), localScratch, 0);
  const em = new Float64Array(NUM_LABELS);
  addEmissions(model, { feats: localScratch.subarray(0, count), offsets: Int32Array.of(0, count), lower: localScratch, cls: new Uint8Array(0), caps: new Uint8Array(0) }, em);
  const local = model.local;
  if (local.used + NUM_LABELS > local.store.length) {
    const grown = new Float32Array(local.store.length * 2);
    grown.set(local.store);
    local.store = grown;
  }
  const at = local.used;
  local.store.set(em, at);
  local.used += NUM_LABELS;
  if (caps === 1) info.localCapsAt = at;
  else info.localAt = at;
  return at;
}

/** Entity type per token from labels: 0 = O, else type index + 1. */
export function labelTypes(labels: Uint8Array): Uint8Array {
  const out = new Uint8Array(labels.length);
  for (let t = 0; t < labels.length; t++) {
    const y = labels[t] as number;
    out[t] = y === 0 ? 0 : labelType(y) + 1;
  }
  return out;
}

/**
 * Transitions of one decoding pass: trans[prev * L + cur], start[L], end[L] (-Infinity where not
 * allowed), and the start and end scores next to a quiet (forced O) token.
 */
interface PassTransitions {
  trans: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** trans[O → y]: a segment that follows a quiet token */
  afterQuiet: Float64Array;
  /** trans[y → O]: a segment that a quiet token follows */
  beforeQuiet: Float64Array;
}

function passTransitions(tr: { trans: Float64Array; start: Float64Array; end: Float64Array }): PassTransitions {
  const L = NUM_LABELS;
  const afterQuiet = new Float64Array(L);
  const beforeQuiet = new Float64Array(L);
  for (let y = 0; y < L; y++) {
    afterQuiet[y] = tr.trans[y] as number;
    beforeQuiet[y] = tr.trans[y * L] as number;
  }
  return { ...tr, afterQuiet, beforeQuiet };
}

/** Decodes each sentence's runs of tokens that are not quiet; quiet tokens keep label O (0). */
function decodeAll(
  em: Float64Array,
  sentences: Array<[number, number]>,
  quiet: Uint8Array | undefined,
  tr: PassTransitions,
  labels: Uint8Array,
): void {
  const L = NUM_LABELS;
  for (const [a, b] of sentences) {
    let from = a;
    while (from < b) {
      while (from < b && quiet?.[from] === 1) from++;
      let to = from;
      while (to < b && quiet?.[to] !== 1) to++;
      if (to > from) {
        const start = from === a ? tr.start : tr.afterQuiet;
        const end = to === b ? tr.end : tr.beforeQuiet;
        viterbi(em.subarray(from * L, to * L), to - from, tr.trans, start, end, labels.subarray(from, to));
      }
      from = to;
    }
  }
}

/** Tags a tokenized document; returns entity spans over token indices. */
export function tagTokens(model: TaggerModel, words: string[], sentences: Array<[number, number]>): Span[] {
  const L = NUM_LABELS;
  if (model.cache.size > CACHE_LIMIT) {
    model.cache.clear();
    model.local.used = 0;
  }
  const doc = extractFeatures(words, sentences, model.gazetteer, model.cache);
  const n = words.length;
  const em = new Float64Array(n * L);
  const infos = doc.info as WordInfo[];
  const quiet = doc.quiet;
  for (let t = 0; t < n; t++) {
    if (quiet?.[t] === 1) continue;
    const info = infos[t] as WordInfo;
    const caps = doc.caps[t] as number;
    let at = caps === 1 ? info.localCapsAt : info.localAt;
    if (at < 0) at = localWeights(model, info, caps);
    const store = model.local.store; // after localWeights, which may grow it
    const base = t * L;
    // A plain loop: TypedArray#set costs more than 17 copies.
    for (let y = 0; y < L; y++) em[base + y] = store[at + y] as number;
  }
  addEmissions(model, doc, em);
  if (doc.typeFeats && doc.typeOffsets && doc.typeOf) {
    // Shared document-level features: summed once per word, added to each of its occurrences.
    const blocks = doc.typeOffsets.length - 1;
    const blockEm = new Float64Array(blocks * L);
    addEmissions(model, { feats: doc.typeFeats, offsets: doc.typeOffsets, lower: doc.lower, cls: doc.cls, caps: doc.caps }, blockEm);
    const typeOf = doc.typeOf;
    for (let t = 0; t < n; t++) {
      const i = typeOf[t] as number;
      if (i < 0) continue;
      const base = t * L;
      const from = i * L;
      for (let y = 0; y < L; y++) em[base + y] = (em[base + y] as number) + (blockEm[from + y] as number);
    }
  }
  const labels = new Uint8Array(n);
  decodeAll(em, sentences, quiet, model.pass1, labels);
  if (model.pass2) {
    addEmissions(model, extractDocLabelFeatures(doc, labelTypes(labels), ENTITY_TYPES.length), em);
    decodeAll(em, sentences, quiet, model.pass2, labels);
  }
  const spans: Span[] = [];
  for (const [a, b] of sentences) labelsToSpans(labels, a, b, 0, spans);
  return spans;
}

export interface TaggedText {
  tokens: Token[];
  /** normalised token texts */
  words: string[];
  sentences: Array<[number, number]>;
  spans: Span[];
}

export function tagText(model: TaggerModel, text: string): TaggedText {
  const { tokens, sentences } = tokenize(text);
  const words = tokens.map((t) => t.norm);
  return { tokens, words, sentences, spans: tagTokens(model, words, sentences) };
}
