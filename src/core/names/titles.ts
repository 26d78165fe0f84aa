/**
 * A title before a name is not part of the name (CoNLL-2003 and MEANTIME leave "Mr." out of the
 * person), and a courtesy title says the name after it is a person's. CoNLL's 1996 Reuters text
 * rarely writes titles, so the tagger takes some into the name ("Mr Johnson", "Sen. Warren",
 * "Rep. Omar"), reads "Ms Ardern" as an organisation, and misses "Mrs May" altogether.
 */
import { withSpanReplacing } from './span-edit';
import type { Span } from './tagger';

/**
 * Courtesy titles: only a person follows one. ("Dr" is left out for "Dr Pepper" and "Dr. Reddy's
 * Laboratories", "Miss" for "Miss World" and the racehorse "Miss Stamper" of CoNLL dev.) Each
 * starts with "M", which withoutTitles tests first.
 */
const COURTESY = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Mx', 'Mx.', 'Messrs', 'Messrs.', 'Mme', 'Mme.']);
/** Other titles written before a person's name, in abbreviated form. */
const ABBREVIATED_TITLES = new Set(['Dr', 'Dr.', 'Prof.', 'Sen.', 'Rep.', 'Gov.', 'Lt.', 'Gen.', 'Col.', 'Capt.', 'Sgt.', 'Maj.', 'Adm.', 'Brig.', 'Cmdr.', 'Rev.', 'Insp.', 'Supt.', 'Det.', 'Cpl.', 'Pvt.', 'Atty.', 'Hon.']);
/**
 * Role acronyms, written between a company and a person ("Tesla CEO Elon Musk"), that are part of
 * neither: CoNLL's 1996 text has "CEO" twice, never in a name, so the tagger joins all three.
 */
const ROLE_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'CIO', 'CMO']);
/** A capitalised word of a person's name: "May", "Ardern", "O'Brien", "Kar-Gupta", "Ju-min". */
export const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** The token of a role acronym inside the span, or -1. */
function roleAt(span: Span, words: readonly string[]): number {
  for (let t = span.first; t <= span.last; t++) if (ROLE_ACRONYMS.has(words[t] as string)) return t;
  return -1;
}

/**
 * The spans with titles left out of names and the names after courtesy titles as persons ("Mr
 * Johnson" → "Johnson"; "Ms Ardern", an organisation, → the person "Ardern"; "Mrs May said",
 * untagged, → "May"); role acronyms split off ("Tesla CEO Elon Musk" → "Tesla", "Elon Musk"),
 * and the name before one an organisation ("Moderna CEO").
 */
export function withoutTitles(spans: readonly Span[], words: readonly string[], isCountryOrCapital: (lowercase: string) => boolean): Span[] {
  let out: Span[] | null = null;
  const edit = (span: Span): void => {
    out = withSpanReplacing(out ?? [...spans], span);
  };
  for (const span of spans) {
    const role = roleAt(span, words);
    if (role >= 0) {
      // "Tesla CEO Elon Musk": the company, then the person.
      if (role > span.first) edit({ first: span.first, last: role - 1, type: 'ORG' });
      if (role < span.last) edit({ first: role + 1, last: span.last, type: 'PER' });
      if (role === span.first && role === span.last) out = (out ?? [...spans]).filter((other) => other.first !== role);
      continue;
    }
    // "Moderna CEO": the name before a role is the company's, unless it is a country's ("U.S. CEO").
    if (span.type !== 'ORG' && ROLE_ACRONYMS.has(words[span.last + 1] ?? '') && !(span.first === span.last && isCountryOrCapital((words[span.first] as string).toLowerCase()))) {
      edit({ ...span, type: 'ORG' });
      continue;
    }
    // "Mr. Biden" with the title outside the span, which the tagger called MISC: a person.
    if (span.type !== 'PER' && span.first > 0 && COURTESY.has(words[span.first - 1] as string) && NAME_WORD.test(words[span.first] as string)) {
      edit({ ...span, type: 'PER' });
      continue;
    }
    const first = words[span.first] as string;
    if (span.last === span.first || !(COURTESY.has(first) || ABBREVIATED_TITLES.has(first)) || !NAME_WORD.test(words[span.first + 1] as string)) continue;
    if (span.type === 'PER') edit({ ...span, first: span.first + 1 });
    else if (COURTESY.has(first)) edit({ first: span.first + 1, last: span.last, type: 'PER' });
  }
  // A name right after a courtesy title that the tagger left untagged.
  let s = 0;
  for (let t = 0; t + 1 < words.length; t++) {
    const word = words[t] as string;
    // Every courtesy title starts with "M": one comparison spares most words the set lookup.
    if (word.charCodeAt(0) !== 77 || !COURTESY.has(word) || !NAME_WORD.test(words[t + 1] as string)) continue;
    const current: readonly Span[] = out ?? spans;
    while (s < current.length && (current[s] as Span).last < t + 1) s++;
    const next = current[s];
    if (next !== undefined && next.first <= t + 1) continue;
    let last = t + 1;
    while (last + 1 < words.length && last - t < 3 && NAME_WORD.test(words[last + 1] as string) && (next === undefined || last + 1 < next.first)) last++;
    // Before a name the tagger found, the words are a title: "Mr Justice Anthony Mann".
    if (next !== undefined && next.first === last + 1) continue;
    edit({ first: t + 1, last, type: 'PER' });
    s = 0;
  }
  return out ?? [...spans];
}
