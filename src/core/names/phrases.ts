/**
 * The noun phrase a name stands for, where it is wider than the name: what MEANTIME (and ACE)
 * mark as the extent of a named mention, beside the name the editor highlights.
 *
 * - "the GAO", "The Beatles": the article belongs to the name when the name heads its phrase;
 * - "the Apple logo", "The Air Canada deal", "the Boeing 737": a name between "the" and a noun
 *   only modifies that noun (MEANTIME's PRE.NAM): the article is the noun's, and the name is
 *   marked as a premodifier; so is an organisation before a noun that is never a verb ("Boeing
 *   employees", "Intel processors");
 * - "Mobile, Alabama", "Toulouse, France": a place followed by its region or country is one place;
 * - "Senator John McCain", "Mr. Lee Hsien Loong": a title or form of address that opens the
 *   phrase belongs to the person's mention;
 * - "aircraft manufacturer Boeing", "German airline Lufthansa": a description of an
 *   organisation's kind that opens the phrase belongs to its mention, and says it is an
 *   organisation, whatever the tagger made of it.
 *
 * A title or description after another name ("Apple CEO Steve Jobs", "Airbus parent EADS") is
 * left out: MEANTIME's corpora write such phrases both ways. CoNLL-2003's base noun phrases,
 * tried as a learned model, agreed with MEANTIME less often than these rules (models/README.md).
 */
import { isHonorific } from '../entities/normalise';
import { isTitleHead, isTitleModifier } from '../entities/roles';
import type { Span } from './tagger';

export interface NamePhrase {
  /** First and last token of the phrase (the name's own when nothing is added). */
  first: number;
  last: number;
  /** The name modifies the noun after it ("the Apple logo"). */
  premodifier: boolean;
  /** A description before the name says it is an organisation ("German airline Lufthansa"). */
  organisation: boolean;
}

/** What the phrase rules need to know of words, from the lists baked into the name model. */
export interface PhraseLists {
  /** Whether the lowercase words name a country or a region (a state, a province): "alabama", "new york". */
  isCountryOrRegion(lowercaseWords: readonly string[]): boolean;
  /** Whether a lowercase word is listed as a nationality: "german". */
  isDemonym(lowercase: string): boolean;
  /** Whether a lowercase word is a lowercase dictionary word: "aircraft". */
  isCommonWord(lowercase: string): boolean;
  /** Whether a lowercase word is a dictionary word that is only a noun: "employee", "logo" (not "plan"). */
  isNounOnly(lowercase: string): boolean;
}

const DETERMINERS = new Set(['the', 'The', 'THE']);
const POSSESSIVES = new Set(["'s", "'", "'S"]);

/**
 * Closed-class words that can follow a name heading its phrase ("the GAO upheld", "the EU made",
 * "the Pentagon because", "the Beatles and"): prepositions, conjunctions, auxiliaries and modals,
 * pronouns, and the adverbs and irregular past tenses news most often puts after a subject.
 */
const NOT_NOUNS = new Set([
  ...'about above across after against along among around as at before behind below beneath beside between beyond by despite down during except for from in inside into like near of off on onto out outside over past per since than through throughout till to toward towards under until unto up upon via with within without'.split(' '),
  ...'and or but nor so yet because although though while whereas if unless whether that which who whom whose what when where why how'.split(' '),
  ...'is was are were be been being am has have had having do does did done will would shall should can could may might must ought'.split(' '),
  ...'it its he she they them their his her we us our you your i me my this these those itself themselves'.split(' '),
  ...'also already always now then today tonight yesterday tomorrow still just even never ever again soon later recently often only too very not however instead meanwhile finally first last once here there'.split(' '),
  // Irregular past tenses that are not also common nouns ("bid", "cost", "cut", "set" are left out).
  ...('said made took gave went came saw told found held led won lost left sold bought brought thought began ran became paid kept met sent spent built fell grew knew wrote chose drove broke spoke stood understood ' +
    'withdrew upheld overturned struck sought taught caught fought meant heard felt forbade forgave froze hid hung lent lit rang rode sang sank shook slid stole stuck swore swept swam threw tore wore woke ' +
    'overtook undertook outsold rebuilt withheld')
    .split(' '),
]);

/** Whether a lowercase word is a function word or one of the verbs of NOT_NOUNS ("of", "has", "said"). */
export const isFunctionWord = (word: string): boolean => NOT_NOUNS.has(word);

/** Whether a word after "the" and a name makes the name its premodifier: a lowercase noun or a designation. */
function isNounAfterName(word: string): boolean {
  // "The Boeing 737-800", "the Airbus 380".
  if (/^[0-9]/.test(word)) return true;
  if (!/^\p{Ll}/u.test(word) || NOT_NOUNS.has(word)) return false;
  // Regular past tenses are verbs; a final s is a plural or a verb, and the verb ("the EU bans")
  // is the more common after a subject: neither makes a premodifier.
  return !/(?:ed|s)$/.test(word);
}

/**
 * Nouns that say what kind of organisation a name is, when they stand right before it:
 * "aircraft manufacturer Boeing", "German airline Lufthansa", "investment bank Goldman Sachs".
 */
const ORGANISATION_KINDS = new Set([
  ...'airline carrier airframer manufacturer maker automaker carmaker chipmaker planemaker shipbuilder builder producer supplier retailer distributor wholesaler'.split(' '),
  ...'company firm corporation conglomerate group giant consortium subsidiary unit division parent owner operator provider developer publisher'.split(' '),
  ...'bank lender insurer broker brokerage exchange fund investor'.split(' '),
  ...'agency ministry department regulator watchdog authority commission council committee court'.split(' '),
  ...'newspaper daily magazine weekly broadcaster network channel station website blog studio label'.split(' '),
  ...'party union association federation club team league university school hospital charity organisation organization'.split(' '),
]);
/** Whether a lowercase word says what kind of organisation a name is ("airline", "watchdog"). */
export const isOrganisationKind = (word: string): boolean => ORGANISATION_KINDS.has(word);

/** Longest description taken before an organisation's name. */
const MAX_DESCRIPTION_WORDS = 5;

/** A nationality before an organisation's kind: "German airline", "Irish national airline". */
function isNationality(word: string, lists: PhraseLists): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && (lists.isDemonym(word.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ish|ese|ian)$/u.test(word));
}

/**
 * The first word of a description of an organisation right before its name ("aircraft
 * manufacturer Boeing", "The American computer company Apple", "Irish low cost airline, Ryanair,"
 * at the start of a sentence), or `first` when there is none. The description ends with a noun of
 * ORGANISATION_KINDS; before it come lowercase words, nationalities, "and" between them, a
 * capitalised dictionary word opening the sentence ("Aircraft"), and an opening "the".
 */
function descriptionStart(words: readonly string[], sentenceStart: number, first: number, last: number, lists: PhraseLists): number {
  let k = first - 1;
  // An appositive opening the sentence: "Irish low cost airline, Ryanair, announced".
  if (words[k] === ',' && words[last + 1] === ',') k--;
  const kind = k >= sentenceStart ? (words[k] as string) : '';
  if (!ORGANISATION_KINDS.has(kind.toLowerCase()) || (kind !== kind.toLowerCase() && k !== sentenceStart)) return first;
  let start = k;
  for (let j = k - 1; j >= sentenceStart && k - j < MAX_DESCRIPTION_WORDS; j--) {
    const w = words[j] as string;
    if (w === 'and' && j - 1 >= sentenceStart && isDescriptionWord(words, sentenceStart, j - 1, lists)) continue;
    if (!isDescriptionWord(words, sentenceStart, j, lists)) break;
    start = j;
  }
  if (start - 1 >= sentenceStart && DETERMINERS.has(words[start - 1] as string)) start--;
  // The appositive form counts only at the start of a sentence.
  if (k !== first - 1 && start !== sentenceStart) return first;
  // A description after another name belongs to a longer phrase ("Airbus parent EADS", "the
  // Beatles' label Apple Corps"), which MEANTIME writes either way: the name alone is kept.
  return opensPhrase(words, sentenceStart, start) ? start : first;
}

/** Whether the phrase starting at words[start] opens its phrase: nothing but a function word or punctuation (not a possessive) before it. */
function opensPhrase(words: readonly string[], sentenceStart: number, start: number): boolean {
  const before = start - 1 >= sentenceStart ? (words[start - 1] as string) : '';
  return before === '' || (!/^\p{L}/u.test(before) && !POSSESSIVES.has(before)) || NOT_NOUNS.has(before);
}

/** Whether words[j] may stand in an organisation's description (see descriptionStart). */
function isDescriptionWord(words: readonly string[], sentenceStart: number, j: number, lists: PhraseLists): boolean {
  const w = words[j] as string;
  if (/^\p{Ll}/u.test(w)) return !NOT_NOUNS.has(w) && !DETERMINERS.has(w);
  if (isNationality(w, lists)) return true;
  return j === sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(w) && lists.isCommonWord(w.toLowerCase());
}

/** Longest title taken before a person's name ("Chief executive", "Mr Justice"). */
const MAX_TITLE_WORDS = 4;

/**
 * The first word of a title right before a person's name at `first` ("Senator John McCain",
 * "Chief executive Thomas Enders", "Mr. Lee Hsien Loong", "Mr Justice Anthony Mann"), or `first`
 * when there is none. Only a title that opens its phrase counts: one after a name or a noun
 * ("Apple CEO Steve Jobs", "company CEO Steve Jobs", "Presiding Judge Martin Mann") belongs to a
 * longer description that MEANTIME writes either way, and the name alone is kept.
 */
function titleStart(words: readonly string[], sentenceStart: number, first: number): number {
  let k = first - 1;
  let head = false;
  while (k >= sentenceStart && first - k <= MAX_TITLE_WORDS) {
    const w = words[k] as string;
    if (isTitleHead(w)) head = true;
    else if (!isTitleModifier(w) && !isHonorific(w)) break;
    k--;
  }
  if (k === first - 1 || (!head && !isHonorific(words[first - 1] as string))) return first;
  return opensPhrase(words, sentenceStart, k + 1) ? k + 1 : first;
}

/**
 * Whether a word right after an organisation's name makes the name its premodifier: a noun that
 * is never a verb, or the plural of one ("Boeing employees", "Intel processors", "the Apple
 * website"). Not "Apple plans" or "Boeing claims", which may be verbs.
 */
function isNounOnlyAfter(word: string, lists: PhraseLists): boolean {
  if (!/^[a-z]/.test(word) || NOT_NOUNS.has(word) || /(?:ing|ed)$/.test(word)) return false;
  if (lists.isNounOnly(word)) return true;
  if (!word.endsWith('s')) return false;
  return lists.isNounOnly(word.slice(0, -1)) || (word.endsWith('es') && lists.isNounOnly(word.slice(0, -2))) || (word.endsWith('ies') && lists.isNounOnly(`${word.slice(0, -3)}y`));
}

/** The phrase of every span, in the same order (see the module comment). */
export function namePhrases(spans: readonly Span[], words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>, lists: PhraseLists): NamePhrase[] {
  const out: NamePhrase[] = new Array<NamePhrase>(spans.length);
  let s = 0;
  spans.forEach((span, i) => {
    while (s < sentences.length && (sentences[s] as readonly [number, number])[1] <= span.first) s++;
    const [start, end] = sentences[s] ?? [0, words.length];
    const phrase: NamePhrase = { first: span.first, last: span.last, premodifier: false, organisation: false };
    const region = spans[i + 1];
    if (span.type === 'LOC' && words[span.last + 1] === ',' && region !== undefined && region.type === 'LOC' && region.first === span.last + 2) {
      const lower = (from: number, to: number): string[] => words.slice(from, to + 1).map((w) => w.toLowerCase());
      // Not a list of countries or states ("France, Germany and Italy", "Ohio, Florida").
      if (lists.isCountryOrRegion(lower(region.first, region.last)) && !lists.isCountryOrRegion(lower(span.first, span.last))) phrase.last = region.last;
    }
    if (span.type === 'PER') phrase.first = titleStart(words, start, span.first);
    if (phrase.first === span.first) {
      // "German magazine Der Spiegel", "Russian flag carrier Aeroflot" (which the tagger took for people).
      phrase.first = descriptionStart(words, start, span.first, span.last, lists);
      phrase.organisation = phrase.first !== span.first;
    }
    const before = phrase.first - 1 >= start ? (words[phrase.first - 1] as string) : '';
    const after = phrase.last + 1 < end ? (words[phrase.last + 1] as string) : '';
    if (span.type !== 'PER' && phrase.first === span.first && DETERMINERS.has(before)) {
      if (isNounAfterName(after)) phrase.premodifier = true;
      // "the United Kingdom's Royal Air Force": the article is the possessor's noun's.
      else if (!POSSESSIVES.has(after)) phrase.first--;
    }
    // An organisation before a noun that is never a verb only modifies it ("Boeing employees").
    // (Places are left as they are: MEANTIME names "U.S." in "U.S. music seller".)
    if (span.type === 'ORG' && !phrase.premodifier && isNounOnlyAfter(after, lists)) phrase.premodifier = true;
    if (phrase.premodifier) {
      phrase.first = span.first;
      phrase.last = span.last;
    }
    out[i] = phrase;
  });
  return out;
}
