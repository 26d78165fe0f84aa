/**
 * Names of people, places and organisations (PER, LOC, ORG) in raw article text, with a
 * statistical tagger trained on CoNLL-2003 (see `npm run train` and models/README.md).
 */
import { createHash } from 'node:crypto';
import { creditedPersons } from './credits';
import { datelineSpans } from './datelines';
import { companiesByHolding } from './holdings';
import { teamsInResults } from './results-lines';
import { shortFormNames } from './short-forms';
import { withSpansReplacing } from './span-edit';
import { withoutRaceWords } from './race-words';
import { companiesListed, companiesNotMisc, companiesNotPersons, dropNonNames, joinAdjacentPersons, joinOrganisationsAcrossOf, joinPatronymics, organisationsByAppositive, organisationsByHead, personsBeforeAdministration, placesByHead, personsBeforeAges, placesInCompound, repeatNames, surnamesAsPersons, typedByWordAfter, unifyTypes, withoutLeadingThe, type WordLists } from './refine';
import { namePhrases, type NamePhrase, type PhraseLists } from './phrases';
import { withoutTitles } from './titles';
import type { Token } from './tokenize';
import { TaggerModel, deserializeModel, formOf, tagText, type Span } from './tagger';

export type NameType = 'PER' | 'LOC' | 'ORG';

export interface NameMention {
  /** UTF-16 offset of the first character in the text. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  text: string;
  type: NameType;
  score?: number;
  /**
   * The noun phrase the name stands for when it is wider than the name, as MEANTIME marks a named
   * mention: "the GAO", "Mobile, Alabama" (see phrases.ts). UTF-16 offsets, like start and end.
   */
  phrase?: { start: number; end: number; text: string };
  /** The name modifies the noun after it ("the Apple logo", MEANTIME's PRE.NAM). */
  premodifier?: true;
}

/** A loaded model (opaque). */
export interface NameModel {
  readonly kind: 'name-model';
  /** Identifies the model file (first 12 hex digits of its SHA-256): output changes when it does. */
  readonly fingerprint: string;
}

interface LoadedNameModel extends NameModel {
  readonly tagger: TaggerModel;
}

const BASE64 = /^[A-Za-z0-9+/=\s]+$/;

/**
 * Loads a model from its bytes (models/names.bin) or from the same bytes as a base64 string.
 * Throws an Error with a readable message if the data is not a name model.
 */
export function loadNameModel(serialized: Uint8Array | string): NameModel {
  let bytes: Uint8Array;
  if (typeof serialized === 'string') {
    if (!BASE64.test(serialized)) throw new Error('A name model given as a string must be base64.');
    bytes = Uint8Array.from(Buffer.from(serialized, 'base64'));
  } else bytes = serialized;
  const fingerprint = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const model: LoadedNameModel = { kind: 'name-model', fingerprint, tagger: deserializeModel(bytes) };
  return model;
}

/** Finds the names in a text: sorted by start, non-overlapping, offsets in UTF-16 code units. */
export function findNames(text: string, model: NameModel): NameMention[] {
  const tagger = (model as LoadedNameModel).tagger;
  if (tagger === undefined) throw new Error('findNames needs a model from loadNameModel.');
  const { tokens, words, sentences, spans: taggerSpans } = tagText(tagger, text);
  const gazetteer = tagger.gazetteer;
  const starts = lineStarts(text, tokens, sentences);
  const isPlaceName = (lowercaseWords: readonly string[]): boolean => gazetteer.isPlaceName(lowercaseWords);
  const datelines = datelineSpans(taggerSpans, words, starts, isPlaceName);
  const places = withSpansReplacing(taggerSpans, datelines);
  const opensLine = (t: number): boolean => starts.includes(t);
  const tagged = joinAdjacentPersons(withoutTitles(creditedPersons(places, words, opensLine), words, (lowercase) => gazetteer.isCountryOrCapital(lowercase)), opensLine);
  const lists: WordLists = {
    isCompany: (lowercase) => gazetteer.isCompany(lowercase),
    isPlace: (lowercase) => gazetteer.isCountryOrCapital(lowercase),
    isCommonWord: (lowercase) => gazetteer.isCommonWord(lowercase),
    isCompanyNotPerson: (lowercase) => gazetteer.isCompanyNotPerson(lowercase),
    isPersonName: (lowercase) => gazetteer.isPersonName(lowercase),
  };
  const isCountry = (lowercase: string): boolean => gazetteer.isCountry(lowercase);
  // The rules after the tagger, in the order they apply (models/README.md says why each is there).
  const afterTagger: Array<(spans: readonly Span[]) => Span[]> = [
    (s) => companiesListed(s, words),
    (s) => withoutLeadingThe(s, words),
    (s) => dropNonNames(s, words, sentences, lists),
    (s) => withoutRaceWords(s, words),
    (s) => joinPatronymics(s, words),
    (s) => companiesNotPersons(s, words, lists),
    (s) => companiesNotMisc(s, words, lists),
    (s) => organisationsByHead(s, words),
    (s) => placesByHead(s, words),
    (s) => organisationsByAppositive(s, words),
    (s) => joinOrganisationsAcrossOf(s, words),
    (s) => typedByWordAfter(s, words, lists),
    (s) => personsBeforeAges(s, words),
    (s) => personsBeforeAdministration(s, words, lists),
    (s) => surnamesAsPersons(s, words, lists),
    (s) => companiesByHolding(s, words, lists.isPlace),
    (s) => shortFormNames(s, words),
    (s) => teamsInResults(s, words, sentences, isCountry),
    (s) => unifyTypes(s, words),
    (s) => repeatNames(s, words, tagged, lists),
    // Datelines once more: one type per surface form must not make "NEW YORK 1996-08-30" the team of the tables below it.
    (s) => withSpansReplacing(s, datelines),
  ];
  const spans = afterTagger.reduce<readonly Span[]>((current, step) => step(current), tagged);
  const out: NameMention[] = [];
  const covered = new Uint8Array(tokens.length);
  const { shown, phrases } = withPhrases(spans, words, sentences, gazetteer);
  for (const span of spans) {
    // A compound the tagger calls MISC on its own ("US-Iran" like "Anglo-Dutch") may still hold places.
    const compoundMisc = span.type === 'MISC' && span.first === span.last;
    if (!compoundMisc) covered.fill(1, span.first, span.last + 1);
  }
  shown.forEach((span, i) => {
    const first = tokens[span.first] as Token;
    const last = tokens[span.last] as Token;
    const phrase = phrases[i] as NamePhrase;
    const name: NameMention = { start: first.start, end: last.end, text: text.slice(first.start, last.end), type: span.type as NameType };
    if (phrase.first !== span.first || phrase.last !== span.last) {
      const start = (tokens[phrase.first] as Token).start;
      const end = (tokens[phrase.last] as Token).end;
      name.phrase = { start, end, text: text.slice(start, end) };
    }
    if (phrase.premodifier) name.premodifier = true;
    out.push(name);
  });
  tokens.forEach((token, t) => {
    if (covered[t] === 1 || !(words[t] as string).includes('-')) return;
    for (const part of placesInCompound(text.slice(token.start, token.end), lists.isPlace)) {
      const start = token.start + part.start;
      const end = token.start + part.end;
      out.push({ start, end, text: text.slice(start, end), type: 'LOC' });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** The tokens that open a line: the first of the text, and those after a line break (each opens a sentence). */
function lineStarts(text: string, tokens: readonly Token[], sentences: ReadonlyArray<readonly [number, number]>): number[] {
  const starts: number[] = [];
  for (const [first] of sentences) {
    if (first >= tokens.length) continue;
    if (first === 0 || LINE_BREAK.test(text.slice((tokens[first - 1] as Token).end, (tokens[first] as Token).start))) starts.push(first);
  }
  return starts;
}
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;

/**
 * The spans with their phrases. A description before one mention ("Russian flag carrier
 * Aeroflot") makes every mention of that name in the article the organisation, as the tagger may
 * have read the others ("Aeroflot negotiates" in the headline) as a person.
 */
function withPhrases(spans: readonly Span[], words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>, lists: PhraseLists): { shown: Span[]; phrases: NamePhrase[] } {
  const phrases = namePhrases(spans, words, sentences, lists);
  const organisations = new Set<string>();
  phrases.forEach((phrase, i) => {
    if (phrase.organisation) organisations.add(formOf(spans[i] as Span, words));
  });
  // The tagger's MISC ("aircraft manufacturer Boeing": CoNLL's Boeing is mostly the aircraft) too.
  const retyped = organisations.size === 0 ? spans : spans.map((span): Span => (span.type !== 'ORG' && organisations.has(formOf(span, words)) ? { ...span, type: 'ORG' } : span));
  const shown = retyped.filter((span) => span.type !== 'MISC');
  return { shown, phrases: organisations.size === 0 && shown.length === spans.length ? phrases : namePhrases(shown, words, sentences, lists) };
}

export { tokenize } from './tokenize';
export type { Token, Tokenized } from './tokenize';
export { trainNameModel, tagsToSpans } from './train';
export type { TrainingDocument, TrainingSentence, TrainOptions } from './train';
export type { GazetteerLists } from './features';
