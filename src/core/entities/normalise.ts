/** Text folding and the small word lists used to read names: honorifics, particles, suffixes. */
import { codePointAt, codePointBefore, isLetter, isLetterOrNumber, isSpace, startsUpper, unitsOf } from './chars';

/** Lower case, no diacritics (NFKD), straight apostrophes: the form names are compared in. */
export function fold(s: string): string {
  // Most names are plain ASCII; NFKD is by far the slowest step, so skip it when it cannot matter.
  if (isPlainAscii(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´ʼ]/g, "'")
    .toLowerCase();
}

/** Printable ASCII without the backtick, which folds to an apostrophe: /^[\x20-\x5f\x61-\x7e]*$/. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x60) return false;
  }
  return true;
}

/** 'Khamenei’s' → 'Khamenei', "Reuters'" → 'Reuters'. */
export function stripPossessive(s: string): string {
  // By hand rather than two regex replaces: it runs on every mention, and most end in neither form.
  let out = s;
  if (isS(out.charCodeAt(out.length - 1)) && isApostrophe(out.charCodeAt(out.length - 2))) out = out.slice(0, -2);
  if (isApostrophe(out.charCodeAt(out.length - 1)) && isS(out.charCodeAt(out.length - 2))) out = out.slice(0, -1);
  return out;
}

/** ' ’ ‘ ` ʼ (NaN, past either end of a string, is none). */
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0x2bc;
const isS = (c: number): boolean => c === 0x73 || c === 0x53;

/** /\p{L}['’‘`ʼ][sS]$/u or /[sS]['’‘`ʼ]$/: 'Iran’s', 'Reuters'' (not a bare "'s"). */
export function isPossessive(word: string): boolean {
  const n = word.length;
  if (isS(word.charCodeAt(n - 1))) return n >= 3 && isApostrophe(word.charCodeAt(n - 2)) && isLetter(codePointBefore(word, n - 2, 0));
  return isApostrophe(word.charCodeAt(n - 1)) && isS(word.charCodeAt(n - 2));
}

/** /^\p{Lu}/u */
export const isCapitalised = startsUpper;

/** Runs of white space as one space, none at either end. */
export function collapseSpaces(s: string): string {
  // Most names have nothing to collapse; checking is cheaper than rebuilding them.
  if (isSpacedWords(s, (c) => !isSpace(c))) return s;
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Whether `s` is words of characters (UTF-16 code units) that `isWordChar` accepts, one plain
 * space apart, with none at either end. Lets the functions here return common, already clean
 * names as they are before falling back to their regexes.
 */
export function isSpacedWords(s: string, isWordChar: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const innerSpace = c === 0x20 && i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) !== 0x20;
    if (!innerSpace && !isWordChar(c)) return false;
  }
  return true;
}

export const isAsciiLowerOrDigit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

// Forms of address, never part of the name itself. Titles that are also roles (President, Minister)
// live in roles.ts instead, because they say something worth keeping.
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'madam', 'mme', 'mlle', 'dr', 'prof', 'sir', 'dame',
  'lord', 'lady', 'rev', 'reverend', 'fr', 'hon', 'ayatollah', 'ayatullah', 'hojatoleslam',
  'hojjatoleslam', 'sheikh', 'sheik', 'shaikh', 'shaykh', 'seyyed', 'seyed', 'sayyid', 'sayyed',
  'sayed', 'syed', 'sayid', 'mullah', 'haji', 'hajji', 'hajj', 'gen', 'lt', 'col', 'capt', 'sgt',
  'adm', 'sen', 'rep', 'gov', 'herr', 'frau', 'monsieur', 'senor', 'senora',
]);

export function isHonorific(word: string): boolean {
  return isFoldedHonorific(fold(word));
}

/** isHonorific for a word already folded. */
export function isFoldedHonorific(folded: string): boolean {
  return HONORIFICS.has(withoutFinalDot(folded));
}

/** 'Mr.' → 'Mr', 'W.' → 'W'. */
export function withoutFinalDot(s: string): string {
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

// Joining words inside names ('Badr bin Hamad Al Busaidi', 'Charles de Gaulle'): not given names or
// surnames, so they are skipped when names are compared.
const PARTICLES = new Set([
  'al', 'el', 'ul', 'bin', 'ibn', 'bint', 'binti', 'ben', 'van', 'von', 'de', 'da', 'di', 'del',
  'della', 'der', 'den', 'du', 'dos', 'das', 'la', 'le', 'ter', 'ten', 'y',
]);

export function isFoldedParticle(folded: string): boolean {
  return PARTICLES.has(folded);
}

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

export function isNameSuffix(word: string): boolean {
  return SUFFIX.test(word);
}

/** Sentence-ending or clause-breaking punctuation (a word list token), not a comma. */
export function isBoundary(word: string): boolean {
  if ((word.length === 1 && BOUNDARY_MARKS.includes(word)) || word === '-' || word === '--') return true;
  // A word with a final full stop ends a sentence unless it is an abbreviation (U.S., Mr.).
  return word.endsWith('.') && !isInitials(word) && !isHonorific(word);
}

const BOUNDARY_MARKS = '.!?;:"“”()[]{}—–…';

/** Letters each followed by a full stop ('U.S.', 'J.'): /^(\p{L}\.)+$/u. */
function isInitials(word: string): boolean {
  let i = 0;
  while (i < word.length) {
    const cp = codePointAt(word, i, word.length);
    if (!isLetter(cp)) return false;
    i += unitsOf(cp);
    if (word.charCodeAt(i) !== 0x2e) return false;
    i++;
  }
  return word.length > 0;
}

/** Deterministic readable slug: 'Abbas Araqchi' → 'abbas-araqchi', 'Владимир Путин' → 'владимир-путин'. */
export function slugify(s: string): string {
  const folded = fold(s);
  // Most names are lower-case ASCII words by now; their slug just joins them with '-'.
  if (isSpacedWords(folded, isAsciiLowerOrDigit)) return folded.replaceAll(' ', '-');
  // Otherwise the folded name's runs of letters and digits joined by '-': what replacing each
  // run of /[^\p{L}\p{N}]+/u with '-' and trimming the ends gives, in one pass.
  const runs: string[] = [];
  let runStart = -1;
  for (let i = 0; i < folded.length; ) {
    const cp = codePointAt(folded, i, folded.length);
    const inRun = isLetterOrNumber(cp);
    if (inRun && runStart < 0) runStart = i;
    if (!inRun && runStart >= 0) {
      runs.push(folded.slice(runStart, i));
      runStart = -1;
    }
    i += unitsOf(cp);
  }
  if (runStart >= 0) runs.push(folded.slice(runStart));
  return runs.join('-');
}
