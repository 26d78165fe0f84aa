/** Organisation acronyms and their expansions: 'IRNA' ↔ 'Islamic Republic News Agency'. */
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
  const words = stripPossessive(name.trim())
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
