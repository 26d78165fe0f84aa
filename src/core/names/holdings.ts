/**
 * What one owns shares or a stake in is a company: "shares of Meridian", "a 7.25% stake in
 * Mesa", "the stock of Rally's Inc.". The tagger reads a single unknown word after "of" or "in"
 * as a place (CoNLL-2003 has the phrase a dozen times, so its window never learnt it): in the
 * TimeBank texts "shares of Nashua", "shares of Meridian" and "stake in Mesa" were places. Every
 * name after such a phrase in CoNLL-2003 train and dev is an organisation (or a word like
 * "France-registered", MISC, which is left alone).
 * "shares in" is not a cue: "three shares in the London market" names a market's place.
 */
import { formOf, type Span } from './tagger';

/** Nouns of ownership, and the preposition that names what is owned after each. */
const HOLDING_PHRASES = new Map<string, string>([
  ['shares', 'of'],
  ['share', 'of'],
  ['stock', 'of'],
  ['stake', 'in'],
  ['stakes', 'in'],
  ['shareholding', 'in'],
  ['holding', 'in'],
]);

/** Whether words[t - 2] and words[t - 1] are an ownership phrase ("shares of", "stake in"), in any case. */
function followsHolding(words: readonly string[], t: number): boolean {
  if (t < 2) return false;
  const preposition = words[t - 1];
  // (The preposition first: it spares most spans the lowercasing and the lookup.)
  return (preposition === 'of' || preposition === 'in') && HOLDING_PHRASES.get((words[t - 2] as string).toLowerCase()) === preposition;
}

/**
 * The spans with the companies that shares or stakes are held in typed as organisations, and
 * that name's other mentions the tagger made places too. A span that took the phrase in
 * ("Shares of Tencent" at a sentence start) loses it. A country or capital stays a place
 * ("a stake in China" is rare; "Shares of Chinese firms" holds no name).
 */
export function companiesByHolding(spans: readonly Span[], words: readonly string[], isCountryOrCapital: (lowercase: string) => boolean): Span[] {
  const held = new Set<string>();
  const cut = spans.map((span): Span => {
    const opensWithHolding = span.type !== 'MISC' && span.last - span.first >= 2 && followsHolding(words, span.first + 2);
    const company = opensWithHolding ? { ...span, first: span.first + 2 } : span;
    if (company.type === 'MISC' || !followsHolding(words, company.first)) return company;
    if (company.first === company.last && isCountryOrCapital((words[company.first] as string).toLowerCase())) return company;
    held.add(formOf(company, words));
    return company.type === 'ORG' ? company : { ...company, type: 'ORG' };
  });
  if (held.size === 0) return cut;
  return cut.map((span) => (span.type === 'LOC' && held.has(formOf(span, words)) ? { ...span, type: 'ORG' } : span));
}
