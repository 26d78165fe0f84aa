/**
 * Fuzzy placement of a quote that changed a little ("Araqchi" → "Araghchi"), with Google's
 * diff-match-patch (the library Hypothesis re-anchored with): `match_main` (Bitap) finds
 * where the quote most likely is near the expected position, and a diff-based Levenshtein
 * distance verifies the candidate span before it is accepted.
 */
import DiffMatchPatch from 'diff-match-patch';
import { bestSideAgreement, type StoredContext } from './context';
import { similarity } from './similarity';
import { charAt, charBefore, insideWord, isCodePointBoundary, isMark, isSpace, isWordChar } from './text-units';

/**
 * A quote must keep at least this similarity (1 − Levenshtein / longer length) to be followed:
 * one letter in four may change. "Araqchi" → "Araghchi" (two edits in eight) is exactly 0.75,
 * the usual transliteration and typo fixes pass; a different word of the same length mostly
 * does not ("Oman" → "Rome" is 0.25), and short quotes also need their context (below).
 */
export const MIN_QUOTE_SIMILARITY = 0.75;
/**
 * Quotes shorter than this (UTF-16 units) are easily confused with a neighbour ("Iran" and
 * "Iraq" are 0.75 alike): they are followed only where one side of their context is still
 * at least MIN_SHORT_QUOTE_CONTEXT there.
 */
export const SHORT_QUOTE_LENGTH = 12;
export const MIN_SHORT_QUOTE_CONTEXT = 0.5;
/** Bitap looseness (dmp default): candidates are found loosely, then verified strictly. */
const MATCH_THRESHOLD = 0.5;
/** A candidate this many UTF-16 units from the expected position costs Bitap a whole 1.0. */
const MATCH_DISTANCE = 1000;

export interface FuzzyQuery {
  quote: string;
  context: StoredContext | null;
  /** Whether the annotation began / ended at a word boundary (then its new span must too). */
  wordStart: boolean;
  wordEnd: boolean;
  /** Expected UTF-16 start in the new text. */
  expected: number;
}

export interface FuzzyMatch {
  start: number;
  end: number;
  similarity: number;
}

export class FuzzyMatcher {
  private readonly dmp = new DiffMatchPatch();

  constructor(private readonly text: string) {
    this.dmp.Match_Threshold = MATCH_THRESHOLD;
    this.dmp.Match_Distance = MATCH_DISTANCE;
  }

  /**
   * The best verified span for the quote near the expected position, excluding spans
   * `taken` says are another annotation's; null when nothing is similar enough.
   */
  locate(query: FuzzyQuery, taken: (start: number, end: number) => boolean): FuzzyMatch | null {
    const approximate = this.approximateSpan(query.quote, query.expected);
    if (!approximate) return null;
    const best = this.refine(query, approximate.start, approximate.end, taken);
    if (!best || best.similarity < MIN_QUOTE_SIMILARITY) return null;
    if (query.quote.length < SHORT_QUOTE_LENGTH) {
      if (query.context) {
        if (bestSideAgreement(query.context, this.text, best.start, best.end) < MIN_SHORT_QUOTE_CONTEXT) return null;
      } else if (Math.abs(best.start - query.expected) > query.quote.length + 32) {
        return null;
      }
    }
    return best;
  }

  /**
   * Where Bitap puts the quote. Bitap handles at most Match_MaxBits (32) pattern characters,
   * so a longer quote is matched by its head and its tail separately and spans between them.
   */
  private approximateSpan(quote: string, expected: number): { start: number; end: number } | null {
    const maxBits = this.dmp.Match_MaxBits;
    const loc = Math.max(0, Math.min(this.text.length, expected));
    if (quote.length <= maxBits) {
      const start = this.match(quote, loc);
      return start < 0 ? null : { start, end: start + quote.length };
    }
    const head = quote.slice(0, maxBits);
    const tail = quote.slice(-maxBits);
    const headAt = this.match(head, loc);
    const tailAt = this.match(tail, (headAt >= 0 ? headAt : loc) + quote.length - maxBits);
    if (headAt < 0 && tailAt < 0) return null;
    let start = headAt >= 0 ? headAt : tailAt + maxBits - quote.length;
    let end = tailAt >= 0 ? tailAt + maxBits : headAt + quote.length;
    const length = end - start;
    if (length < quote.length / 2 || length > quote.length * 1.5) {
      // Head and tail found in unrelated places: trust the head.
      if (headAt >= 0) end = headAt + quote.length;
      else start = end - quote.length;
    }
    return { start: Math.max(0, start), end: Math.min(this.text.length, end) };
  }

  /**
   * match_main on the part of the text Bitap can reach (a match MATCH_DISTANCE away already
   * costs more than MATCH_THRESHOLD): dmp allocates arrays as long as the text before the
   * expected position, which made long articles slow.
   */
  private match(pattern: string, loc: number): number {
    const from = Math.max(0, loc - MATCH_DISTANCE - pattern.length);
    const to = Math.min(this.text.length, loc + MATCH_DISTANCE + 2 * pattern.length);
    try {
      const found = this.dmp.match_main(this.text.slice(from, to), pattern, loc - from);
      return found < 0 ? -1 : found + from;
    } catch {
      return -1;
    }
  }

  /**
   * Moves the approximate span's ends, within a quarter of the quote's length, to the span most
   * similar to the quote, only ever to acceptable boundaries (see boundaryOk): alternately the
   * best start for the current end and the best end for that start.
   */
  private refine(query: FuzzyQuery, start0: number, end0: number, taken: (start: number, end: number) => boolean): FuzzyMatch | null {
    const { quote } = query;
    const reach = Math.min(16, Math.max(2, Math.ceil(quote.length / 4)));
    const starts = this.positions(start0, reach, (i) => this.startOk(query, i));
    const ends = this.positions(end0, reach, (i) => this.endOk(query, i));
    if (starts.length === 0 || ends.length === 0) return null;
    const score = (start: number, end: number) =>
      end - start < Math.ceil(quote.length / 2) || end - start > quote.length * 1.5 + 2 || taken(start, end)
        ? -1
        : similarity(quote, this.text.slice(start, end));
    const found: { best: FuzzyMatch | null } = { best: null };
    const distance = (start: number, end: number) => Math.abs(start - start0) + Math.abs(end - end0);
    const consider = (start: number, end: number) => {
      const value = score(start, end);
      if (value < 0) return;
      const best = found.best;
      if (!best || value > best.similarity || (value === best.similarity && distance(start, end) < distance(best.start, best.end))) {
        found.best = { start, end, similarity: value };
      }
    };
    let start = nearest(starts, start0);
    let end = nearest(ends, end0);
    for (let round = 0; round < 2; round++) {
      for (const candidate of starts) consider(candidate, end);
      if (found.best) start = found.best.start;
      for (const candidate of ends) consider(start, candidate);
      if (found.best) end = found.best.end;
    }
    return found.best;
  }

  /** Positions within reach of center that pass ok, nearest first. */
  private positions(center: number, reach: number, ok: (i: number) => boolean): number[] {
    const out: number[] = [];
    for (let d = 0; d <= reach; d++) {
      for (const i of d === 0 ? [center] : [center - d, center + d]) {
        if (i >= 0 && i <= this.text.length && ok(i)) out.push(i);
      }
    }
    return out;
  }

  private startOk(query: FuzzyQuery, i: number): boolean {
    const { text } = this;
    if (!isCodePointBoundary(text, i)) return false;
    const first = charAt(query.quote, 0);
    const at = charAt(text, i);
    if (isMark(at) && !isMark(first)) return false;
    if (!isSpace(first) && isSpace(at)) return false;
    if (isWordChar(first) && !isWordChar(at)) return false;
    return !(query.wordStart && insideWord(text, i));
  }

  private endOk(query: FuzzyQuery, i: number): boolean {
    const { text } = this;
    if (!isCodePointBoundary(text, i)) return false;
    const last = charBefore(query.quote, query.quote.length);
    const before = charBefore(text, i);
    if (isMark(charAt(text, i))) return false;
    if (!isSpace(last) && isSpace(before)) return false;
    if (isWordChar(last) && !isWordChar(before)) return false;
    return !(query.wordEnd && insideWord(text, i));
  }
}

function nearest(sorted: number[], target: number): number {
  let best = sorted[0]!;
  for (const value of sorted) if (Math.abs(value - target) < Math.abs(best - target)) best = value;
  return best;
}
