/**
 * A title before a name is not part of the name (CoNLL-2003 and MEANTIME leave "Mr." out of the
 * person), and a courtesy title says the name after it is a person's. CoNLL's 1996 Reuters text
 * rarely writes titles, so the tagger takes some into the name ("Mr Johnson", "Sen. Warren",
 * "Rep. Omar"), reads "Ms Ardern" as an organisation, and misses "Mrs May" altogether; and a role
 * between an organisation and a person ("Tesla CEO Elon Musk", "Federal Reserve Governor Lawrence
 * Lindsey") is part of neither.
 */
import { ORGANISATION_HEADS } from './refine';
import { withSpanReplacing } from './span-edit';
import { formOf, type Span } from './tagger';

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

/**
 * Roles written out between an organisation and a person ("Federal Reserve Governor Lawrence
 * Lindsey", "Boeing Chief Financial Officer Michael Sears", "Vice President Mike Pence"): a run
 * of these words that ends in a head. CoNLL-2003 train has none of these words inside a name (but
 * for the film title "All the President's Men"), so wherever the tagger took one in, it is wrong.
 */
const ROLE_HEADS = new Set(
  'Chairman Chairwoman Chair Governor Director Director-General President Secretary Secretary-General Minister Spokesman Spokeswoman Commissioner Ambassador Envoy Coach Manager Mayor Executive Officer Economist Strategist'.split(' '),
);
const ROLE_MODIFIERS = new Set('Chief Vice Deputy Prime Senior Managing Financial Operating General'.split(' '));
const isRoleWord = (word: string): boolean => ROLE_HEADS.has(word) || ROLE_MODIFIERS.has(word);
/**
 * Last words of organisations' names that may follow a role word ("Federal Executive Council"):
 * no person follows then. The organisations' heads, and those of banks, courts, unions and leagues.
 */
const NOT_A_SURNAME = new Set([...ORGANISATION_HEADS, 'Bank', 'Court', 'Union', 'League']);

/** The role inside the span as [from, to] token indices: a role acronym, or a run of role words ending in a head. */
function roleAt(span: Span, words: readonly string[]): [number, number] | null {
  for (let t = span.first; t <= span.last; t++) {
    const word = words[t] as string;
    if (ROLE_ACRONYMS.has(word)) return [t, t];
    if (!isRoleWord(word)) continue;
    let to = t;
    while (to + 1 <= span.last && isRoleWord(words[to + 1] as string)) to++;
    const runEnd = to;
    while (to >= t && !ROLE_HEADS.has(words[to] as string)) to--;
    if (to < t) continue;
    // A run cut short by the span ("Boeing Executive Vice" of "... Vice President Scott Carson") leaves no person in it.
    if (runEnd > to) return [t, span.last];
    // A person's name ends a span with a title inside ("Federico Mayor" is a name); nothing of an organisation follows a role.
    if (span.type === 'PER' && t > span.first) return null;
    // A name may start with one role word ("Executive Yuan", Taiwan's cabinet); only a person's title opens a span alone.
    if (span.type !== 'PER' && t === span.first && to === t && runEnd === to && !TITLES_BEFORE_PERSONS.has(word)) return null;
    if (to < span.last && (NOT_A_SURNAME.has(words[span.last] as string) || !words.slice(to + 1, span.last + 1).every((w) => NAME_WORD.test(w)))) return null;
    return [t, to];
  }
  return null;
}

/**
 * Capitalised titles that only a person follows: in CoNLL-2003 train the name right after one of
 * these is a person about 280 times and a place twice.
 */
const TITLES_BEFORE_PERSONS = new Set(
  'President Minister Secretary Secretary-General Ambassador Commissioner Chairman Chairwoman Premier Chancellor Governor Director Director-General Spokesman Spokeswoman Senator Judge King Queen Prince Princess Envoy'.split(' '),
);

/**
 * The organisations and MISC names right after such a title typed as persons ("President Xi
 * Jinping", which the tagger may call an organisation), and the other mentions of the same name
 * in the article with them ("Xi Jinping said", an organisation at the start of a sentence: the
 * title is better evidence than a tie of one type against the other). Places are left alone: the
 * tagger is right more often than the title when it says place ("Prince Edward Island", cut short).
 */
function personsAfterTitles(spans: readonly Span[], words: readonly string[]): Span[] {
  const forms = new Set<string>();
  for (const span of spans) {
    if (span.type === 'LOC' || span.first === 0 || !TITLES_BEFORE_PERSONS.has(words[span.first - 1] as string)) continue;
    if (NOT_A_SURNAME.has(words[span.last] as string) || !words.slice(span.first, span.last + 1).every((word) => NAME_WORD.test(word))) continue;
    forms.add(formOf(span, words));
  }
  if (forms.size === 0) return [...spans];
  return spans.map((span) => (span.type === 'ORG' || span.type === 'MISC') && forms.has(formOf(span, words)) ? { ...span, type: 'PER' } : span);
}

/** An acronym of capitals ("IMF", "WHO", "NATO"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * An acronym the tagger left untagged right before a role and a person is the organisation:
 * "IMF Managing Director Kristalina Georgieva said" at a sentence start (the tagger found only
 * the person). Added to `spans`, which withoutTitles has already split.
 */
function acronymsBeforeRoles(spans: readonly Span[], words: readonly string[]): Span[] {
  let out: Span[] | null = null;
  spans.forEach((span, i) => {
    if (span.type !== 'PER') return;
    let from = span.first;
    while (from > 0 && isRoleWord(words[from - 1] as string)) from--;
    if (from === span.first || !ROLE_HEADS.has(words[span.first - 1] as string) || from === 0) return;
    const previous = spans[i - 1];
    const at = from - 1;
    if ((previous !== undefined && previous.last >= at) || !ACRONYM.test(words[at] as string)) return;
    out = withSpanReplacing(out ?? [...spans], { first: at, last: at, type: 'ORG' });
  });
  return out ?? [...spans];
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
    if (role !== null) {
      // "Tesla CEO Elon Musk", "Federal Reserve Governor Lawrence Lindsey": the organisation, then the person.
      const [from, to] = role;
      const before = { first: span.first, last: from - 1 };
      const aCountry = before.first === before.last && isCountryOrCapital((words[before.first] as string).toLowerCase());
      if (from > span.first) edit({ ...before, type: aCountry ? 'LOC' : span.type === 'PER' || ROLE_ACRONYMS.has(words[from] as string) ? 'ORG' : span.type });
      if (to < span.last) edit({ first: to + 1, last: span.last, type: 'PER' });
      if (from === span.first && to === span.last) out = (out ?? [...spans]).filter((other) => other.first !== span.first);
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
  // (Persons first: an acronym before a role and a person the tagger called an organisation, "WHO Director-General Tedros", is then found.)
  return acronymsBeforeRoles(personsAfterTitles(out ?? spans, words), words);
}
