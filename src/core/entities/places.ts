/**
 * Place and organisation names compared as written, after folding, plus a short table of the
 * variants news copy uses for the most common countries and bodies ('US' = 'U.S.' = 'United States').
 * Transliteration keys are not used here: place names are short and Niger/Nigeria, Iran/Iraq,
 * Oman/Amman must stay apart.
 */
import { collapseSpaces, fold, isAsciiLowerOrDigit, isSpacedWords, stripPossessive } from './normalise';

const APOSTROPHE = 0x27;

const VARIANTS: Record<string, readonly string[]> = {
  'united states': ['us', 'usa', 'united states of america', 'america', 'the states'],
  'united kingdom': ['uk', 'britain', 'great britain', 'gb'],
  'united arab emirates': ['uae', 'emirates'],
  'saudi arabia': ['ksa', 'kingdom of saudi arabia'],
  russia: ['russian federation'],
  china: ["people's republic of china", 'prc', 'mainland china'],
  'south korea': ['republic of korea', 'rok'],
  'north korea': ['dprk', "democratic people's republic of korea"],
  iran: ['islamic republic of iran'],
  syria: ['syrian arab republic'],
  netherlands: ['holland'],
  'czech republic': ['czechia'],
  turkey: ['turkiye'],
  'ivory coast': ["cote d'ivoire"],
  myanmar: ['burma'],
  'democratic republic of the congo': ['drc', 'dr congo'],
  'european union': ['eu'],
  'united nations': ['un'],
  'north atlantic treaty organization': ['nato'],
};

const CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(VARIANTS)) {
  CANONICAL.set(canonical, canonical);
  for (const v of variants) CANONICAL.set(v, canonical);
}

/** Folded form without a leading 'the', dots, possessive or punctuation: 'the U.S.’s' → 'us'. */
export function foldOtherName(name: string): string {
  const folded = fold(stripPossessive(collapseSpaces(name)));
  // Most names are clean words by now ('germany', 'new york'): only a leading 'the' to drop.
  if (isSpacedWords(folded, (c) => isAsciiLowerOrDigit(c) || c === APOSTROPHE)) return folded.startsWith('the ') ? folded.slice(4) : folded;
  return folded
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The comparison form of a place or organisation name, with common country variants unified. */
export function otherNameKey(name: string): string {
  const folded = foldOtherName(name);
  return CANONICAL.get(folded) ?? folded;
}

/** True when the name is one of the table's variants (so no acronym guessing is needed). */
export function isKnownVariant(name: string): boolean {
  return CANONICAL.has(foldOtherName(name));
}
