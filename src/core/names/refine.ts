/**
 * Corrections to the tagger's spans that need more than the tagger's ±2-word window or that its
 * training data (CoNLL-2003, 1996 Reuters) rarely shows:
 *
 * - product names: a name followed by a model designation ("Boeing 787", "Airbus A330-200",
 *   "Ford F-150") names a product, not the maker; OntoNotes and MEANTIME annotate it as a product,
 *   CoNLL as MISC. Such spans, and a model designation alone ("the A380"), are dropped rather than
 *   offered as organisations; so is a name after a designation ("787 Dreamliner"), with every
 *   other mention of it in the article, and a name spelled like "iPod" or "iTunes";
 * - market indexes ("Dow Jones Industrial Average", "Nasdaq Composite"), which CoNLL tags MISC;
 * - codes that are never people, places or organisations: currencies ("USD", "EUR") and time zones
 *   ("UTC", "GMT") next to a number or a time, money amounts ("US$6"), and a politician's party and
 *   state ("D-Mass.");
 * - one type per surface form: a form tagged with several types in one article takes the type most
 *   of its mentions have ("Boeing" in a headline tagged as a person, and as an organisation in
 *   four sentences below).
 */
import { PLACE_HEADS } from '../entities/geography';
import { isFunctionWord, isOrganisationKind } from './phrases';
import { isProductForm, productForms } from './products';
import { formOf, type EntityType, type Span } from './tagger';
import { withSpanReplacing } from './span-edit';

/** What the word lists baked into the model say of a single lowercase word. */
export interface WordLists {
  /** listed as a company or an organisation (not as a nationality) */
  isCompany(lowercase: string): boolean;
  /** listed as a country or a capital */
  isPlace(lowercase: string): boolean;
  /** a lowercase dictionary word */
  isCommonWord(lowercase: string): boolean;
  /** listed as a company and in no list of people's names */
  isCompanyNotPerson(lowercase: string): boolean;
  /** listed among people's names (first names, surnames, name parts) */
  isPersonName(lowercase: string): boolean;
}

/** Lists that know no word: each rule that needs them then changes nothing. */
export const NO_WORD_LISTS: WordLists = { isCompany: () => false, isPlace: () => false, isCommonWord: () => false, isCompanyNotPerson: () => false, isPersonName: () => false };

/** A known company or place, never taken for a product or a surname. */
const isListed = (lists: WordLists, lowercase: string): boolean => lists.isCompany(lowercase) || lists.isPlace(lowercase);


/** A model designation with letters and digits: "A380", "A330-200", "777-200LR", "F-150", "3GS", "737s"... */
const ALPHANUMERIC_MODEL = /^(?=[^0-9]*[0-9])(?=.*[A-Z])(?:[A-Z]{1,3}-?)?[0-9]+(?:-?[A-Z0-9]+)*s?$/;
/** ...or a three-digit number, with a three-digit variant: "Boeing 787", "Chrysler 300", "Boeing 737-800". */
const NUMERIC_MODEL = /^[0-9]{3}(?:-[0-9]{3})?s?$/;
const PLURAL_NUMERIC_MODEL = /^[0-9]{3}(?:-[0-9]{3})?s$/;
const ORDINAL = /^[0-9]+(?:st|nd|rd|th)$/i;
/** Fiscal periods look like models: "H1 profit", "Q2 loss". */
const FISCAL_PERIOD = /^(?:H[12]|Q[1-4]|FY[0-9]{2,4})$/;
/** Words after a number that make it a quantity or a score, not a model ("Essex 250 for 6"). */
const NUMBER_CONTINUATIONS = new Set([
  ...['for', 'runs', 'all', 'out', 'and', 'points', 'votes', 'seats', 'percent', '%', 'per', 'million', 'billion', 'people', 'shares', 'years', 'days', 'from', 'to', '-', '--', ',', '.', '(', ')', ';'],
  // distances and events: "Olympic 100 metres", "Commonwealth 200m freestyle"
  ...['m', 'metres', 'meters', 'metre', 'meter', 'km', 'kilometres', 'miles', 'yards', 'kg', 'freestyle', 'hurdles', 'backstroke', 'breaststroke', 'butterfly', 'medley', 'relay'],
]);

const CURRENCIES = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
const ALWAYS_TIME_ZONES = new Set(['UTC', 'GMT']);
const TIME_ZONES = new Set(['UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'HST', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'MSK', 'JST', 'KST', 'AEST', 'AEDT', 'AWST', 'NZST', 'SGT', 'HKT']);
const NUMBER = /^[0-9][0-9.,:]*$/;
const TIME = /^(?:[0-9]{1,2}[:.][0-9]{2}|[0-9]{1,4}(?:a\.?m\.?|p\.?m\.?|h))$/i;
const AM_PM = /^(?:a\.?m\.?|p\.?m\.?)$/i;
const MONEY = /[$£€¥][0-9]|[0-9][$£€¥]/;

/** A span that is only a model designation ("A380", "777-200LR") names a product. */
function isModelOnly(span: Span, words: readonly string[]): boolean {
  if (span.first !== span.last) return false;
  const word = words[span.first] as string;
  return ALPHANUMERIC_MODEL.test(word) && !FISCAL_PERIOD.test(word);
}

/** A line of sports results or a table ("Melrose 107 Stirling County 10"): a quarter of its tokens or more are numbers. */
function isResultsLine(words: readonly string[], start: number, end: number): boolean {
  let numbers = 0;
  for (let t = start; t < end; t++) if (/^[0-9]/.test(words[t] as string)) numbers++;
  return numbers * 4 >= end - start;
}

/** The last words of companies' legal names. */
const COMPANY_SUFFIXES = new Set(['Co', 'Co.', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'plc', 'AG', 'SA', 'NV', 'N.V.', 'LLC', 'SE', 'Group']);

/**
 * Organisations joined by "and" after a legal suffix are two ("Toyota Motor Corp and Sony Corp
 * led gains"), which the tagger reads as one. In CoNLL-2003 train no organisation has a legal
 * suffix before an inner "and" or "&" ("Morgan Stanley and Co Inc" has it after).
 */
export function companiesListed(spans: readonly Span[], words: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let first = span.first;
    if (span.type === 'ORG') {
      for (let t = span.first + 1; t < span.last; t++) {
        const word = words[t] as string;
        if ((word !== 'and' && word !== '&') || !COMPANY_SUFFIXES.has(words[t - 1] as string) || !/^\p{Lu}/u.test(words[t + 1] as string)) continue;
        out.push({ first, last: t - 1, type: 'ORG' });
        first = t + 1;
      }
    }
    out.push(first === span.first ? span : { first, last: span.last, type: 'ORG' });
  }
  return out;
}

/** Whether the span is the maker part of a product name: followed by a model designation, not by a score or quantity. */
function namesProduct(span: Span, words: readonly string[], sentenceStart: number, sentenceEnd: number): boolean {
  const next = span.last + 1;
  if (next >= sentenceEnd) return false;
  // A company's legal name names the company, whatever follows: "the Boeing Co 737 MAX".
  if (span.last > span.first && COMPANY_SUFFIXES.has(words[span.last] as string)) return false;
  const designation = words[next] as string;
  if (ORDINAL.test(designation) || FISCAL_PERIOD.test(designation)) return false;
  if (ALPHANUMERIC_MODEL.test(designation)) return true;
  if (!NUMERIC_MODEL.test(designation) || isResultsLine(words, sentenceStart, sentenceEnd)) return false;
  // A plural ("five Boeing 737s", even at the end of a headline) counts aircraft, not runs or points.
  if (PLURAL_NUMERIC_MODEL.test(designation)) return true;
  // Results tables and scores ("Essex 250 for 6", "Leeds 101 98 ..."): a number followed by a number or a counting word.
  const after = next + 1 < sentenceEnd ? (words[next + 1] as string).toLowerCase() : '';
  return after !== '' && !/^[0-9]/.test(after) && !NUMBER_CONTINUATIONS.has(after);
}

/**
 * A US politician's party and state, as AP and Reuters write them after the name: "D-Mass.",
 * "R-Calif.", "D-N.Y.", "I-Vt.", "R-Texas", "D-MN" (the tokenizer leaves the final dot apart),
 * always after a comma or a bracket ("D-Day" is not one).
 */
const PARTY_AND_STATE = /^[DRI]-(?:[A-Z]{2}|[A-Z][a-z]{1,4}|[A-Z]\.[A-Z][a-z]?|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)$/;

/** Whether the span is a currency, time zone, amount of money or party affiliation rather than a name. */
function isCodeOrAmount(span: Span, words: readonly string[], sentenceStart: number, sentenceEnd: number): boolean {
  if (span.first !== span.last) return MONEY.test(words.slice(span.first, span.last + 1).join(''));
  const word = words[span.first] as string;
  if (MONEY.test(word)) return true;
  if (ALWAYS_TIME_ZONES.has(word)) return true;
  const before = span.first - 1 >= sentenceStart ? (words[span.first - 1] as string) : '';
  const beforeThat = span.first - 2 >= sentenceStart ? (words[span.first - 2] as string) : '';
  const after = span.last + 1 < sentenceEnd ? (words[span.last + 1] as string) : '';
  if (TIME_ZONES.has(word) && (TIME.test(before) || AM_PM.test(before))) return true;
  if (PARTY_AND_STATE.test(word) && (before === ',' || before === '(')) return true;
  if (CURRENCIES.has(word)) {
    // "USD 40 billion", "40 billion USD", "$99 (USD)"
    if (NUMBER.test(after) || NUMBER.test(before) || /illion$/.test(before)) return true;
    if (before === '(' && (NUMBER.test(beforeThat) || MONEY.test(beforeThat))) return true;
  }
  return false;
}

/** Last words of a market or statistical index: CoNLL and OntoNotes do not count an index as an organisation. */
const INDEX_HEADS = new Set(['Average', 'Index', 'Composite', 'AVERAGE', 'INDEX', 'COMPOSITE']);

/** "Dow Jones Industrial Average", "Nasdaq Composite", "Consumer Price Index". */
function isMarketIndex(span: Span, words: readonly string[]): boolean {
  return span.last > span.first && INDEX_HEADS.has(words[span.last] as string);
}

/**
 * Last words of an event's name: CoNLL tags events MISC ("Paris Air Show", "World Cup"). Not
 * "Conference", "Congress" or "Forum", which name organisations as often as meetings.
 */
const EVENT_HEADS = new Set(['Show', 'Expo', 'Exhibition', 'Festival', 'Fair', 'Olympics', 'Games', 'Championship', 'Championships', 'Tournament', 'Marathon', 'Awards', 'Summit', 'Cup', 'Open', 'Prix']);

/** "Paris Air Show", "Cannes Film Festival", "G20 Summit". */
function isEvent(span: Span, words: readonly string[]): boolean {
  return span.type !== 'PER' && span.last > span.first && EVENT_HEADS.has(words[span.last] as string);
}

/**
 * A line of one ordinary word above an article ("News", "Politics", "World") is a section label,
 * not a name: the word alone is its sentence and a lowercase dictionary word. Place names
 * ("Iran") are not dictionary words.
 */
function isSectionLabel(span: Span, sentenceStart: number, sentenceEnd: number, words: readonly string[], isCommonWord: (lowercase: string) => boolean): boolean {
  return span.first === sentenceStart && span.last === sentenceEnd - 1 && span.first === span.last && isCommonWord((words[span.first] as string).toLowerCase());
}

/** Last words of the name of an agreement or a law: CoNLL tags them MISC ("Dayton Accord", "Kyoto Protocol"). */
const AGREEMENT_HEADS = new Set(['Agreement', 'Treaty', 'Accord', 'Accords', 'Protocol', 'Pact']);

/** "Kyoto Protocol", "Good Friday Agreement", "Joint Comprehensive Plan of Action". */
function isAgreement(span: Span, words: readonly string[]): boolean {
  if (span.type === 'PER' || span.last === span.first) return false;
  if (AGREEMENT_HEADS.has(words[span.last] as string)) return true;
  return span.last - span.first >= 2 && words[span.last] === 'Action' && words[span.last - 1] === 'of' && words[span.last - 2] === 'Plan';
}

/** Opening quotes a product's name may stand in after its designation: 787 ``Dreamliner''. */
const OPENING_QUOTES = new Set(['``', '"', '“', "'", '‘']);

/**
 * Whether the span is a product's own name after its model designation ("787 Dreamliner", "Boeing
 * 787 ``Dreamliner''", "A350 XWB"), outside results lines. A three-digit number counts only after
 * a maker ("Boeing 787 Dreamliner"; "300 U.S. warplanes" and "the 159 U.N. members" are
 * quantities). A known place or company (`lists`) is never taken for a product ("the G20 Seoul
 * summit").
 */
function followsDesignation(span: Span, words: readonly string[], sentenceStart: number, sentenceEnd: number, lists: WordLists): boolean {
  let before = span.first - 1;
  // (The tokenizer gives `` as two quote tokens.)
  for (let quotes = 0; quotes < 2 && before >= sentenceStart && OPENING_QUOTES.has(words[before] as string); quotes++) before--;
  if (before < sentenceStart) return false;
  const designation = words[before] as string;
  if (ORDINAL.test(designation) || FISCAL_PERIOD.test(designation)) return false;
  if (!ALPHANUMERIC_MODEL.test(designation)) {
    if (!NUMERIC_MODEL.test(designation) || before - 1 < sentenceStart) return false;
    const maker = words[before - 1] as string;
    if (!/^[A-Z][a-z]/.test(maker)) return false;
  }
  if (isListed(lists, (words[span.first] as string).toLowerCase())) return false;
  return !isResultsLine(words, sentenceStart, sentenceEnd);
}

/** Words before a number that make a name of a road, a flight, a channel or a mission rather than a product: "Highway 401", "Flight 447". */
const NUMBERED_NAME_WORDS = new Set(['Highway', 'Route', 'Interstate', 'Road', 'Street', 'Avenue', 'Pier', 'Gate', 'Terminal', 'Flight', 'Channel', 'Studio', 'Area', 'Platform', 'Room', 'Apollo', 'Gemini', 'Soyuz', 'Voyager', 'Station', 'Radio', 'Catch', 'Club', 'Camp']);

/**
 * Whether the tagger's span is a maker, a model designation and maybe the product's name, in one:
 * "Boeing 787", "Airbus A380-800", "Boeing 787 Dreamliner" (not "Highway 401" or a results line).
 */
function isMakerAndModel(span: Span, words: readonly string[], sentenceStart: number, sentenceEnd: number): boolean {
  if (span.last === span.first) return false;
  const maker = words[span.first] as string;
  const designation = words[span.first + 1] as string;
  if (!/^[A-Z][a-z]/.test(maker) || NUMBERED_NAME_WORDS.has(maker)) return false;
  if (FISCAL_PERIOD.test(designation) || ORDINAL.test(designation)) return false;
  if (!ALPHANUMERIC_MODEL.test(designation) && !NUMERIC_MODEL.test(designation)) return false;
  return !isResultsLine(words, sentenceStart, sentenceEnd);
}

/**
 * Product names in the style of "iPod", "iPhone", "iTunes", "iMac": a lowercase i before a
 * capitalised word. Companies so spelled ("iRobot") are in the company list and kept.
 */
const I_PRODUCT = /^i[A-Z][a-z]/;

/**
 * Drops product makers, product names and codes; returns the spans kept, in order. A maker's name
 * met alone elsewhere in the article is its company.
 */
export function dropNonNames(
  spans: readonly Span[],
  words: readonly string[],
  sentences: ReadonlyArray<readonly [number, number]>,
  lists: WordLists = NO_WORD_LISTS,
): Span[] {
  const kept: Span[] = [];
  /**
   * Forms found naming a product (after its designation) or an agreement (its bracketed acronym):
   * the same form elsewhere in the article is that product or agreement, not a name.
   */
  const notNameForms = new Set<string>();
  /** Forms found naming a product's maker ("Airbus" in "Airbus A380"): elsewhere in the article, the company. */
  const makerForms = new Set<string>();
  let s = 0;
  for (const span of spans) {
    while (s < sentences.length && (sentences[s] as readonly [number, number])[1] <= span.first) s++;
    const [start, end] = sentences[s] ?? [0, words.length];
    if (namesProduct(span, words, start, end)) {
      makerForms.add(formOf(span, words));
      continue;
    }
    if (isMakerAndModel(span, words, start, end)) {
      // The tagger's own product span ("Airbus A380-800", "Boeing 787 Dreamliner") names the maker,
      // and the product's own name if one follows the designation.
      makerForms.add(words[span.first] as string);
      if (span.last > span.first + 1) notNameForms.add(formOf({ ...span, first: span.first + 2 }, words));
      if (span.type !== 'MISC') continue;
    }
    if (isModelOnly(span, words) || isCodeOrAmount(span, words, start, end) || isMarketIndex(span, words) || isEvent(span, words)) continue;
    if (isAgreement(span, words)) {
      // Its acronym in brackets right after ("(JCPOA)") is the agreement too, wherever it stands.
      const acronym = words[span.last + 2];
      if (words[span.last + 1] === '(' && acronym !== undefined && /^[A-Z]{2,}$/.test(acronym)) notNameForms.add(acronym);
      continue;
    }
    if (isSectionLabel(span, start, end, words, lists.isCommonWord)) continue;
    const first = words[span.first] as string;
    if (I_PRODUCT.test(first) && !lists.isCompany(first.toLowerCase())) continue;
    if (followsDesignation(span, words, start, end, lists)) {
      notNameForms.add(formOf(span, words));
      continue;
    }
    kept.push(span);
  }
  const products = productForms(kept, words, sentences, lists);
  const named = notNameForms.size === 0 && products.size === 0 ? kept : kept.filter((span) => !notNameForms.has(formOf(span, words)) && !isProductForm(span, words, products));
  // CoNLL-2003 tags a maker's name MISC when it stands for the aircraft, so the tagger often calls
  // the company alone MISC ("made by Airbus") or even a person.
  if (makerForms.size === 0) return named;
  // (Not before a number: "the S&P 500" is an index.)
  const beforeNumber = (span: Span): boolean => /^[0-9]/.test(words[span.last + 1] ?? '');
  return named.map((span) => ((span.type === 'MISC' || span.type === 'PER') && makerForms.has(formOf(span, words)) && !beforeNumber(span) ? { ...span, type: 'ORG' } : span));
}

/** The words the article's spans of one word tag with `type`. */
function singleWordsTagged(type: EntityType, spans: readonly Span[], words: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const span of spans) if (span.type === type && span.first === span.last) found.add(words[span.first] as string);
  return found;
}

/**
 * A single word tagged as a person is the company when the company lists hold it and no list of
 * people's names does ("Aeroflot negotiates", "Airbus has confirmed" at a sentence start, where
 * the tagger reads a subject before a verb as a person), or when the company lists hold it, the
 * article tags it alone as an organisation elsewhere and names no person with it as a surname
 * ("Apple today unveiled" beside "hosted by Apple"; "Ford" beside "Henry Ford" stays a person).
 */
export function companiesNotPersons(spans: readonly Span[], words: readonly string[], lists: WordLists): Span[] {
  const organisations = singleWordsTagged('ORG', spans, words);
  const surnames = new Set<string>();
  for (const span of spans) if (span.type === 'PER' && span.last > span.first) surnames.add(words[span.last] as string);
  const isCompany = (word: string): boolean => {
    const lowercase = word.toLowerCase();
    if (lists.isCompanyNotPerson(lowercase)) return true;
    return organisations.has(word) && !surnames.has(word) && lists.isCompany(lowercase);
  };
  return spans.map((span) => (span.type === 'PER' && span.first === span.last && isCompany(words[span.first] as string) ? { ...span, type: 'ORG' } : span));
}

/**
 * A company's name tagged MISC alone where the same article tags it alone as an organisation is
 * the company: "Airbus launches ..." in a headline above "... said Airbus". CoNLL-2003 tags a
 * maker's name MISC when it stands for its aircraft or cars, so the tagger often does so for the
 * company too; the article's own organisation reading and the company list together say which.
 */
export function companiesNotMisc(spans: readonly Span[], words: readonly string[], lists: WordLists): Span[] {
  const organisations = singleWordsTagged('ORG', spans, words);
  if (organisations.size === 0) return [...spans];
  return spans.map((span) => {
    if (span.type !== 'MISC' || span.first !== span.last) return span;
    const word = words[span.first] as string;
    return organisations.has(word) && lists.isCompany(word.toLowerCase()) ? { ...span, type: 'ORG' } : span;
  });
}

/**
 * Words that end the names of organisations and of nothing else in CoNLL-2003 train: of its
 * multi-word names ending in one, 266 are organisations and 3 other names ("U.S. Tennis
 * Association", "Olympic Committee" twice). Heads that also end places ("West Bank", "Soviet
 * Union", "Russian Federation") and competitions ("National League") are not here.
 * The armed and police bodies' heads (Brigade, Guard, Corps, Force, Forces, Police, Unit, 13
 * organisations in train, nothing else) and Squad, which train lacks, name the units 2020 news
 * writes of ("Special Anti-Robbery Squad", which the tagger took for MISC).
 */
export const ORGANISATION_HEADS = new Set(
  ('Organization Organisation Association Council Committee Commission Agency Ministry Party University Institute Fund Authority ' +
    'Department Foundation Corporation Company Society Office Board Service Bureau Alliance Front Movement Group Army Congress Assembly Club ' +
    'Brigade Brigades Guard Corps Force Forces Police Unit Squad').split(' '),
);

/** The last words of the persons the article names in full ("Musk" of "Elon Musk"). */
function surnamesOfFullNames(spans: readonly Span[], words: readonly string[]): Set<string> {
  const surnames = new Set<string>();
  for (const span of spans) if (span.type === 'PER' && span.last > span.first) surnames.add(words[span.last] as string);
  return surnames;
}

/**
 * Words that follow a club's or a country's name and never a person's: "Eagles owner Jeffrey
 * Lurie", "Rotor fans", "Kent captain", "Haas driver Romain Grosjean". In CoNLL-2003 train a name
 * right before one of them is an organisation 50 times, MISC 51 (nationalities: "Dutch striker"),
 * a place 24 times and a person never.
 */
const TEAM_WORDS_AFTER = new Set(
  ('owner owners organisation organization franchise coach manager fans supporters players striker midfielder goalkeeper defender captain chairman boss side squad skipper winger keeper ' +
    'team driver rider riders').split(' '),
);
/**
 * Words that follow an organisation's name and never a person's ("the
 * Maariv newspaper", "Lufthansa shares", "its Del Monte unit"). In CoNLL-2003 train a name right
 * before one of them is an organisation 102 times, MISC 48 ("Israeli officials"), a place 14 times
 * ("Kremlin spokesman"; a country or capital stays a place below) and a person once.
 */
const ORGANISATION_WORDS_AFTER = new Set('spokesman spokeswoman spokesperson newspaper official officials shares unit party'.split(' '));
/**
 * Words that follow a place's name and never a person's ("Helmand province", "Sydney police"): in
 * CoNLL-2003 train a place 48 times, MISC 70 ("Iraqi authorities"), an organisation twice.
 */
const PLACE_WORDS_AFTER = new Set('province embassy authorities police city'.split(' '));
/**
 * Buildings and sites named after what stands before them: "Berlin's Charite hospital", "Kennedy
 * airport". In CoNLL-2003 train a name right before one of them is a place 50 times, MISC 8 times
 * and never a person.
 */
const SITE_WORDS_AFTER = new Set('airport airports hospital stadium university prison mosque church port'.split(' '));

/**
 * A person right before a team or organisation word is the organisation (a country, a place:
 * "Brazil striker"); right before a site or place word, the place. Not the surname of a person
 * the article names in full before a team or organisation word: 2020 news writes "Trump
 * supporters" and "a Biden spokesman" (after "Donald Trump", "Joe Biden"), which CoNLL's 1996
 * text never does.
 */
export function typedByWordAfter(spans: readonly Span[], words: readonly string[], lists: WordLists): Span[] {
  const surnames = surnamesOfFullNames(spans, words);
  return spans.map((span) => {
    if (span.type !== 'PER') return span;
    const after = words[span.last + 1] ?? '';
    if (SITE_WORDS_AFTER.has(after) || PLACE_WORDS_AFTER.has(after)) return { ...span, type: 'LOC' };
    if (!TEAM_WORDS_AFTER.has(after) && !ORGANISATION_WORDS_AFTER.has(after)) return span;
    const single = span.first === span.last ? (words[span.first] as string).toLowerCase() : null;
    if (single !== null && lists.isPlace(single)) return { ...span, type: 'LOC' };
    if (single !== null && surnames.has(words[span.first] as string)) return span;
    return { ...span, type: 'ORG' };
  });
}

/**
 * A name followed by an appositive that says what kind of organisation it is, is that
 * organisation: "BaFin, Germany's financial watchdog," (the tagger: a place), "Wirecard, the
 * payments company." The appositive opens with an article, "its" or a possessive, holds no
 * function word ("Michael Penrose, a worker with the group" is no appositive of the group's) and
 * ends in the kind, then a comma or the sentence's end. In CoNLL-2003 train all 6 names before
 * such an appositive are organisations. Full names of persons are left alone, and so are the tails of longer names.
 */
export function organisationsByAppositive(spans: readonly Span[], words: readonly string[]): Span[] {
  return spans.map((span) => {
    if (span.type === 'ORG' || (span.type === 'PER' && span.last > span.first) || words[span.last + 1] !== ',') return span;
    if (endsLongerName(words, span.first)) return span;
    let t = span.last + 2;
    const opener = words[t] ?? '';
    if (APPOSITIVE_OPENERS.has(opener.toLowerCase())) t++;
    else if (/^\p{Lu}/u.test(opener) && words[t + 1] === "'s") t += 2;
    else return span;
    for (let n = 0; n < MAX_APPOSITIVE_WORDS && t < words.length; n++, t++) {
      const word = words[t] as string;
      if (word === ',' || word === '.' || isFunctionWord(word.toLowerCase())) return span;
      const end = words[t + 1];
      if (isOrganisationKind(word) && !SITE_KINDS.has(word) && (end === undefined || end === ',' || end === '.')) return { ...span, type: 'ORG' };
    }
    return span;
  });
}

/**
 * Whether the name at `first` may be the tail of a longer one that the tagger cut at its inner
 * function words ("Rescue" of "Brothers to the Rescue", "Earth" of "Friends of the Earth").
 */
function endsLongerName(words: readonly string[], first: number): boolean {
  let t = first - 1;
  if (words[t] === 'the') t--;
  return isFunctionWord(words[t] ?? '') && /^\p{Lu}/u.test(words[t - 1] ?? '');
}

const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'its']);
const MAX_APPOSITIVE_WORDS = 5;
/** Kinds of organisation whose buildings the CoNLL-2003 guidelines make places. */
const SITE_KINDS = new Set(['hospital', 'school', 'station', 'university']);

/**
 * "the Trump administration", "the Obama administration": a single capitalised word before a
 * lowercase "administration" that the lists know as a person's name, and not as a country or a
 * capital, is the person, whatever the tagger made of it (MISC, a place, or nothing). In CoNLL-2003
 * train the names before "administration" are "Clinton" 4 times (PER), "Hong Kong" (LOC) and
 * "Republican" (MISC); 2020 news writes "the Trump administration" without the full name often.
 */
export function personsBeforeAdministration(spans: readonly Span[], words: readonly string[], lists: WordLists): Span[] {
  let out: Span[] | null = null;
  for (let t = 0; t + 1 < words.length; t++) {
    if (words[t + 1] !== 'administration') continue;
    const word = words[t] as string;
    const lowercase = word.toLowerCase();
    if (!/^\p{Lu}\p{Ll}/u.test(word) || !lists.isPersonName(lowercase) || lists.isPlace(lowercase)) continue;
    const current: readonly Span[] = out ?? spans;
    const covering = current.find((span) => span.first <= t && span.last >= t);
    if (covering && (covering.type === 'PER' || covering.first !== t || covering.last !== t)) continue;
    out = withSpanReplacing(current, { first: t, last: t, type: 'PER' });
  }
  return out ?? [...spans];
}

/**
 * A name followed by an age between commas is a person's ("Suga, 71, kept Taro Aso"): in
 * CoNLL-2003 train all 55 names before ", <two digits> ," are persons, and none of them comes
 * after an article, as a nationality does ("The Serb, 32, will return", MISC).
 */
export function personsBeforeAges(spans: readonly Span[], words: readonly string[]): Span[] {
  return spans.map((span) => {
    if (span.type === 'PER' || words[span.last + 1] !== ',' || words[span.last + 3] !== ',' || !/^[1-9]\d$/.test(words[span.last + 2] ?? '')) return span;
    if (ARTICLES.has((words[span.first - 1] ?? '').toLowerCase())) return span;
    return { ...span, type: 'PER' };
  });
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A name of several words tagged MISC, a person or a place whose last word only ever ends
 * organisations' names is that organisation: "officials of the World Health Organization" (the
 * tagger, trained on CoNLL-2003 news where "X Organization" is rare, read the context as a
 * nationality's), "drew with West Ham United" (a person). Club names' last words count too: in
 * CoNLL-2003 train 21 names end in "United", all of them organisations.
 */
export function organisationsByHead(spans: readonly Span[], words: readonly string[]): Span[] {
  return spans.map((span) => (span.type !== 'ORG' && span.last > span.first && (ORGANISATION_HEADS.has(words[span.last] as string) || TEAM_HEADS.has(words[span.last] as string)) ? { ...span, type: 'ORG' } : span));
}

/**
 * A name of several words whose last word only ever ends a place's name (PLACE_HEADS: "Street",
 * "Airport", "Sea", ...) is that place: "Downing Street said" (the tagger: a person), "landed at
 * Changi International Airport" (an organisation). In CoNLL-2003 train, names ending in these
 * words are places 64 times and something else 4 times ("wall Street" and "World Bridge"
 * organisations, "Domingo Hospital" and "North Island" persons). An organisation so named may
 * still be the company that runs the place ("Kansai International Airport are likely to launch
 * 10-year dollar deals", CoNLL dev), so one is retyped only where the words before it say
 * where: a preposition of place, or a place's possessive ("New Jersey's Newark International
 * Airport").
 */
export function placesByHead(spans: readonly Span[], words: readonly string[]): Span[] {
  return spans.map((span) => {
    if (span.type === 'LOC' || span.last === span.first || !PLACE_HEADS.has(words[span.last] as string)) return span;
    if (span.type === 'ORG' && !saysWhere(spans, words, span.first)) return span;
    return { ...span, type: 'LOC' };
  });
}

const PLACE_PREPOSITIONS = new Set(['at', 'from', 'to', 'near', 'in', 'into', 'around', 'outside', 'inside', 'via']);

/** Whether the words before token `first` place it: a preposition of place, or a place's "'s". */
function saysWhere(spans: readonly Span[], words: readonly string[], first: number): boolean {
  const before = words[first - 1] ?? '';
  if (PLACE_PREPOSITIONS.has(before.toLowerCase())) return true;
  return before === "'s" && spans.some((span) => span.type === 'LOC' && span.last === first - 2);
}


/** Last words of football clubs' names ("Leeds United", "Blackburn Rovers", "Charlton Athletic"), which no place's name ends in. */
const TEAM_HEADS = new Set(['United', 'Rovers', 'Wanderers', 'Hotspur', 'Athletic', 'Albion']);

/**
 * A word tagged alone as something else than a person, that is the last word of a person's full
 * name in the same article, is that person's surname: "Jobs welcomed everyone" after "Steve Jobs"
 * (the tagger, seeing "Jobs" without a first name, took it for a company). Listed countries,
 * capitals and companies are left alone ("Ford" after "Henry Ford" may be the carmaker).
 */
export function surnamesAsPersons(spans: readonly Span[], words: readonly string[], lists: WordLists): Span[] {
  const surnames = surnamesOfFullNames(spans, words);
  if (surnames.size === 0) return [...spans];
  return spans.map((span) => {
    if (span.type === 'PER' || span.first !== span.last) return span;
    const word = words[span.first] as string;
    return surnames.has(word) && !isListed(lists, word.toLowerCase()) ? { ...span, type: 'PER' } : span;
  });
}

/**
 * A word shaped like a surname: "Musk", "O'Brien", "McCaw", "Diaz-Balart"; not "Co." or "Wi-Fi",
 * which end names the tagger wrongly made persons ("Metromedia Co.", "MacBook Wi-Fi").
 */
const SURNAME = /^(?:\p{Lu}['’]|Ma?c)?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}{2,})*$/u;

/**
 * A word the tagger left untagged in one place but tagged alone, always with one type, at least
 * twice elsewhere in the article (once, for a listed company tagged as an organisation) is that
 * name again: "Apple" at the start of a headline, where the capital says nothing, in an article
 * whose "Apple" is an organisation in every other sentence.
 * The untagged word must stand apart from what the tagger found (`tagged`: no span touches it).
 */
export function repeatNames(spans: readonly Span[], words: readonly string[], tagged: readonly Span[] = spans, lists: WordLists = NO_WORD_LISTS): Span[] {
  const typeOfForm = new Map<string, EntityType | null>();
  const count = new Map<string, number>();
  for (const span of spans) {
    if (span.first !== span.last || span.type === 'MISC') continue;
    const form = words[span.first] as string;
    const known = typeOfForm.get(form);
    typeOfForm.set(form, known === undefined || known === span.type ? span.type : null);
    count.set(form, (count.get(form) ?? 0) + 1);
  }
  // A person's surname once the full name is known ("Musk said" after "Elon Musk").
  const surnames = new Set([...surnamesOfFullNames(spans, words)].filter((word) => SURNAME.test(word)));
  // Next to or inside anything the tagger tagged (kept or dropped: "Boeing" of "Boeing 767"), nothing is added.
  if (typeOfForm.size === 0 && surnames.size === 0) return [...spans];
  const covered = new Uint8Array(words.length + 2);
  for (const span of tagged) covered.fill(1, span.first + 1, span.last + 2);
  for (const span of spans) covered.fill(1, span.first + 1, span.last + 2);
  const added: Span[] = [];
  for (let t = 0; t < words.length; t++) {
    // Names start with a capital: skip digits, punctuation and lowercase ASCII without a lookup.
    const c = (words[t] as string).charCodeAt(0);
    if (c < 65 || (c >= 97 && c <= 122)) continue;
    if (covered[t] === 1 || covered[t + 1] === 1 || covered[t + 2] === 1) continue;
    const word = words[t] as string;
    const type = typeOfForm.get(word);
    // Once is enough for a company the lists know, tagged as an organisation ("Apple releases
    // Macbook" above "... said Apple").
    const needed = type === 'ORG' && lists.isCompany(word.toLowerCase()) ? 1 : 2;
    if (type && (count.get(word) ?? 0) >= needed) added.push({ first: t, last: t, type });
    else if (type === undefined && surnames.has(word)) added.push({ first: t, last: t, type: 'PER' });
  }
  if (added.length === 0) return [...spans];
  return [...spans, ...added].sort((a, b) => a.first - b.first);
}

/**
 * Gives every span of a surface form the type most of that form's spans have, when that type has
 * at least two spans and more than every other type (a tie changes nothing: "Washington" the man
 * and the city may share an article).
 */
export function unifyTypes(spans: readonly Span[], words: readonly string[]): Span[] {
  const tallies = new Map<string, Map<EntityType, number>>();
  for (const span of spans) {
    const form = formOf(span, words);
    let tally = tallies.get(form);
    if (tally === undefined) tallies.set(form, (tally = new Map()));
    tally.set(span.type, (tally.get(span.type) ?? 0) + 1);
  }
  const majority = new Map<string, EntityType>();
  for (const [form, tally] of tallies) {
    if (tally.size < 2) continue;
    const ranked = [...tally].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked as [[EntityType, number], [EntityType, number]];
    if (best[1] >= 2 && best[1] > second[1]) majority.set(form, best[0]);
  }
  if (majority.size === 0) return [...spans];
  return spans.map((span) => {
    const type = majority.get(formOf(span, words));
    return type === undefined || type === span.type ? span : { ...span, type };
  });
}

const THE = new Set(['The', 'THE']);

/**
 * A capitalised "The" the tagger took into a name is left out of it when the article names the
 * rest alone elsewhere: "The Boeing 737-800" beside "Boeing", "The GAO" beside "GAO" (the name's
 * noun phrase keeps the article, see phrases.ts), or when the rest ends in an organisation's head
 * word ("The World Health Organization": CoNLL-2003 train leaves "The" out of 127 organisations
 * and keeps it in 8, newspapers and "The Natural Law Party"). Names that hold their article
 * ("The Times", "The Hague", "The Oval") are not written without it. A description that opens a
 * name ("Rival General Motors Co") is always left out.
 */
export function withoutLeadingThe(spans: readonly Span[], words: readonly string[]): Span[] {
  const opensDescribed = (span: Span): boolean => span.last > span.first && isDescription(words[span.first] as string);
  const undescribed = spans.some(opensDescribed) ? spans.map((span) => (opensDescribed(span) ? { ...span, first: span.first + 1 } : span)) : spans;
  return withoutThe(undescribed, words);
}

/**
 * Words that describe an organisation or a person at a sentence start and are no part of its
 * name: "Rival General Motors Co said ...", "Embattled Boeing ...". No name in CoNLL-2003 train
 * starts with one.
 */
const DESCRIPTIONS = new Set(['Rival', 'Rivals', 'Fellow', 'Embattled', 'Troubled', 'Struggling', 'Beleaguered', 'Ailing', 'State-owned', 'State-run', 'Privately-held', 'Loss-making', 'Cash-strapped', 'Debt-laden']);

/** A description word, or where a company is based ("Mich.-based First of America": CoNLL-2003 tags "-based" words MISC 24 times, never inside a name). */
const isDescription = (word: string): boolean => DESCRIPTIONS.has(word) || (word.endsWith('-based') && word.length > 6);

function withoutThe(spans: readonly Span[], words: readonly string[]): Span[] {
  if (!spans.some((span) => span.last > span.first && THE.has(words[span.first] as string))) return [...spans];
  const forms = new Set<string>();
  for (const span of spans) if (!THE.has(words[span.first] as string)) forms.add(formOf(span, words));
  const leavesThe = (span: Span): boolean => {
    const rest = { ...span, first: span.first + 1 };
    return forms.has(formOf(rest, words)) || (rest.last > rest.first && ORGANISATION_HEADS.has(words[rest.last] as string));
  };
  return spans.map((span) => (span.last > span.first && THE.has(words[span.first] as string) && leavesThe(span) ? { ...span, first: span.first + 1 } : span));
}

/** Particles of Arabic (and Malay) patronymics: "Badr bin Hamad Al Busaidi", "Mohammed bin Salman". */
const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint', 'binti', 'ould']);

/**
 * Joins two spans separated by a patronymic particle into one person ("Badr" + "bin" + "Hamad Al
 * Busaidi"): CoNLL's Reuters text rarely spells such names out, so the tagger breaks them at the
 * lowercase particle.
 */
export function joinPatronymics(spans: readonly Span[], words: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    const joins =
      previous !== undefined &&
      span.first === previous.last + 2 &&
      PATRONYMIC_PARTICLES.has(words[previous.last + 1] as string) &&
      (previous.type === 'PER' || span.type === 'PER');
    if (joins) out[out.length - 1] = { first: previous.first, last: span.last, type: 'PER' };
    else out.push(span);
  }
  return out;
}

/**
 * Joins persons that follow each other with nothing between them into one ("Tedros" + "Adhanom
 * Ghebreyesus", which the tagger split after reading the first word as an organisation's):
 * CoNLL-2003 train never has two persons side by side (no B-PER tag). Not across a line break
 * (`opensLine`): a list of names, one per line.
 */
export function joinAdjacentPersons(spans: readonly Span[], opensLine: (token: number) => boolean): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.type === 'PER' && span.type === 'PER' && span.first === previous.last + 1 && !opensLine(span.first)) {
      out[out.length - 1] = { first: previous.first, last: span.last, type: 'PER' };
    } else out.push(span);
  }
  return out;
}

/**
 * An organisation, "of" (perhaps "the"), and another organisation are one organisation: the
 * tagger cut "International Committee of the Red Cross" in two. CoNLL-2003 train never has two
 * organisations so apart, and writes such names whole ("Organisation of the Islamic Conference",
 * "Journal of the Royal College of Physicians"). The first must end in an organisation's head
 * word ("Committee"), so that "Reuters of the Times" stays apart.
 */
export function joinOrganisationsAcrossOf(spans: readonly Span[], words: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.type === 'ORG' && span.type === 'ORG' && ORGANISATION_HEADS.has(words[previous.last] as string) && words[previous.last + 1] === 'of') {
      const gap = span.first - previous.last - 1;
      if (gap === 1 || (gap === 2 && words[previous.last + 2] === 'the')) {
        out[out.length - 1] = { first: previous.first, last: span.last, type: 'ORG' };
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/** A part of a hyphenated compound that names a place, as a character range within the word. */
export interface CompoundPart {
  start: number;
  end: number;
}

const TITLE_CASE_PART = /^[A-Z][A-Za-z.]*$/;

/**
 * The places inside a hyphenated compound of place names ("US-Iran talks", "Israel-Hamas",
 * "China-EU"): the tokenizer keeps hyphenated words whole, as CoNLL does ("Anglo-Dutch"), so the
 * tagger never sees the countries inside. Every part must be capitalised and at least two parts
 * must be countries or capitals (`isPlace`, from the gazetteer); returns no parts otherwise.
 */
export function placesInCompound(word: string, isPlace: (lowercase: string) => boolean): CompoundPart[] {
  if (!word.includes('-')) return [];
  const parts: CompoundPart[] = [];
  let at = 0;
  for (const part of word.split('-')) {
    if (!TITLE_CASE_PART.test(part)) return [];
    if (isPlace(part.toLowerCase())) parts.push({ start: at, end: at + part.length });
    at += part.length + 1;
  }
  return parts.length >= 2 ? parts : [];
}
