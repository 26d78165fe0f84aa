/**
 * CoNLL-style named-entity evaluation on the real pipeline: each document's text is rebuilt from
 * its tokens (spaces between tokens, a newline between sentences), `findNames` runs on that text
 * with its own tokenizer, and predictions are scored against the gold spans like conlleval
 * (exact span and type) for PER, LOC and ORG.
 *
 * Input: first column the token, last column the tag (IOB1 or IOB2), blank lines between
 * sentences, `-DOCSTART-` lines between documents. Middle columns (POS/chunk, or character
 * offsets in CoNLL++ files) are ignored.
 */
import { NameMention, NameType } from '../names/index';
import { tagsToSpans } from '../names/train';
import { prf } from './scoring';

export { prf } from './scoring';

export interface ConllSentence {
  words: string[];
  tags: string[];
}
export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Parses CoNLL text into documents of sentences. A file without -DOCSTART- is one document. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | undefined;
  let sentence: ConllSentence = { words: [], tags: [] };
  const flush = (): void => {
    if (sentence.words.length > 0) {
      if (!doc) {
        doc = { sentences: [] };
        docs.push(doc);
      }
      doc.sentences.push(sentence);
    }
    sentence = { words: [], tags: [] };
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    const word = cols[0] as string;
    if (word === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    const tag = cols.length > 1 ? (cols[cols.length - 1] as string) : 'O';
    sentence.words.push(word);
    sentence.tags.push(tag);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

/** Rebuilds a document's text (tokens joined by spaces, sentences by newlines) with gold spans. */
export function rebuildDocument(doc: ConllDocument): { text: string; gold: GoldSpan[] } {
  const parts: string[] = [];
  const gold: GoldSpan[] = [];
  let offset = 0;
  doc.sentences.forEach((sentence, si) => {
    if (si > 0) {
      parts.push('\n');
      offset += 1;
    }
    const starts: number[] = [];
    const ends: number[] = [];
    sentence.words.forEach((word, wi) => {
      if (wi > 0) {
        parts.push(' ');
        offset += 1;
      }
      starts.push(offset);
      parts.push(word);
      offset += word.length;
      ends.push(offset);
    });
    for (const span of tagsToSpans(sentence.tags)) {
      gold.push({ start: starts[span.first] as number, end: ends[span.last] as number, type: span.type });
    }
  });
  return { text: parts.join(''), gold };
}

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllEvaluation {
  dataset: 'conll';
  documents: number;
  types: Record<NameType, TypeScore>;
  micro: { precision: number; recall: number; f1: number };
}

export const SCORED_TYPES: readonly NameType[] = ['PER', 'LOC', 'ORG'];

/** Counts per type, to be summed over documents. */
export type ConllCounts = Record<NameType, { gold: number; predicted: number; correct: number }>;

export function emptyCounts(): ConllCounts {
  return {
    PER: { gold: 0, predicted: 0, correct: 0 },
    LOC: { gold: 0, predicted: 0, correct: 0 },
    ORG: { gold: 0, predicted: 0, correct: 0 },
  };
}

/** Adds one document's exact-match counts (span and type) for PER, LOC, ORG. */
export function countMatches(
  gold: ReadonlyArray<{ start: number; end: number; type: string }>,
  predicted: ReadonlyArray<{ start: number; end: number; type: string }>,
  counts: ConllCounts,
): void {
  const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set<string>();
  for (const g of gold) {
    if (!(SCORED_TYPES as readonly string[]).includes(g.type)) continue;
    counts[g.type as NameType].gold++;
    goldKeys.add(key(g));
  }
  const seen = new Set<string>();
  for (const p of predicted) {
    if (!(SCORED_TYPES as readonly string[]).includes(p.type)) continue;
    const k = key(p);
    if (seen.has(k)) continue;
    seen.add(k);
    counts[p.type as NameType].predicted++;
    if (goldKeys.has(k)) counts[p.type as NameType].correct++;
  }
}

/** Turns summed counts into the report. */
export function scoreCounts(counts: ConllCounts, documents: number): ConllEvaluation {
  const types = {} as Record<NameType, TypeScore>;
  let g = 0;
  let p = 0;
  let c = 0;
  for (const type of SCORED_TYPES) {
    const t = counts[type];
    types[type] = { ...t, ...prf(t.gold, t.predicted, t.correct) };
    g += t.gold;
    p += t.predicted;
    c += t.correct;
  }
  return { dataset: 'conll', documents, types, micro: prf(g, p, c) };
}

/**
 * Evaluates a name finder on CoNLL text: parses, rebuilds each document's text, runs `find` on it
 * (normally `(text) => findNames(text, model)`) and scores exact span+type matches.
 */
export function evaluateConll(conllText: string, find: (text: string) => NameMention[]): ConllEvaluation {
  const docs = parseConll(conllText);
  const counts = emptyCounts();
  for (const doc of docs) {
    const { text, gold } = rebuildDocument(doc);
    countMatches(gold, find(text), counts);
  }
  return scoreCounts(counts, docs.length);
}
