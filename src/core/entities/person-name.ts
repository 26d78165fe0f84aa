/** Reading a person's name: what is name, what is honorific, title, particle or suffix. */
import { collapseSpaces, fold, isHonorific, isNameSuffix, isParticle, stripPossessive } from './normalise';
import { isTitleHead, isTitleModifier } from './roles';
import { transliterationKey } from './transliteration';

export interface PersonName {
  /** The name as displayed: honorifics, leading titles and the possessive removed ('Ali Khamenei'). */
  display: string;
  /** Tokens that identify the person: display tokens without particles and suffix. */
  tokens: string[];
  folded: string[];
  keys: string[];
  /** 'Jr.', 'III'…: two people differing only here are different people. */
  suffix: string;
  /** A title the tagger included in the name span ('President' in 'President Trump'). */
  title?: string;
}

/** Length of the longest leading run of words that is a title ending in a title head. */
function leadingTitleLength(words: readonly string[]): number {
  let length = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!/^\p{Lu}/u.test(w)) break;
    if (isTitleHead(w)) length = i + 1;
    else if (!isTitleModifier(w)) break;
  }
  return length;
}

export function readPersonName(surface: string): PersonName {
  let words = stripPossessive(collapseSpaces(surface).replace(/[,;:)]+$/, '')).split(' ');
  let title: string | undefined;
  for (let changed = true; changed && words.length > 1; ) {
    changed = false;
    while (words.length > 1 && (isHonorific(words[0]!) || (fold(words[0]!) === 'grand' && isHonorific(words[1]!)))) {
      words = words.slice(1);
      changed = true;
    }
    const titleLength = leadingTitleLength(words);
    if (titleLength > 0) {
      title = words.slice(0, titleLength).join(' ');
      words = words.slice(titleLength);
      changed = true;
    }
  }
  let suffix = '';
  const last = words[words.length - 1];
  if (words.length > 1 && last !== undefined && isNameSuffix(last)) suffix = fold(last).replace(/\.$/, '');
  const core = suffix === '' ? words : words.slice(0, -1);
  // A particle at the very end is part of nothing we can compare; one before the surname is skipped.
  let tokens = core.filter((w, i) => !(isParticle(w) && i < core.length - 1 && (i > 0 || fold(w) !== 'ben')));
  if (tokens.length === 0) tokens = core;
  const name: PersonName = {
    display: words.join(' '),
    tokens,
    folded: tokens.map(fold),
    keys: tokens.map(transliterationKey),
    suffix,
  };
  if (title !== undefined) name.title = title;
  return name;
}
