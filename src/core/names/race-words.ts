/**
 * "Black" and "White" written with a capital to describe people ("a Black man", "Black and Latino
 * voters"), as Reuters and AP have done since 2020, describe, they do not name: CoNLL-2003's 1996
 * text writes them in lowercase, so the tagger reads the capital as a surname ("Black said") or a
 * place ("the Black Sea"). Followed by a word for people, the word is no name.
 */
import type { Span } from './tagger';

/** Words that may join two race words: "Black and Latino voters", "Black, Hispanic and Asian people". */
const JOINERS = new Set(['and', 'or', ',', '/']);
/** Words for groups of people by race or origin that describe people before a noun. */
const GROUP_WORDS = new Set(['Black', 'White', 'Brown', 'Indigenous', 'Hispanic', 'Latino', 'Latina', 'Latinx', 'Asian', 'Native', 'Arab']);
/** Lowercase words for people, or for what belongs to a group of people, that follow such a word. */
const PEOPLE_WORDS = new Set(
  (
    'man men woman women people person persons boy boys girl girls child children kid kids teen teens teenager teenagers youth youths ' +
    'family families household households community communities resident residents neighborhood neighborhoods neighbourhood ' +
    'neighbourhoods voter voters worker workers employee employees student students officer officers official officials leader ' +
    'leaders lawmaker lawmakers politician politicians candidate candidates owner owners business businesses entrepreneur ' +
    'entrepreneurs patient patients doctor doctors nurse nurses athlete athletes player players journalist journalists artist ' +
    'artists activist activists professional professionals mother mothers father fathers victim victims suspect ' +
    'suspects defendant defendants juror jurors homeowner homeowners customer customers farmer farmers musician musicians ' +
    'church churches college colleges culture history lives'
  ).split(' '),
);

/** Plural nouns for peoples, capitalised: "Black Americans". */
const PEOPLES = new Set(['Americans', 'Britons', 'Canadians', 'Brazilians', 'Africans', 'Europeans', 'Democrats', 'Republicans']);

/** Whether the words from `t` on are, after any joined group words ("and Latino"), a word for people. */
function describesPeople(words: readonly string[], t: number): boolean {
  let u = t;
  while (JOINERS.has(words[u] as string) && GROUP_WORDS.has(words[u + 1] as string)) u += 2;
  const word = words[u] ?? '';
  return PEOPLE_WORDS.has(word) || PEOPLES.has(word);
}

/** The spans without the single race words that describe people ("a Black man", "Black and Latino voters"). */
export function withoutRaceWords(spans: readonly Span[], words: readonly string[]): Span[] {
  return spans.filter((span) => !(span.first === span.last && GROUP_WORDS.has(words[span.first] as string) && describesPeople(words, span.last + 1)));
}
