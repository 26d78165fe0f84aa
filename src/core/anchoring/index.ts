/**
 * Re-anchoring: after the article text changed (a typo fixed, a paragraph inserted, wire copy
 * updated), every annotation is attached again by its quote and context; only the sidecar and
 * the new text are known, not the old text or the edit.
 *
 * For each annotation, in order of preference:
 *  1. its old offsets, or its old offsets shifted as much as the annotation before it moved,
 *     when the quote and its whole stored context are still there (the usual case: O(1)), or
 *     the one place where quote and whole context still stand together (one indexOf);
 *  2. an exact occurrence of the quote near where it is expected (the old offset shifted like
 *     its nearest placed neighbour) with at least half its context kept, not glued into a
 *     longer word; occurrences are scored by context, then closeness, and assigned best first,
 *     so annotations of the same quote at different places get different occurrences;
 *  3. a fuzzy match found by diff-match-patch's Bitap near the expected position, verified by
 *     similarity (see fuzzy.ts for the thresholds), never cutting a surrogate pair or a letter
 *     from its accents, and on word boundaries when the annotation was;
 *  4. any other exact occurrence (far, little context, or glued into a longer word), best
 *     scored first;
 *  5. otherwise it is an orphan: reported, returned as it was, never dropped.
 * Annotations of one old span move together; annotations of different old spans never land on
 * the same new span.
 * Offsets in sidecars are code points; matching works on UTF-16 and converts with OffsetMap.
 */
import type { Annotation } from '../model/types';
import { OffsetMap } from '../offsets';
import { contextAgreement, contextAround, quickAgreement, type StoredContext } from './context';
import { FuzzyMatcher } from './fuzzy';
import { charAt, charBefore, codePointLength, isMark, isWordChar } from './text-units';

export { contextAround } from './context';
export { MIN_QUOTE_SIMILARITY, MIN_SHORT_QUOTE_CONTEXT, SHORT_QUOTE_LENGTH } from './fuzzy';

export type AnchorOutcome =
  /** The text at the old offsets still equals the quote. */
  | { kind: 'unchanged'; annotation: Annotation }
  /** The exact quote was found elsewhere (best by context, then distance). */
  | { kind: 'moved'; annotation: Annotation; from: { start: number; end: number } }
  /** The quote changed a little; annotation.text is the new text at the new offsets. */
  | { kind: 'fuzzy'; annotation: Annotation; from: { start: number; end: number }; previousText: string; similarity: number }
  /** Could not be placed; the annotation is returned as it was. */
  | { kind: 'orphan'; annotation: Annotation };

/**
 * Weights of the exact-occurrence score: context similarity dominates; closeness to the
 * expected position (the old offset shifted like the nearest placed neighbour) decides between
 * alike contexts, relative to the text's length and, more strongly, within LOCAL_RANGE code
 * points, where the expectation is usually right to the character.
 */
const CONTEXT_WEIGHT = 40;
const POSITION_WEIGHT = 4;
const LOCAL_WEIGHT = 8;
const LOCAL_RANGE = 256;
/** Cost of an occurrence glued to a longer word when the annotation was a whole word. */
const WORD_PENALTY = 5;
/**
 * An exact occurrence whose context is at least this similar to the stored one is taken before
 * any fuzzy match; one with less context is taken only when no fuzzy match is found. (Unrelated
 * English contexts are about 0.2-0.3 alike; one side kept intact gives at least 0.5.)
 */
const STRONG_CONTEXT = 0.5;

/**
 * Taken before fuzzy matches, too, only within this many code points of where the annotation
 * is expected: a far one is taken only when no fuzzy match is found near (a passage repeated in
 * the article must not pull an annotation away from a slightly edited copy of its quote).
 */
const NEAR = 2000;
/**
 * An exact occurrence glued into a longer word ("Witkoff" in "Witkoffs") this close to where it
 * is expected is kept, whatever its context, unless a fuzzy match takes in all of it.
 */
const GLUED_NEAR = 64;
/** How many occurrences per annotation get the diff-based context similarity (see below). */
const REFINED = 3;

interface Candidate {
  group: Group;
  start: number;
  end: number;
  /** Start in code points. */
  position: number;
  context: number;
  cutsWord: boolean;
  distance: number;
  score: number;
  strong: boolean;
}

/** Annotations with the same quote at the same old span: they are placed together. */
interface Group {
  quote: string;
  oldStart: number;
  oldEnd: number;
  members: number[];
  context: StoredContext | null;
  wordStart: boolean;
  wordEnd: boolean;
  /** Expected code point start in the new text. */
  expected: number;
  placed: { start: number; end: number; similarity: number } | null;
}

/** Re-attaches each annotation to newText; outcomes are in the order of the input. */
export function reanchor(annotations: readonly Annotation[], newText: string): AnchorOutcome[] {
  const offsets = new OffsetMap(newText);
  const length = offsets.toCodePoint(newText.length);
  const groups = groupsOf(annotations);
  const claims = new Map<string, Group>();
  /** The group placed on its exact quote over each UTF-16 unit of the new text (fuzzy placements left out). */
  const ownerAt = new Map<number, Group>();
  const claim = (group: Group, start: number, end: number, similarity = 1) => {
    group.placed = { start, end, similarity };
    claims.set(spanKey(start, end), group);
    if (similarity === 1) for (let at = start; at < end; at++) if (!ownerAt.has(at)) ownerAt.set(at, group);
  };
  // Another group's span, or one overlapping another group's exact quote when the two did not
  // overlap before: an edit outside the annotations cannot put one quote inside another ("2" of
  // "2 min read" inside "2025" once the text between them changed).
  const takenByOther = (group: Group, start: number, end: number) => {
    const owner = claims.get(spanKey(start, end));
    if (owner !== undefined && owner !== group) return true;
    for (let at = start; at < end; at++) {
      const other = ownerAt.get(at);
      if (other !== undefined && other !== group && !(other.oldStart < group.oldEnd && group.oldStart < other.oldEnd)) return true;
    }
    return false;
  };

  // 1. Old offsets, or shifted like the previous annotation, with quote and context intact;
  // failing that, the nearest place where the stored context and quote still stand together.
  let delta = 0;
  for (const group of groups) {
    const quoteLength = codePointLength(group.quote);
    const confirmedAt = (start16: number, shift: number) => {
      const end16 = start16 + group.quote.length;
      if (!newText.startsWith(group.quote, start16) || takenByOther(group, start16, end16)) return false;
      if (!group.context) return shift === 0;
      const fresh = contextAround(newText, start16, end16);
      return fresh.prefix === group.context.prefix && fresh.suffix === group.context.suffix;
    };
    let placedAt: number | null = null;
    for (const shift of delta === 0 ? [0] : [delta, 0]) {
      const start = group.oldStart + shift;
      if (start < 0 || start + quoteLength > length) continue;
      if (confirmedAt(offsets.toUtf16(start), shift)) {
        placedAt = offsets.toUtf16(start);
        break;
      }
    }
    if (placedAt === null && group.context && group.quote !== '') {
      const window = group.context.prefix + group.quote + group.context.suffix;
      // A window found once is trusted wherever it is; a repeated passage only near where the
      // annotation is expected (else an edit in one copy would send it to another copy).
      const expected16 = offsets.toUtf16(Math.max(0, Math.min(length, group.oldStart + delta)));
      const found = occurrences(newText, window).map((at) => at + group.context!.prefix.length);
      let best = -1;
      for (const start16 of found) {
        if ((best < 0 || Math.abs(start16 - expected16) < Math.abs(best - expected16)) && confirmedAt(start16, -1)) best = start16;
      }
      if (best >= 0 && (found.length === 1 || Math.abs(best - expected16) <= NEAR)) placedAt = best;
    }
    if (placedAt === null) continue;
    claim(group, placedAt, placedAt + group.quote.length);
    delta = offsets.toCodePoint(placedAt) - group.oldStart;
  }

  estimatePositions(groups, offsets, length);

  // 2. Exact occurrences with their context (mostly) kept, assigned so that different
  // annotations get different occurrences.
  const pending = new Map<string, Group[]>();
  for (const group of groups) {
    if (group.placed || group.quote === '') continue;
    const list = pending.get(group.quote) ?? [];
    list.push(group);
    pending.set(group.quote, list);
  }
  const candidates: Candidate[] = [];
  const candidatesOf = new Map<Group, Candidate[]>();
  for (const [quote, list] of pending) {
    const found = occurrences(newText, quote).filter((start) => !isMark(charAt(newText, start + quote.length))); // would cut a letter from its accent
    const positions = found.map((start) => offsets.toCodePoint(start));
    for (const group of list) {
      const mine: Candidate[] = [];
      found.forEach((start, i) => {
        const end = start + quote.length;
        if (takenByOther(group, start, end)) return;
        const cutsWord = (group.wordStart && isWordChar(charBefore(newText, start))) || (group.wordEnd && isWordChar(charAt(newText, end)));
        const context = group.context ? quickAgreement(group.context, newText, start, end) : 1;
        mine.push({ group, start, end, position: positions[i]!, context, cutsWord, distance: Math.abs(positions[i]! - group.expected), score: 0, strong: false });
      });
      // Context score: the mean of how much context is kept right next to the occurrence
      // (exact, adjacency-sensitive) and how similar the contexts are (diff-based, tolerant of
      // small edits in the context). The first is a bound from below of the second and cheap
      // enough for every occurrence; only the likeliest few get the diff-based part.
      if (group.context) {
        const refine = new Set([...mine].sort((a, b) => b.context - a.context).slice(0, REFINED));
        for (const candidate of [...mine].sort((a, b) => a.distance - b.distance).slice(0, REFINED)) refine.add(candidate);
        for (const candidate of refine) {
          candidate.context = Math.max(candidate.context, (candidate.context + contextAgreement(group.context, newText, candidate.start, candidate.end)) / 2);
        }
      }
      candidates.push(...mine);
      candidatesOf.set(group, mine);
    }
  }
  const assign = (strongOnly: boolean) => {
    rank(candidates, length);
    for (const candidate of candidates) {
      if ((strongOnly && !candidate.strong) || candidate.group.placed || claims.has(spanKey(candidate.start, candidate.end)) || takenByOther(candidate.group, candidate.start, candidate.end)) continue;
      claim(candidate.group, candidate.start, candidate.end);
    }
  };
  assign(true);
  estimatePositions(groups, offsets, length);
  rank(candidates, length);

  // 3. Fuzzy matches, verified.
  let matcher: FuzzyMatcher | null = null;
  for (const group of groups) {
    if (group.placed) continue;
    if (group.quote === '') {
      if (group.oldStart === group.oldEnd && group.oldStart >= 0 && group.oldStart <= length) {
        const at = offsets.toUtf16(group.oldStart);
        claim(group, at, at);
      }
      continue;
    }
    matcher ??= new FuzzyMatcher(newText);
    const expected = offsets.toUtf16(group.expected);
    const found = matcher.locate({ quote: group.quote, context: group.context, wordStart: group.wordStart, wordEnd: group.wordEnd, expected }, (start, end) => takenByOther(group, start, end));
    // The quote still stands where expected, only with letters glued to it ("Witkoff" in
    // "Witkoffs"): the fuzzy match wins only when it takes in the whole quote.
    let best: Candidate | null = null;
    for (const candidate of candidatesOf.get(group) ?? []) {
      if (!claims.has(spanKey(candidate.start, candidate.end)) && !takenByOther(group, candidate.start, candidate.end) && (!best || candidate.score > best.score)) best = candidate;
    }
    const glued = best?.cutsWord && ((best.context >= STRONG_CONTEXT && best.distance <= NEAR) || best.distance <= GLUED_NEAR) ? best : null;
    if (glued && !(found && found.start <= glued.start && found.end >= glued.end)) claim(group, glued.start, glued.end);
    // An exact occurrence found by Bitap is left to step 4, which weighs the context too.
    else if (found && newText.slice(found.start, found.end) !== group.quote) claim(group, found.start, found.end, found.similarity);
  }

  // 4. The exact occurrences left, even far, with little context or inside a longer word;
  // 5. what is left after that is an orphan.
  assign(false);

  const outcomes: AnchorOutcome[] = new Array<AnchorOutcome>(annotations.length);
  for (const group of groups) {
    for (const index of group.members) {
      const annotation = annotations[index]!;
      outcomes[index] = outcomeFor(annotation, group, newText, offsets);
    }
  }
  return outcomes;
}

function outcomeFor(annotation: Annotation, group: Group, newText: string, offsets: OffsetMap): AnchorOutcome {
  if (!group.placed) return { kind: 'orphan', annotation };
  const { start: start16, end: end16, similarity } = group.placed;
  const text = newText.slice(start16, end16);
  const start = offsets.toCodePoint(start16);
  const end = offsets.toCodePoint(end16);
  const placed: Annotation = { ...annotation, text, start, end, ...contextAround(newText, start16, end16) };
  const from = { start: annotation.start, end: annotation.end };
  if (text !== annotation.text) return { kind: 'fuzzy', annotation: placed, from, previousText: annotation.text, similarity };
  if (start === annotation.start && end === annotation.end) return { kind: 'unchanged', annotation: placed };
  return { kind: 'moved', annotation: placed, from };
}

/** Scores the candidates against where their annotations are now expected, best first. */
function rank(candidates: Candidate[], length: number): void {
  for (const candidate of candidates) {
    // Where its neighbours say it moved, or where it was: "A US statement" became "A US US
    // statement" (an edit right after the quote); both "US" kept one side of the context, the
    // estimate follows the neighbour after it, and the one that did not move is the annotated one.
    const distance = Math.min(Math.abs(candidate.position - candidate.group.expected), Math.abs(candidate.position - candidate.group.oldStart));
    candidate.distance = distance;
    candidate.score =
      CONTEXT_WEIGHT * candidate.context +
      POSITION_WEIGHT * (1 - distance / Math.max(1, length)) +
      LOCAL_WEIGHT * Math.max(0, 1 - distance / LOCAL_RANGE) -
      (candidate.cutsWord ? WORD_PENALTY : 0);
    candidate.strong = candidate.context >= STRONG_CONTEXT && !candidate.cutsWord && distance <= NEAR;
  }
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance || a.start - b.start || a.group.oldStart - b.group.oldStart);
}

function groupsOf(annotations: readonly Annotation[]): Group[] {
  const byKey = new Map<string, Group>();
  annotations.forEach((annotation, index) => {
    const key = `${annotation.start}:${annotation.end}:${annotation.text}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.members.push(index);
      existing.context ??= storedContext(annotation);
      return;
    }
    byKey.set(key, {
      quote: annotation.text,
      oldStart: annotation.start,
      oldEnd: annotation.end,
      members: [index],
      context: storedContext(annotation),
      wordStart: false,
      wordEnd: false,
      expected: annotation.start,
      placed: null,
    });
  });
  const groups = [...byKey.values()];
  for (const group of groups) {
    // Whole words stay whole words; a quote that began or ended inside a word may again.
    const first = charAt(group.quote, 0);
    const last = charBefore(group.quote, group.quote.length);
    group.wordStart = isWordChar(first) && !isWordChar(group.context ? charBefore(group.context.prefix, group.context.prefix.length) : '');
    group.wordEnd = isWordChar(last) && !isWordChar(group.context ? charAt(group.context.suffix, 0) : '');
  }
  return groups.sort((a, b) => a.oldStart - b.oldStart || a.oldEnd - b.oldEnd);
}

function storedContext(annotation: Annotation): StoredContext | null {
  if (annotation.prefix === undefined && annotation.suffix === undefined) return null;
  return { prefix: annotation.prefix ?? '', suffix: annotation.suffix ?? '' };
}

/**
 * Where each unplaced annotation is expected: its old offset shifted as much as the nearest
 * (by old offset) placed annotation moved, clamped to the text. The edit that moved things lies
 * somewhere between the placed neighbours; the nearer one is the better guess.
 */
function estimatePositions(groups: Group[], offsets: OffsetMap, length: number): void {
  const shiftOf = (group: Group) => offsets.toCodePoint(group.placed!.start) - group.oldStart;
  const before: (Group | null)[] = new Array<Group | null>(groups.length).fill(null);
  let last: Group | null = null;
  groups.forEach((group, i) => {
    if (group.placed) last = group;
    before[i] = last;
  });
  let next: Group | null = null;
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group.placed) next = group;
    const previous = before[i]!;
    const nearest =
      previous && next ? (group.oldStart - previous.oldEnd <= next.oldStart - group.oldEnd ? previous : next) : (previous ?? next);
    const shift = nearest ? shiftOf(nearest) : 0;
    group.expected = Math.max(0, Math.min(length, group.oldStart + shift));
  }
}

/** UTF-16 starts of the occurrences of quote in text (overlapping ones included), up to limit. */
function occurrences(text: string, quote: string, limit = Infinity): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < limit; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function spanKey(start: number, end: number): string {
  return `${start}:${end}`;
}
