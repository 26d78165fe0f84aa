/**
 * Training of the name tagger: an averaged structured perceptron with first-order Viterbi over
 * BILOU labels, on documents of tokenised sentences with IOB1/IOB2 tags. Pure: data in, model
 * bytes out. Deterministic: the sentence order of each epoch comes from a seeded PRNG.
 */
import { DocFeatures, Gazetteer, GazetteerLists, extractDocLabelFeatures, extractFeatures } from './features';
import {
  ENTITY_TYPES,
  NUM_LABELS,
  allowedEnd,
  allowedTransition,
  labelTypes,
  serializeModel,
  tokenizePhrase,
  viterbi,
} from './tagger';
import { normalize } from './tokenize';

export interface TrainingSentence {
  words: string[];
  /** IOB1 or IOB2 tags (e.g. I-PER, B-LOC, O); unknown types are treated as O. */
  tags: string[];
}
export interface TrainingDocument {
  sentences: TrainingSentence[];
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  gazetteer?: GazetteerLists;
  /** Averaged weights with a smaller magnitude are dropped from the model. */
  prune?: number;
  /** Features seen fewer times in training are not used. */
  minCount?: number;
  /**
   * Folds for the second, document-level pass (trained on jackknifed first-pass predictions);
   * 0 or 1 = no second pass.
   */
  folds?: number;
  /** Perceptrons trained on differently shuffled data whose averaged weights are averaged (default 1). */
  ensemble?: number;
  onEpoch?: (epoch: number, stats: { errors: number; sentences: number; seconds: number }) => void;
  info?: Record<string, unknown>;
}

/** Spans [first, last] with a type from IOB1 or IOB2 tags (the conlleval reading). */
export function tagsToSpans(tags: readonly string[]): Array<{ first: number; last: number; type: string }> {
  const spans: Array<{ first: number; last: number; type: string }> = [];
  let openType = '';
  let openStart = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? (tags[i] as string) : 'O';
    const dash = tag.indexOf('-');
    const prefix = dash >= 0 ? tag.slice(0, dash) : tag;
    const type = dash >= 0 ? tag.slice(dash + 1) : '';
    const begins = type !== '' && (prefix === 'B' || prefix === 'S' || prefix === 'U' || type !== openType);
    if (openStart >= 0 && (type === '' || begins)) {
      spans.push({ first: openStart, last: i - 1, type: openType });
      openStart = -1;
      openType = '';
    }
    if (begins) {
      openStart = i;
      openType = type;
    }
    if (openStart >= 0 && (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U')) {
      spans.push({ first: openStart, last: i, type: openType });
      openStart = -1;
      openType = '';
    }
  }
  return spans;
}

function bilou(tags: readonly string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  for (const span of tagsToSpans(tags)) {
    const t = (ENTITY_TYPES as readonly string[]).indexOf(span.type);
    if (t < 0) continue;
    if (span.first === span.last) out[span.first] = 4 + 4 * t;
    else {
      out[span.first] = 1 + 4 * t;
      for (let i = span.first + 1; i < span.last; i++) out[i] = 2 + 4 * t;
      out[span.last] = 3 + 4 * t;
    }
  }
  return out;
}

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PreparedSentence {
  /** dense feature ids; token t owns [offsets[t], offsets[t+1]) */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
  /** fixed scores added to the emissions (second pass: the first pass's emissions) */
  base?: Float32Array;
  doc: number;
}

const L = NUM_LABELS;
const TL = L * L + 2 * L; // transitions, start, end

interface Weights {
  /** averaged feature weights [id * L + y] */
  w: Float32Array;
  /** averaged transitions, start, end */
  t: Float64Array;
}

function unpackTransitions(tw: Float64Array, trans: Float64Array, start: Float64Array, end: Float64Array): void {
  for (let i = 0; i < L * L; i++) trans[i] = allowedTransition(Math.floor(i / L), i % L) ? (tw[i] as number) : -Infinity;
  for (let y = 0; y < L; y++) {
    start[y] = allowedTransition(-1, y) ? (tw[L * L + y] as number) : -Infinity;
    end[y] = allowedEnd(y) ? (tw[L * L + L + y] as number) : -Infinity;
  }
}

/** Scores of one sentence into em[0 .. n*L). */
function emissions(s: PreparedSentence, w: Float32Array, em: Float64Array): void {
  const n = s.gold.length;
  if (s.base) for (let i = 0; i < n * L; i++) em[i] = s.base[i] as number;
  else em.fill(0, 0, n * L);
  for (let t = 0; t < n; t++) {
    const base = t * L;
    for (let k = s.offsets[t] as number; k < (s.offsets[t + 1] as number); k++) {
      const row = (s.ids[k] as number) * L;
      for (let y = 0; y < L; y++) em[base + y] = (em[base + y] as number) + (w[row + y] as number);
    }
  }
}

/** Averaged structured perceptron over the given sentences. */
function perceptron(
  sentences: readonly PreparedSentence[],
  numFeatures: number,
  epochs: number,
  seed: number,
  onEpoch?: TrainOptions['onEpoch'],
): Weights {
  const w = new Float32Array(numFeatures * L);
  const u = new Float64Array(numFeatures * L);
  const tw = new Float64Array(TL);
  const tu = new Float64Array(TL);
  const trans = new Float64Array(L * L);
  const start = new Float64Array(L);
  const end = new Float64Array(L);
  const random = prng(seed);
  const order = sentences.map((_, i) => i);
  let c = 1;
  let em = new Float64Array(256 * L);
  let pred = new Uint8Array(256);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    let errors = 0;
    for (const index of order) {
      const s = sentences[index] as PreparedSentence;
      const n = s.gold.length;
      if (em.length < n * L) {
        em = new Float64Array(n * L * 2);
        pred = new Uint8Array(n * 2);
      }
      emissions(s, w, em);
      unpackTransitions(tw, trans, start, end);
      viterbi(em, n, trans, start, end, pred);
      let wrong = false;
      for (let t = 0; t < n; t++) {
        const g = s.gold[t] as number;
        const p = pred[t] as number;
        if (g === p) continue;
        wrong = true;
        for (let k = s.offsets[t] as number; k < (s.offsets[t + 1] as number); k++) {
          const row = (s.ids[k] as number) * L;
          w[row + g] = (w[row + g] as number) + 1;
          u[row + g] = (u[row + g] as number) + c;
          w[row + p] = (w[row + p] as number) - 1;
          u[row + p] = (u[row + p] as number) - c;
        }
      }
      if (wrong) {
        errors++;
        const bump = (i: number, d: number): void => {
          tw[i] = (tw[i] as number) + d;
          tu[i] = (tu[i] as number) + d * c;
        };
        bump(L * L + (s.gold[0] as number), 1);
        bump(L * L + (pred[0] as number), -1);
        bump(L * L + L + (s.gold[n - 1] as number), 1);
        bump(L * L + L + (pred[n - 1] as number), -1);
        for (let t = 1; t < n; t++) {
          bump((s.gold[t - 1] as number) * L + (s.gold[t] as number), 1);
          bump((pred[t - 1] as number) * L + (pred[t] as number), -1);
        }
      }
      c++;
    }
    onEpoch?.(epoch, { errors, sentences: order.length, seconds: (Date.now() - t0) / 1000 });
  }
  const avg = new Float32Array(numFeatures * L);
  for (let i = 0; i < avg.length; i++) avg[i] = (w[i] as number) - (u[i] as number) / c;
  const t = new Float64Array(TL);
  for (let i = 0; i < TL; i++) t[i] = (tw[i] as number) - (tu[i] as number) / c;
  return { w: avg, t };
}

/** Interns feature hashes as dense ids and builds the per-sentence id lists. */
class FeatureIndex {
  readonly ids = new Map<number, number>();
  readonly keys: number[] = [];

  add(feats: Int32Array, counts: Map<number, number>, minCount: number): void {
    for (const f of feats) {
      if (this.ids.has(f) || (counts.get(f) ?? 0) < minCount) continue;
      this.ids.set(f, this.keys.length);
      this.keys.push(f);
    }
  }

  sentences(doc: DocFeatures, ranges: Array<[number, number]>, gold: Uint8Array, docIndex: number): PreparedSentence[] {
    const out: PreparedSentence[] = [];
    for (const [a, b] of ranges) {
      const list: number[] = [];
      const offsets = new Int32Array(b - a + 1);
      for (let t = a; t < b; t++) {
        offsets[t - a] = list.length;
        for (let k = doc.offsets[t] as number; k < (doc.offsets[t + 1] as number); k++) {
          const id = this.ids.get(doc.feats[k] as number);
          if (id !== undefined) list.push(id);
        }
      }
      offsets[b - a] = list.length;
      out.push({ ids: Int32Array.from(list), offsets, gold: gold.slice(a, b), doc: docIndex });
    }
    return out;
  }
}

/** Trains a model and returns its serialized bytes (see tagger.ts for the format). */
export function trainNameModel(documents: readonly TrainingDocument[], options: TrainOptions = {}): Uint8Array {
  const epochs = options.epochs ?? 10;
  const seed = options.seed ?? 1;
  const folds = options.folds ?? 0;
  const gazLists = options.gazetteer ?? {};
  const gazetteer = Gazetteer.fromLists(gazLists, tokenizePhrase);
  const minCount = options.minCount ?? 1;

  // Feature extraction, document by document.
  const docs: Array<{ features: DocFeatures; sentences: Array<[number, number]>; gold: Uint8Array }> = [];
  const counts = new Map<number, number>();
  for (const doc of documents) {
    const words: string[] = [];
    const sentences: Array<[number, number]> = [];
    const goldParts: Uint8Array[] = [];
    for (const s of doc.sentences) {
      if (s.words.length === 0) continue;
      sentences.push([words.length, words.length + s.words.length]);
      for (const w of s.words) words.push(normalize(w));
      goldParts.push(bilou(s.tags));
    }
    const gold = new Uint8Array(words.length);
    let p = 0;
    for (const g of goldParts) {
      gold.set(g, p);
      p += g.length;
    }
    const features = extractFeatures(words, sentences, gazetteer);
    for (const f of features.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
    docs.push({ features, sentences, gold });
  }
  const index = new FeatureIndex();
  for (const d of docs) index.add(d.features.feats, counts, minCount);
  counts.clear();
  const prepared: PreparedSentence[] = [];
  docs.forEach((d, i) => prepared.push(...index.sentences(d.features, d.sentences, d.gold, i)));

  const first = perceptron(prepared, index.keys.length, epochs, seed, options.onEpoch);
  const ensemble = options.ensemble ?? 1;
  for (let e = 1; e < ensemble; e++) {
    const other = perceptron(prepared, index.keys.length, epochs, seed + 1000 * e, options.onEpoch);
    for (let i = 0; i < first.w.length; i++) first.w[i] = (first.w[i] as number) + (other.w[i] as number);
    for (let i = 0; i < first.t.length; i++) first.t[i] = (first.t[i] as number) + (other.t[i] as number);
  }
  if (ensemble > 1) {
    for (let i = 0; i < first.w.length; i++) first.w[i] = (first.w[i] as number) / ensemble;
    for (let i = 0; i < first.t.length; i++) first.t[i] = (first.t[i] as number) / ensemble;
  }
  const rows: Array<{ key: number; w: Float32Array; from: number }> = [];
  for (let f = 0; f < index.keys.length; f++) rows.push({ key: index.keys[f] as number, w: first.w, from: f * L });
  const transitions = [first.t];

  if (folds > 1) {
    // Jackknife: first-pass labels and emissions for each document from a model that did not see it.
    const docLabels = docs.map((d) => new Uint8Array(d.gold.length));
    const docEm = docs.map((d) => new Float32Array(d.gold.length * L));
    const trans = new Float64Array(L * L);
    const start = new Float64Array(L);
    const end = new Float64Array(L);
    for (let k = 0; k < folds; k++) {
      const train = prepared.filter((s) => s.doc % folds !== k);
      const held = prepared.filter((s) => s.doc % folds === k);
      const model = perceptron(train, index.keys.length, epochs, seed + k + 1);
      unpackTransitions(model.t, trans, start, end);
      const offsetInDoc = new Map<number, number>();
      for (const s of held) {
        const n = s.gold.length;
        const em = new Float64Array(n * L);
        emissions(s, model.w, em);
        const labels = new Uint8Array(n);
        viterbi(em, n, trans, start, end, labels);
        const at = offsetInDoc.get(s.doc) ?? 0;
        offsetInDoc.set(s.doc, at + n);
        (docLabels[s.doc] as Uint8Array).set(labels, at);
        (docEm[s.doc] as Float32Array).set(em, at * L);
      }
      options.onEpoch?.(k + 1, { errors: -1, sentences: held.length, seconds: 0 });
    }
    // Second pass: only the document-label features are learned, on top of the first-pass scores.
    const index2 = new FeatureIndex();
    const second: PreparedSentence[] = [];
    const counts2 = new Map<number, number>();
    const extra = docs.map((d, i) => extractDocLabelFeatures(d.features, labelTypes(docLabels[i] as Uint8Array), ENTITY_TYPES.length));
    for (const e of extra) for (const f of e.feats) counts2.set(f, (counts2.get(f) ?? 0) + 1);
    for (const e of extra) index2.add(e.feats, counts2, 1);
    docs.forEach((d, i) => {
      const sentences = index2.sentences(extra[i] as DocFeatures, d.sentences, d.gold, i);
      const em = docEm[i] as Float32Array;
      sentences.forEach((s, j) => {
        const [a, b] = d.sentences[j] as [number, number];
        s.base = em.subarray(a * L, b * L);
      });
      second.push(...sentences);
    });
    const stacked = perceptron(second, index2.keys.length, Math.max(3, Math.ceil(epochs / 2)), seed + 101);
    for (let f = 0; f < index2.keys.length; f++) rows.push({ key: index2.keys[f] as number, w: stacked.w, from: f * L });
    transitions.push(stacked.t);
  }

  // Averaged weights, pruned and sparse.
  const prune = options.prune ?? 0;
  const rowKeys: number[] = [];
  const rowSizes: number[] = [];
  const labels: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    let size = 0;
    for (let y = 0; y < L; y++) {
      const v = row.w[row.from + y] as number;
      if (Math.abs(v) > prune && Math.abs(v) > 1e-9) {
        labels.push(y);
        values.push(v);
        size++;
      }
    }
    if (size > 0) {
      rowKeys.push(row.key);
      rowSizes.push(size);
    }
  }
  const transAll = new Float32Array(TL * transitions.length);
  transitions.forEach((t, i) => transAll.set(t, i * TL));
  return serializeModel(
    {
      keys: Int32Array.from(rowKeys),
      rowSizes: Uint8Array.from(rowSizes),
      labels: Uint8Array.from(labels),
      values: Float32Array.from(values),
      trans: transAll,
    },
    gazetteer,
    gazLists,
    { ...options.info, epochs, seed, folds, ensemble, features: index.keys.length, rows: rowKeys.length },
  );
}
