/**
 * Short forms of organisations' names that are also ordinary words, which the tagger cannot
 * tell from the word: "the Fed" (the Federal Reserve; "fed" is a dictionary word, and CoNLL-2003
 * train has "Fed" twice). Written with a capital, not before "up" ("Fed up with ...") and not in
 * another name ("Fed Cup"), it is the organisation; a place right before it is part of it
 * ("Dallas Fed President Robert Kaplan"). In CoNLL-2003 dev "Fed" is an organisation 6 times and
 * otherwise only in "Fed Cup" (MISC).
 */
import { withSpanReplacing } from './span-edit';
import type { Span } from './tagger';

const SHORT_FORMS = new Map<string, Span['type']>([['Fed', 'ORG']]);
/** Words after which the short form is an ordinary word or part of another name. */
const NOT_AFTER = new Set(['up', 'Cup', 'Ex', 'Ex.']);

export function shortFormNames(spans: readonly Span[], words: readonly string[]): Span[] {
  let out: Span[] | null = null;
  for (let t = 0; t < words.length; t++) {
    // Every short form starts with "F": one comparison spares most words the map lookup.
    if ((words[t] as string).charCodeAt(0) !== 70) continue;
    const type = SHORT_FORMS.get(words[t] as string);
    if (type === undefined || NOT_AFTER.has(words[t + 1] ?? '')) continue;
    const current: readonly Span[] = out ?? spans;
    const covering = current.find((span) => span.first <= t && t <= span.last);
    if (covering !== undefined && covering.type !== 'LOC') continue;
    // "Dallas Fed": the place before it names the regional bank.
    const place = covering ?? current.find((span) => span.last === t - 1 && span.type === 'LOC');
    out = withSpanReplacing(out ?? [...spans], { first: place ? place.first : t, last: t, type });
  }
  return out ?? [...spans];
}
