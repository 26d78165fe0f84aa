import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { contextAround, reanchor, type AnchorOutcome } from '../../src/core/anchoring';
import { CONTEXT_LENGTH, type Annotation, type AnnotationType } from '../../src/core/model/types';
import { OffsetMap } from '../../src/core/offsets';
import { readSample, SAMPLE_000, SAMPLE_001 } from './samples';

// ---------------------------------------------------------------------------------------------
// Helpers: annotations are built the way build.ts builds them (code point offsets, context of
// 32 UTF-16 units either side), from UTF-16 match positions in the text.

function annotationAt(text: string, start16: number, end16: number, type: AnnotationType = 'person', id = `a-${start16}`): Annotation {
  const offsets = new OffsetMap(text);
  return {
    id,
    type,
    text: text.slice(start16, end16),
    start: offsets.toCodePoint(start16),
    end: offsets.toCodePoint(end16),
    status: 'accepted',
    ...contextAround(text, start16, end16),
  };
}

/** An annotation of the n-th (0-based) occurrence of quote in text. */
function annotate(text: string, quote: string, n = 0, type: AnnotationType = 'person'): Annotation {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(quote, at + 1);
    assert.notEqual(at, -1, `"${quote}" occurs fewer than ${n + 1} times`);
  }
  return annotationAt(text, at, at + quote.length, type, `${type}-${quote}-${n}`);
}

/** Every capitalised name (runs of capitalised words) and every number, as annotations. */
function annotateNames(text: string): Annotation[] {
  const out: Annotation[] = [];
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}]+(?:[ -]\p{Lu}[\p{L}\p{M}]+)*|\d+(?:[-.:]\d+)*/gu)) {
    out.push(annotationAt(text, match.index, match.index + match[0].length, /\d/.test(match[0]) ? 'date' : 'person', `a-${out.length}`));
  }
  return out;
}

/** The code point slice the sidecar format promises (Python's text[start:end]). */
function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** The invariants of every placed outcome. */
function assertPlaced(outcome: AnchorOutcome, text: string): void {
  if (outcome.kind === 'orphan') return;
  const { annotation } = outcome;
  assert.equal(codePointSlice(text, annotation.start, annotation.end), annotation.text, `${annotation.id}: quote at its new offsets`);
  const offsets = new OffsetMap(text);
  const context = contextAround(text, offsets.toUtf16(annotation.start), offsets.toUtf16(annotation.end));
  assert.equal(annotation.prefix, context.prefix, `${annotation.id}: prefix refreshed`);
  assert.equal(annotation.suffix, context.suffix, `${annotation.id}: suffix refreshed`);
}

function only<K extends AnchorOutcome['kind']>(outcome: AnchorOutcome | undefined, kind: K): Extract<AnchorOutcome, { kind: K }> {
  assert.ok(outcome, 'an outcome');
  assert.equal(outcome.kind, kind, `expected ${kind}, got ${outcome.kind} for ${outcome.annotation.id}`);
  return outcome as Extract<AnchorOutcome, { kind: K }>;
}

function cpLength(s: string): number {
  return Array.from(s).length;
}

const ARTICLE = readSample(SAMPLE_000).replace(/^\uFEFF/, '');
const ARTICLE_001 = readSample(SAMPLE_001).replace(/^\uFEFF/, '');

// ---------------------------------------------------------------------------------------------

describe('anchoring: reanchor', () => {
  it('leaves annotations of an unchanged text unchanged, context included', () => {
    const annotations = annotateNames(ARTICLE);
    assert.ok(annotations.length > 40);
    const outcomes = reanchor(annotations, ARTICLE);
    assert.equal(outcomes.length, annotations.length);
    outcomes.forEach((outcome, i) => {
      assert.equal(outcome.kind, 'unchanged');
      assert.deepEqual(outcome.annotation, annotations[i]);
    });
  });

  it('does not modify its input', () => {
    const annotations = annotateNames(ARTICLE);
    const copy = structuredClone(annotations);
    reanchor(annotations, `New paragraph.\n\n${ARTICLE.replace('Araqchi', 'Araghchi')}`);
    assert.deepEqual(annotations, copy);
  });

  it('moves every annotation past a paragraph inserted before it', () => {
    const annotations = annotateNames(ARTICLE);
    const inserted = 'UPDATE 2 – adds quotes from the Foreign Ministry, 😀 Tehran reaction.\n\n';
    const newText = inserted + ARTICLE;
    const outcomes = reanchor(annotations, newText);
    outcomes.forEach((outcome, i) => {
      const moved = only(outcome, 'moved');
      const before = annotations[i]!;
      assert.equal(moved.annotation.start, before.start + cpLength(inserted));
      assert.equal(moved.annotation.end, before.end + cpLength(inserted));
      assert.deepEqual(moved.from, { start: before.start, end: before.end });
      assertPlaced(moved, newText);
    });
  });

  it('keeps annotations before an inserted paragraph unchanged and moves those after', () => {
    const annotations = annotateNames(ARTICLE);
    const cut = ARTICLE.indexOf('\n\n') + 2;
    const inserted = 'Araqchi told reporters in Muscat that Iran wanted a deal.\n\n';
    const newText = ARTICLE.slice(0, cut) + inserted + ARTICLE.slice(cut);
    const outcomes = reanchor(annotations, newText);
    outcomes.forEach((outcome, i) => {
      const before = annotations[i]!;
      if (before.end <= cut) {
        assert.equal(outcome.kind, 'unchanged');
      } else {
        const moved = only(outcome, 'moved');
        assert.equal(moved.annotation.start, before.start + cpLength(inserted));
      }
      assertPlaced(outcome, newText);
    });
  });

  it('follows a typo fixed inside the quote ("Araqchi" → "Araghchi")', () => {
    const full = annotate(ARTICLE, 'Abbas Araqchi');
    const short = annotate(ARTICLE, 'Araqchi', 2);
    const newText = ARTICLE.replaceAll('Araqchi', 'Araghchi');
    const [a, b] = reanchor([full, short], newText);
    const fuzzyFull = only(a, 'fuzzy');
    assert.equal(fuzzyFull.annotation.text, 'Abbas Araghchi');
    assert.equal(fuzzyFull.previousText, 'Abbas Araqchi');
    assert.equal(fuzzyFull.annotation.start, full.start);
    assert.equal(fuzzyFull.annotation.end, full.end + 1);
    assert.ok(fuzzyFull.similarity >= 0.75 && fuzzyFull.similarity < 1);
    assertPlaced(fuzzyFull, newText);
    const fuzzyShort = only(b, 'fuzzy');
    assert.equal(fuzzyShort.annotation.text, 'Araghchi');
    // The third mention: two mentions before it each grew by one code point.
    assert.equal(fuzzyShort.annotation.start, short.start + 2);
    assertPlaced(fuzzyShort, newText);
  });

  it('follows a fuzzy quote after a paragraph was also inserted before it', () => {
    const quote = annotate(ARTICLE, 'Steve Witkoff');
    const inserted = 'Editor’s note: this story was updated.\n\n';
    const newText = inserted + ARTICLE.replace('Steve Witkoff', 'Steven Witkoff');
    const outcome = only(reanchor([quote], newText)[0], 'fuzzy');
    assert.equal(outcome.annotation.text, 'Steven Witkoff');
    assert.equal(outcome.annotation.start, quote.start + cpLength(inserted));
  });

  it('does not cut a word in half when the quote grew at its end', () => {
    const text = 'Talks with envoy Witkoff ended.';
    const quote = annotate(text, 'Witkoff');
    const newText = 'Talks with envoy Witkoffs ended.';
    const outcome = only(reanchor([quote], newText)[0], 'fuzzy');
    assert.equal(outcome.annotation.text, 'Witkoffs');
  });

  it('orphans an annotation whose quote was deleted, and returns it as it was', () => {
    const witkoff = annotate(ARTICLE, 'Witkoff');
    const rome = annotate(ARTICLE, 'Rome', 0, 'place');
    const newText = ARTICLE.replace('President Donald Trump’s Middle East envoy, Steve Witkoff.', 'President Donald Trump’s Middle East envoy.');
    assert.equal(newText.includes('Witkoff'), false);
    const [a, b] = reanchor([witkoff, rome], newText);
    const orphan = only(a, 'orphan');
    assert.equal(orphan.annotation, witkoff);
    assert.equal(b?.kind, 'unchanged');
  });

  it('orphans a short quote whose word was replaced by a different word', () => {
    const text = 'Talks in Oman ended on Saturday after four hours.';
    const oman = annotate(text, 'Oman', 0, 'place');
    const newText = 'Talks in Rome ended on Saturday after four hours.';
    assert.equal(reanchor([oman], newText)[0]?.kind, 'orphan');
  });

  it('keeps two annotations of the same quote on their own mentions', () => {
    const text = 'Araqchi arrived in Rome on Saturday. Later, Araqchi met Witkoff.';
    const first = annotate(text, 'Araqchi', 0);
    const second = annotate(text, 'Araqchi', 1);
    // A new mention inserted first, and the text between them rewritten.
    const newText = 'Foreign Minister Araqchi spoke. Araqchi arrived in Rome on Sunday. After lunch, Araqchi met Witkoff.';
    const [a, b] = reanchor([first, second], newText);
    const one = only(a, 'moved');
    const two = only(b, 'moved');
    assert.equal(one.annotation.start, cpLength('Foreign Minister Araqchi spoke. '));
    assert.equal(two.annotation.start, cpLength('Foreign Minister Araqchi spoke. Araqchi arrived in Rome on Sunday. After lunch, '));
  });

  it('stays on its mention when a copy of the quote is typed right after it (found by fast-check)', () => {
    const text = 'They agreed on principles and goals.\n\nA US statement similarly praised the talks. Then Witkoff left.';
    const us = annotate(text, 'US');
    const witkoff = annotate(text, 'Witkoff');
    const newText = text.replace('A US statement', 'A US US statement');
    const [a, b] = reanchor([us, witkoff], newText);
    assert.equal(a?.kind, 'unchanged');
    assert.equal(only(b, 'moved').annotation.start, witkoff.start + 3);
  });

  it('does not collapse two annotations of the same quote onto one mention when the other was deleted', () => {
    const text = 'Araqchi arrived in Rome on Saturday. Later, Araqchi met Witkoff.';
    const first = annotate(text, 'Araqchi', 0);
    const second = annotate(text, 'Araqchi', 1);
    const newText = 'Araqchi arrived in Rome on Saturday. Later, he met Witkoff.';
    const [a, b] = reanchor([first, second], newText);
    assert.equal(a?.kind, 'unchanged');
    assert.equal(b?.kind, 'orphan');
  });

  it('keeps the six "Araqchi" mentions of a sample article distinct after an edit', () => {
    const mentions = [0, 1, 2, 3, 4, 5].map((n) => annotate(ARTICLE, 'Araqchi', n));
    const newText = ARTICLE.replace('\n\n', '\n\nAraqchi, Araqchi: a new paragraph.\n\n');
    const outcomes = reanchor(mentions, newText);
    const starts = outcomes.map((outcome) => {
      assert.notEqual(outcome.kind, 'orphan');
      assertPlaced(outcome, newText);
      return outcome.annotation.start;
    });
    const shift = cpLength('Araqchi, Araqchi: a new paragraph.\n\n');
    assert.deepEqual(
      starts,
      mentions.map((mention) => (mention.start > ARTICLE.indexOf('\n\n') ? mention.start + shift : mention.start)),
    );
  });

  it('places annotations on the same span (two types) together', () => {
    const text = 'The Foreign Ministry said so.';
    const org = annotate(text, 'Foreign Ministry', 0, 'organization');
    const place = { ...annotate(text, 'Foreign Ministry', 0, 'place'), id: 'place-x' };
    const newText = 'Yesterday, the Foreign Ministry said so.';
    const [a, b] = reanchor([org, place], newText);
    assert.equal(a?.annotation.start, 15);
    assert.equal(b?.annotation.start, 15);
    assert.equal(b?.annotation.type, 'place');
  });

  it('re-anchors a hand-written annotation that has no prefix or suffix', () => {
    const text = 'Talks in Oman ended on Saturday.';
    const oman: Annotation = { id: 'oman', type: 'place', text: 'Oman', start: 9, end: 13, status: 'accepted' };
    const [unchanged] = reanchor([oman], text);
    assert.equal(unchanged?.kind, 'unchanged');
    assertPlaced(unchanged!, text);
    const newText = 'Indirect talks in Oman ended on Saturday.';
    const moved = only(reanchor([oman], newText)[0], 'moved');
    assert.equal(moved.annotation.start, 18);
  });

  it('counts CRLF line ends as two code points', () => {
    const text = ARTICLE.replace(/\n/g, '\r\n');
    const annotations = annotateNames(text);
    const inserted = 'Line one.\r\nLine two.\r\n\r\n';
    const newText = inserted + text;
    reanchor(annotations, newText).forEach((outcome, i) => {
      assert.equal(only(outcome, 'moved').annotation.start, annotations[i]!.start + cpLength(inserted));
      assertPlaced(outcome, newText);
    });
  });

  it('follows annotations when LF line ends become CRLF', () => {
    const annotations = annotateNames(ARTICLE);
    const newText = ARTICLE.replace(/\n/g, '\r\n');
    reanchor(annotations, newText).forEach((outcome, i) => {
      assert.notEqual(outcome.kind, 'orphan', annotations[i]!.text);
      assert.equal(outcome.annotation.text, annotations[i]!.text);
      assertPlaced(outcome, newText);
    });
  });

  it('counts emoji and other astral characters as one code point', () => {
    const text = 'Reaction 😀 from 𠀀 Tehran: Araqchi 😀 met Witkoff in 𠀀 Rome 😀.';
    const annotations = ['Tehran', 'Araqchi', 'Witkoff', '𠀀 Rome 😀'].map((quote) => annotate(text, quote));
    assert.equal(annotations[0]!.start, 18);
    const newText = `😀😀 𠀀\n${text.replace('Witkoff', 'Witkof')}`;
    const outcomes = reanchor(annotations, newText);
    outcomes.forEach((outcome) => assertPlaced(outcome, newText));
    assert.equal(only(outcomes[0], 'moved').annotation.start, 18 + 5);
    assert.equal(only(outcomes[1], 'moved').annotation.start, annotations[1]!.start + 5);
    const witkof = only(outcomes[2], 'fuzzy');
    assert.equal(witkof.annotation.text, 'Witkof');
    assert.equal(witkof.annotation.start, annotations[2]!.start + 5);
    assert.equal(only(outcomes[3], 'moved').annotation.text, '𠀀 Rome 😀');
  });

  it('never splits a surrogate pair when the quote changed next to an emoji', () => {
    const text = 'The crowd cheered 😀Araqchi loudly.';
    const quote = annotate(text, '😀Araqchi');
    const newText = 'The crowd cheered 😃Araqchi loudly.';
    const outcome = reanchor([quote], newText)[0]!;
    assertPlaced(outcome, newText);
    assert.equal(only(outcome, 'fuzzy').annotation.text, '😃Araqchi');
  });

  it('keeps combining marks with their letter', () => {
    const text = 'Jose met Rene\u0301 in Geneva.';
    const jose = annotate(text, 'Jose');
    const rene = annotate(text, 'Rene\u0301');
    assert.equal(rene.end - rene.start, 5);
    // An accent added to José: the exact "Jose" now ends before a combining mark.
    const newText = 'Jose\u0301 met Rene\u0301 in Geneva. Jose too.';
    const [a, b] = reanchor([jose, rene], newText);
    const accented = only(a, 'fuzzy');
    assert.equal(accented.annotation.text, 'Jose\u0301');
    assert.equal(accented.annotation.end, 5);
    assert.equal(only(b, 'moved').annotation.start, rene.start + 1);
    // And a quote with a combining mark moves by whole code points.
    const moved = only(reanchor([rene], `Note\u0301: ${text}`)[0], 'moved');
    assert.equal(moved.annotation.start, rene.start + 7);
    assertPlaced(moved, `Note\u0301: ${text}`);
  });

  it('re-anchors right-to-left Arabic and Hebrew text by code points', () => {
    const text = 'قال وزير الخارجية عباس عراقجي إن المحادثات كانت بناءة. שר החוץ עבאס עראקצ׳י אמר כי השיחות היו חיוביות.';
    const arabic = annotate(text, 'عباس عراقجي');
    const hebrew = annotate(text, 'עבאס עראקצ׳י');
    const inserted = 'عاجل: ';
    const newText = inserted + text.replace('עראקצ׳י', 'עראקצ\'י');
    const [a, h] = reanchor([arabic, hebrew], newText);
    assert.equal(only(a, 'moved').annotation.start, arabic.start + cpLength(inserted));
    const fuzzy = only(h, 'fuzzy');
    assert.equal(fuzzy.annotation.text, 'עבאס עראקצ\'י');
    assert.equal(fuzzy.annotation.start, hebrew.start + cpLength(inserted));
    assertPlaced(a!, newText);
    assertPlaced(fuzzy, newText);
  });

  it('follows a long quote (over 32 characters) that changed in the middle', () => {
    const quote = annotate(ARTICLE, 'the Foreign Ministry described the talks as “useful”');
    const newText = `Intro.\n\n${ARTICLE.replace('the Foreign Ministry described the talks as “useful”', 'the Foreign Ministry called the talks “useful”')}`;
    const outcome = only(reanchor([quote], newText)[0], 'fuzzy');
    assert.equal(outcome.annotation.text, 'the Foreign Ministry called the talks “useful”');
    assert.ok(outcome.similarity >= 0.75);
    assertPlaced(outcome, newText);
  });

  it('re-anchors the annotations of one sample against a different article without breaking invariants', () => {
    const annotations = annotateNames(ARTICLE);
    const outcomes = reanchor(annotations, ARTICLE_001);
    outcomes.forEach((outcome) => assertPlaced(outcome, ARTICLE_001));
    assertNoCollapse(annotations, outcomes);
  });
});

/** Annotations from different old spans never end on one new span. */
function assertNoCollapse(annotations: readonly Annotation[], outcomes: readonly AnchorOutcome[]): void {
  const owner = new Map<string, string>();
  outcomes.forEach((outcome, i) => {
    if (outcome.kind === 'orphan') return;
    const old = annotations[i]!;
    const key = `${outcome.annotation.start}:${outcome.annotation.end}`;
    const oldKey = `${old.start}:${old.end}:${old.text}`;
    const previous = owner.get(key);
    assert.ok(previous === undefined || previous === oldKey, `${oldKey} and ${previous} both placed at ${key}`);
    owner.set(key, oldKey);
  });
}

// ---------------------------------------------------------------------------------------------
// Property tests.

/** An edit on code point positions: replace [start, end) by insert. */
interface Edit {
  start: number;
  end: number;
  insert: string;
}

const PIECES = ['a', 'e', 'Z', ' ', ' ', '\n', '\r\n', '\n\n', '.', ',', '😀', '𠀀', 'e\u0301', 'ع', 'ש', '’', 'Iran ', ' the ', 'US', 'Araqchi'];
const insertion = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 12 }).map((parts) => parts.join(''));

function applyEdit(text: string, edit: Edit): string {
  const chars = Array.from(text);
  return [...chars.slice(0, edit.start), edit.insert, ...chars.slice(edit.end)].join('');
}

/**
 * Free intervals of code point positions in which a whole edit touches no annotated span:
 * [lo, hi] such that replacing any [a, b) with lo ≤ a ≤ b ≤ hi leaves every span intact.
 */
function freeIntervals(length: number, spans: readonly { start: number; end: number }[]): [number, number][] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: [number, number][] = [];
  let lo = 0;
  for (const span of sorted) {
    if (span.start >= lo) out.push([lo, span.start]);
    lo = Math.max(lo, span.end);
  }
  out.push([lo, length]);
  return out;
}

/** A generator of an edit outside every span, given the current text and spans. */
function outsideEdit(length: number, spans: readonly { start: number; end: number }[]) {
  const intervals = freeIntervals(length, spans);
  return fc
    .record({ interval: fc.nat({ max: intervals.length - 1 }), a: fc.double({ min: 0, max: 1, noNaN: true }), width: fc.nat({ max: 40 }), insert: insertion })
    .map(({ interval, a, width, insert }): Edit => {
      const [lo, hi] = intervals[interval]!;
      const start = lo + Math.floor(a * (hi - lo));
      return { start, end: Math.min(hi, start + width), insert };
    });
}

describe('anchoring: properties', function () {
  this.timeout(120_000);
  const base = `${ARTICLE}\n\n${ARTICLE_001}`;
  const baseAnnotations = annotateNames(base);

  it('(a) edits outside every annotated span never orphan an annotation, and each lands on its quote', () => {
    const baseChars = Array.from(base);
    const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}_]/u.test(ch);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), insertion), { minLength: 1, maxLength: 4 }),
        (rawEdits) => {
          let text = base;
          let spans = baseAnnotations.map((annotation) => ({ start: annotation.start, end: annotation.end }));
          // An edit that writes another copy of a quote into its stored context ("Iran" + "’Iran ")
          // makes two places that quote and context cannot tell apart: either is right.
          const twins = new Set<number>();
          for (const [pick, a, width, insert] of rawEdits) {
            const intervals = freeIntervals(cpLength(text), spans);
            const [lo, hi] = intervals[pick % intervals.length]!;
            const start = lo + Math.floor(a * (hi - lo));
            const edit = { start, end: Math.min(hi, start + width), insert };
            spans.forEach((span, i) => {
              const near = edit.end >= span.start - CONTEXT_LENGTH && edit.start <= span.end + CONTEXT_LENGTH;
              if (near && insert.includes(baseAnnotations[i]!.text)) twins.add(i);
            });
            text = applyEdit(text, edit);
            const delta = cpLength(insert) - (edit.end - edit.start);
            spans = spans.map((span) => (span.start >= edit.end ? { start: span.start + delta, end: span.end + delta } : span));
          }
          const chars = Array.from(text);
          const outcomes = reanchor(baseAnnotations, text);
          outcomes.forEach((outcome, i) => {
            const expected = spans[i]!;
            const before = baseAnnotations[i]!;
            assert.notEqual(outcome.kind, 'orphan', `${before.text} orphaned`);
            assertPlaced(outcome, text);
            // Letters glued onto a whole-word quote ("Iran" + "utlet") make a new word: the
            // annotation then follows the whole new word when it is similar enough, stays on
            // the quote inside it, or (when its context is gone too) takes another mention.
            const glued =
              (!isWord(baseChars[before.start - 1]) && isWord(chars[expected.start - 1])) || (!isWord(baseChars[before.end]) && isWord(chars[expected.end]));
            if (glued) {
              const covers = outcome.annotation.start <= expected.start && outcome.annotation.end >= expected.end;
              assert.ok(covers || outcome.annotation.text === before.text, `${before.text} glued, neither covered nor kept`);
              return;
            }
            assert.notEqual(outcome.kind, 'fuzzy', `${before.text} matched fuzzily`);
            if (twins.has(i) && outcome.annotation.text === before.text && Math.abs(outcome.annotation.start - expected.start) <= 2 * CONTEXT_LENGTH) return;
            assert.deepEqual({ start: outcome.annotation.start, end: outcome.annotation.end }, expected, `${before.text} misplaced`);
            assert.equal(outcome.annotation.text, before.text);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('(a) the generator only makes edits outside the spans (sanity check of the test itself)', () => {
    const spans = baseAnnotations.map((annotation) => ({ start: annotation.start, end: annotation.end }));
    fc.assert(
      fc.property(outsideEdit(cpLength(base), spans), (edit) => {
        for (const span of spans) assert.ok(edit.end <= span.start || edit.start >= span.end || (edit.start === edit.end && (edit.start === span.start || edit.start === span.end)));
      }),
    );
  });

  it('(b) for any edit, every placed annotation has its quote at its new offsets, and none collapse', () => {
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), width: fc.nat({ max: 30 }), insert: insertion });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = base;
        for (const { at, width, insert } of edits) {
          const length = cpLength(text);
          const start = Math.floor(at * length);
          text = applyEdit(text, { start, end: Math.min(length, start + width), insert });
        }
        const outcomes = reanchor(baseAnnotations, text);
        assert.equal(outcomes.length, baseAnnotations.length);
        outcomes.forEach((outcome, i) => {
          assertPlaced(outcome, text);
          if (outcome.kind === 'orphan') assert.equal(outcome.annotation, baseAnnotations[i]);
          if (outcome.kind === 'fuzzy') assert.ok(outcome.similarity >= 0.75);
        });
        assertNoCollapse(baseAnnotations, outcomes);
      }),
      { numRuns: 300 },
    );
  });

  it('(b) typos inside quotes are followed fuzzily or orphaned, never misplaced onto another span', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom('x', 'h', '', 'é', '😀'), (which, offset, replacement) => {
        const target = baseAnnotations[which % baseAnnotations.length]!;
        const inside = target.start + (offset % (target.end - target.start));
        const text = applyEdit(base, { start: inside, end: inside + 1, insert: replacement });
        const outcomes = reanchor(baseAnnotations, text);
        outcomes.forEach((outcome) => assertPlaced(outcome, text));
        assertNoCollapse(baseAnnotations, outcomes);
        const others = outcomes.filter((_, i) => baseAnnotations[i] !== target);
        assert.ok(others.every((outcome) => outcome.kind !== 'orphan' && outcome.kind !== 'fuzzy'));
      }),
      { numRuns: 200 },
    );
  });

  it('(c) on an unchanged text every annotation is unchanged (identity)', () => {
    const texts = fc.array(fc.constantFrom(...PIECES, 'Araqchi met Witkoff', 'Tehran 2025-04-19'), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 10 }), (text, picks) => {
        const offsets = new OffsetMap(text);
        const length = cpLength(text);
        const annotations = picks.map(([at, width], i) => {
          const start = at % (length + 1);
          const end = Math.min(length, start + width);
          return annotationAt(text, offsets.toUtf16(start), offsets.toUtf16(end), 'person', `p${i}`);
        });
        const outcomes = reanchor(annotations, text);
        outcomes.forEach((outcome, i) => {
          assert.equal(outcome.kind, 'unchanged');
          assert.deepEqual(outcome.annotation, annotations[i]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
