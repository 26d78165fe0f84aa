/** Organisation acronyms and their expansions: 'IRNA' ↔ 'Islamic Republic News Agency'. */
import { codePointAt, isLetter, isSpace, isUpper, someCodePoint, startsUpper, unitsOf } from './chars';
import { stripPossessive } from './normalise';

const ACRONYM = /^(?:\p{Lu}\.?){2,8}$|^\p{Lu}[\p{Lu}&]{1,7}$/u;
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', '&']);

/** The letters of an acronym, lower case ('U.N.' → 'un'), or undefined if the name is not one. */
export function acronymLetters(name: string): string | undefined {
  const bare = stripPossessive(name.trim());
  if (!startsLikeAcronym(bare) || !ACRONYM.test(bare)) return undefined;
  return bare.replace(/[.&]/g, '').toLowerCase();
}

/**
 * The acronyms a multi-word name may be shortened to: with and without its minor words
 * ('Joint Comprehensive Plan of Action' → 'jcpoa', 'jcpa'). Empty for one-word names.
 */
export function possibleAcronyms(name: string): string[] {
  const bare = stripPossessive(name.trim());
  // Most names are one word; no need to split them to find that out.
  if (!hasWordBreak(bare)) return [];
  const words = bare
    .split(/[\s-]+/)
    .filter((w) => someCodePoint(w, isLetter));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]!.toLowerCase()).join('');
  const major = words
    .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return all === major ? [all] : [all, major];
}

/** Contains a space or a hyphen, where /[\s-]+/ would split it. */
const hasWordBreak = (s: string): boolean => someCodePoint(s, (c) => c === 0x2d || isSpace(c));

/**
 * What either form of ACRONYM needs: a capital, then a capital, '.' or '&' ('Germany' fails at
 * its 'e' without the Unicode regex).
 */
function startsLikeAcronym(s: string): boolean {
  if (!startsUpper(s)) return false;
  const second = unitsOf(codePointAt(s, 0, s.length));
  if (second >= s.length) return false;
  const c = codePointAt(s, second, s.length);
  return c === 0x2e || c === 0x26 || isUpper(c);
}
