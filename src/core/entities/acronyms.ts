/** Organisation acronyms and their expansions: 'IRNA' ↔ 'Islamic Republic News Agency'. */
import { isSpace } from './chars';
import { stripPossessive } from './normalise';

const ACRONYM = /^(?:\p{Lu}\.?){2,8}$|^\p{Lu}[\p{Lu}&]{1,7}$/u;
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', '&']);

/** The letters of an acronym, lower case ('U.N.' → 'un'), or undefined if the name is not one. */
export function acronymLetters(name: string): string | undefined {
  const bare = stripPossessive(name.trim());
  if (!ACRONYM.test(bare)) return undefined;
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
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]!.toLowerCase()).join('');
  const major = words
    .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return all === major ? [all] : [all, major];
}

/** Contains a space or a hyphen, where /[\s-]+/ would split it. */
function hasWordBreak(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2d || isSpace(c)) return true;
  }
  return false;
}
