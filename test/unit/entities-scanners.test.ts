/**
 * The hand-written scanners and fast paths of src/core/entities against the regexes they
 * stand for, on random text full of the awkward cases: astral letters and emoji (so slices that
 * cut a surrogate pair), combining marks, odd spaces, apostrophes, dots and dashes.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { startsLower, startsUpper } from '../../src/core/entities/chars';
import { acronymLetters, possibleAcronyms } from '../../src/core/entities/acronyms';
import { isGeographicName } from '../../src/core/entities/geography';
import { collapseSpaces, fold, isBoundary, isCapitalised, isHonorific, isPossessive, slugify, stripPossessive } from '../../src/core/entities/normalise';
import { foldOtherName } from '../../src/core/entities/places';
import { lastWordBefore, lastWordBetween, startsWithComma, wordsBetween, type Word } from '../../src/core/entities/words';

const piece = fc.oneof(
  fc.constantFrom('a', 'Z', 'é', 'e\u0301', 'ß', 'Ω', 'ж', 'ع', '中', '𝐀', '𠀀', '😀', '7', '٣', '½'),
  fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff'),
  fc.constantFrom("'", '’', '.', '-', '--', ',', '(', ')', '"', '—', '\ud800', '\udc00'),
  fc.constantFrom('the ', 'The ', '&', "'s", 'of', 'U.S.', 'New York', 'Bank', 'Gulf', ' of ', 'Sea', 'Region', 'UN', 'I.', 'Mr.'),
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

  it('startsWithComma and lastWordBetween find the first and last of those words', () => {
    fc.assert(
      fc.property(textAndRange, ([text, from, to]) => {
        const words = regexWords(text, from, to);
        assert.equal(startsWithComma(text, from, to), words[0]?.text === ',');
        assert.deepEqual(lastWordBetween(text, from, to), words[words.length - 1]);
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

  it('isBoundary, acronymLetters and isGeographicName agree with their regex forms', () => {
    const boundary = (w: string): boolean =>
      /^[.!?;:"“”()[\]{}—–…]$/.test(w) || w === '-' || w === '--' || (w.endsWith('.') && !/^(\p{L}\.)+$/u.test(w) && !isHonorific(w));
    const acronym = (name: string): string | undefined => {
      const bare = stripPossessive(name.trim());
      return /^(?:\p{Lu}\.?){2,8}$|^\p{Lu}[\p{Lu}&]{1,7}$/u.test(bare) ? bare.replace(/[.&]/g, '').toLowerCase() : undefined;
    };
    const geographic = (name: string): boolean =>
      !/^The\s/.test(name) &&
      (/^(?:the\s+)?(?:Gulf|Strait|Straits|Bay|Sea|Lake|Mount|Cape|Isle|Isthmus|Port|Gulf)\s+of\s+\p{Lu}/u.test(name) ||
        /\s(?:Sea|Ocean|River|Mountains|Desert|Peninsula|Island|Islands|Strait|Gulf|Canal|Valley|Region|Province|Governorate|Prefecture|Oblast|Highlands|Plateau|Airport|Airfield|Stadium|Bridge|Square|Street|Avenue|Boulevard|Harbour|Harbor)(?:\s+of\s+\p{Lu}[\p{L}\s-]*)?$/u.test(name));
    fc.assert(
      fc.property(awkwardText, (text) => {
        assert.equal(isBoundary(text), boundary(text));
        assert.equal(acronymLetters(text), acronym(text));
        assert.equal(isGeographicName(text), geographic(text));
      }),
      { numRuns: 5000 },
    );
  });
});
