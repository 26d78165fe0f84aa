/**
 * The hand-written scanners and fast paths of src/core/entities against the regexes they
 * stand for, on random text full of the awkward cases: astral letters and emoji (so slices that
 * cut a surrogate pair), combining marks, odd spaces, apostrophes, dots and dashes.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { startsLower, startsUpper } from '../../src/core/entities/chars';
import { possibleAcronyms } from '../../src/core/entities/acronyms';
import { collapseSpaces, fold, isCapitalised, isPossessive, slugify, stripPossessive } from '../../src/core/entities/normalise';
import { foldOtherName } from '../../src/core/entities/places';
import { lastWordBefore, startsWithComma, wordsBetween, type Word } from '../../src/core/entities/words';

const piece = fc.oneof(
  fc.constantFrom('a', 'Z', 'é', 'e\u0301', 'ß', 'Ω', 'ж', 'ع', '中', '𝐀', '𠀀', '😀', '7', '٣', '½'),
  fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff'),
  fc.constantFrom("'", '’', '.', '-', '--', ',', '(', ')', '"', '—', '\ud800', '\udc00'),
  fc.constantFrom('the ', 'The ', '&', "'s", 'of', 'U.S.', 'New York', 'Bank'),
  fc.string({ minLength: 1, maxLength: 1 }),
);
const awkwardText = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
/** A text and a range of it, from and to anywhere (even inside a surrogate pair). */
const textAndRange = awkwardText.chain((text) =>
  fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)).map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const),
);

function regexWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*|\S/gu)) {
    const word = m[0].replace(/-+$/, '');
    const start = from + m.index;
    out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

describe('entity text scanners (fast-check against their regexes)', () => {
  it('wordsBetween reads the words /[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}\'’.-]*|\\S/gu reads', () => {
    fc.assert(
      fc.property(textAndRange, ([text, from, to]) => {
        assert.deepEqual(wordsBetween(text, from, to), regexWords(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('startsWithComma is whether the first of those words is a comma', () => {
    fc.assert(
      fc.property(textAndRange, ([text, from, to]) => {
        assert.equal(startsWithComma(text, from, to), regexWords(text, from, to)[0]?.text === ',');
      }),
      { numRuns: 3000 },
    );
  });

  it("lastWordBefore finds what /([\\p{L}'’.-]+)\\s*$/u finds", () => {
    fc.assert(
      fc.property(textAndRange, ([text, from, to]) => {
        assert.equal(lastWordBefore(text, from, to), /([\p{L}'’.-]+)\s*$/u.exec(text.slice(from, to))?.[1]);
      }),
      { numRuns: 3000 },
    );
  });

  it('startsUpper and startsLower test the first code point as /^\\p{Lu}/u and /^\\p{Ll}/u do', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        assert.equal(startsUpper(text), /^\p{Lu}/u.test(text));
        assert.equal(startsLower(text), /^\p{Ll}/u.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('collapseSpaces, isPossessive, isCapitalised and slugify agree with their regex forms', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        assert.equal(collapseSpaces(text), text.replace(/\s+/g, ' ').trim());
        assert.equal(isPossessive(text), /\p{L}['’‘`ʼ][sS]$/u.test(text) || /[sS]['’‘`ʼ]$/.test(text));
        assert.equal(isCapitalised(text), /^\p{Lu}/u.test(text));
        assert.equal(slugify(text), fold(text).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('foldOtherName agrees with its regex form; possibleAcronyms is empty when /[\\s-]+/ finds under two words', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        const folded = fold(stripPossessive(collapseSpaces(text)));
        const expected = folded.replace(/\./g, '').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}']+/gu, ' ').trim().replace(/^the /, '');
        assert.equal(foldOtherName(text), expected);
        const words = stripPossessive(text.trim()).split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
        if (words.length < 2) assert.deepEqual(possibleAcronyms(text), []);
        else assert.ok(possibleAcronyms(text).length > 0);
      }),
      { numRuns: 3000 },
    );
  });
});
