/**
 * A phonetic-ish skeleton of a romanised name token, so that the spellings news outlets use for the
 * same Arabic, Persian or Russian name meet: Araqchi/Araghchi, Baqaei/Baghaei,
 * Mohammad/Muhammad/Mohammed, Gaddafi/Qaddafi/Kadhafi, Zelensky/Zelenskyy, Esmaeil/Ismail.
 *
 * Vowels are reduced to classes rather than dropped: a pure consonant skeleton makes Putin = Patin
 * and Niger = Nigeria. Middle vowels keep only "back" (o/u) versus "other", because that is where
 * romanisations disagree most (Mohammad/Mohammed, Soleimani/Solaimani) while Putin/Patin differ.
 * First and last vowels keep more: a word-initial E/I alternate in Persian vs Arabic forms
 * (Esmaeil/Ismail, Ebrahim/Ibrahim) but A does not (Ali vs Eli), and a final -i is often a
 * different name (Mohammad vs Mohammadi).
 */
import { fold } from './normalise';

// Article prefixes written apart from the name ('al-Assad', 'el Sisi'); they come and go between outlets.
const ARTICLE_PREFIXES = new Set(['al', 'el', 'ul']);

// Ordered: longer digraphs first. Upper-case letters are placeholders for one sound, so later
// single-letter rules cannot rewrite them; they are lower-cased at the end.
const REWRITES: readonly [RegExp, string][] = [
  [/^abd[aeiou]l(?=.)/, 'abd'], // Abdullah/Abdallah, Abdel Rahman/Abdulrahman/Abd al-Rahman
  [/x/g, 'ks'],
  [/shch|sch|sh/g, 'X'],
  [/tch|ch/g, 'C'],
  [/dzh|dj|zh/g, 'J'],
  [/kh/g, 'H'],
  [/gh|q|g|ck/g, 'K'],
  [/ph/g, 'F'],
  [/th/g, 'T'],
  [/dh/g, 'D'],
  [/c(?=[eiy])/g, 'S'],
  [/c/g, 'K'],
  [/w/g, 'V'],
  [/ee/g, 'i'],
  [/oo|ou/g, 'u'],
  [/^y(?=[aeiou])/, 'Y'], // a consonant only before a vowel at the start (Yusuf); elsewhere a vowel
  [/([aeiouy])h$/, '$1'], // Fatemeh/Fatima: a final h after a vowel is silent
];

const VOWEL_RUN = /[aeiouy]+/g;

// Articles repeat the same few names hundreds of times; the key is pure, so remember it.
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** Skeleton of one name token (hyphens, spaces and 'al-' prefixes allowed). Empty for no letters. */
export function transliterationKey(token: string): string {
  let key = cache.get(token);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    key = computeKey(token);
    cache.set(token, key);
  }
  return key;
}

function computeKey(token: string): string {
  const pieces = fold(token)
    .replace(/'s$/, '')
    .split(/[\s\-‐‑–—]+/)
    .filter((p) => p.length > 0);
  while (pieces.length > 1 && ARTICLE_PREFIXES.has(pieces[0]!)) pieces.shift();
  const joined = pieces.join('');
  let s = joined.replace(/[^a-z]/g, '');
  // Names in another script have no romanisation variants to fold; keep their letters as they are.
  if (s.length === 0) return joined.replace(/[^\p{L}\p{N}]/gu, '');
  for (const [pattern, replacement] of REWRITES) s = s.replace(pattern, replacement);
  s = s.replace(VOWEL_RUN, (run, offset: number) => {
    if (offset === 0) return /^[ou]/.test(run) ? 'u' : run.startsWith('a') ? 'a' : 'i';
    if (offset + run.length === s.length) return /[ou]$/.test(run) ? 'u' : /[iy]$/.test(run) ? 'i' : 'a';
    return /^[ou]+$/.test(run) ? 'u' : 'a';
  });
  return s.toLowerCase().replace(/(.)\1+/g, '$1');
}
