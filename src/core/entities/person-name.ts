/** Reading a person's name: what is name, what is honorific, title, particle or suffix. */
import { collapseSpaces, fold, isFoldedHonorific, isFoldedParticle, isNameSuffix, stripPossessive, withoutFinalDot } from './normalise';
import { isFoldedTitleHead, isFoldedTitleModifier } from './roles';
import { startsUpper } from './chars';
import { transliterationKey } from './transliteration';

export interface PersonName {
  /** The name as displayed: honorifics, leading titles and the possessive removed ('Ali Khamenei'). */
  display: string;
  // The arrays may be shared with each other (when reading changed nothing): read-only.
  /** Tokens that identify the person: display tokens without particles and suffix. */
  tokens: readonly string[];
  folded: readonly string[];
  /** `folded` without a final full stop, so that an initial is one letter ('w.' → 'w'). */
  bare: readonly string[];
  keys: readonly string[];
  /** 'Jr.', 'III'…: two people differing only here are different people. */
  suffix: string;
  /** A title the tagger included in the name span ('President' in 'President Trump'). */
  title?: string;
}

// The functions below take a name's words together with their folded forms (folded[i] is
// fold(words[i])): each word is folded once, as every test needs the folded form.

/** Length of the longest run of words from `first` that is a title ending in a title head. */
function leadingTitleLength(words: readonly string[], folded: readonly string[], first: number): number {
  let length = 0;
  for (let i = first; i < words.length - 1; i++) {
    if (!startsUpper(words[i]!)) break;
    if (isFoldedTitleHead(folded[i]!)) length = i - first + 1;
    else if (!isFoldedTitleModifier(folded[i]!)) break;
  }
  return length;
}

/** How many leading words are forms of address (honorifics, titles), and the last title among them. */
function leadingAddress(words: readonly string[], folded: readonly string[]): { length: number; title?: string } {
  let first = 0;
  let title: string | undefined;
  for (let changed = true; changed && words.length - first > 1; ) {
    changed = false;
    while (words.length - first > 1 && (isFoldedHonorific(folded[first]!) || (folded[first] === 'grand' && isFoldedHonorific(folded[first + 1]!)))) {
      first++;
      changed = true;
    }
    const titleLength = leadingTitleLength(words, folded, first);
    if (titleLength > 0) {
      title = words.slice(first, first + titleLength).join(' ');
      first += titleLength;
      changed = true;
    }
  }
  return title === undefined ? { length: first } : { length: first, title };
}

/** Without the punctuation a tagger span may end in: /[,;:)]+$/. */
function trimClosingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && ',;:)'.includes(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function readPersonName(surface: string): PersonName {
  const cleaned = stripPossessive(trimClosingPunctuation(collapseSpaces(surface)));
  const allWords = cleaned.split(' ');
  const allFolded = allWords.map(fold);
  const address = leadingAddress(allWords, allFolded);
  const words = allWords.slice(address.length);
  const folded = allFolded.slice(address.length);
  let suffix = '';
  const last = words.length - 1;
  if (last > 0 && isNameSuffix(words[last]!)) suffix = withoutFinalDot(folded[last]!);
  const coreLength = suffix === '' ? words.length : last;
  // A particle at the very end is part of nothing we can compare; one before the surname is skipped.
  const kept: number[] = [];
  for (let i = 0; i < coreLength; i++) {
    if (!(i < coreLength - 1 && isFoldedParticle(folded[i]!) && (i > 0 || folded[i] !== 'ben'))) kept.push(i);
  }
  // Most names keep every word: then the arrays read above serve as they are.
  const allKept = kept.length === words.length;
  const tokens = allKept ? words : kept.map((i) => words[i]!);
  const foldedTokens = allKept ? folded : kept.map((i) => folded[i]!);
  const name: PersonName = {
    display: address.length === 0 ? cleaned : words.join(' '),
    tokens,
    folded: foldedTokens,
    bare: foldedTokens.some((t) => t.endsWith('.')) ? foldedTokens.map(withoutFinalDot) : foldedTokens,
    keys: tokens.map(transliterationKey),
    suffix,
  };
  if (address.title !== undefined) name.title = address.title;
  return name;
}

/**
 * How full a form of a name is, for choosing an entity's name: most identifying tokens, then
 * fewest initials ('George W. Bush' over 'George Bush', 'John Smith' over 'J. Smith').
 */
export function fullness(name: PersonName): number {
  return name.tokens.length * 100 + name.bare.filter((t) => t.length > 1).length;
}
