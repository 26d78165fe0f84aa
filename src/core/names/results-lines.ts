/**
 * A line of a sports result, "Sale 31 Wasps 33", "Boroughmuir 20 Hawick 23", "Zemun 1 Rad ( B ) 0":
 * two teams and their scores. In CoNLL-2003 train the capitalised words of such lines are
 * organisations 1,295 times, places 8 (national teams: "Ethiopia 1 Uganda 1"), a person once.
 * The tagger, which reads each name by its own window, made "Wasps" and "Hawick" persons and
 * missed "Newbridge"; here both teams become organisations, a country stays a place. The same
 * goes for the team in a ranked race result (teamOfRankedLine).
 */
import { withSpansReplacing } from './span-edit';
import type { Span } from './tagger';

const SCORE = /^\d{1,3}$/;
/** Words inside a team's name that are not capitalised: "Heriot 's F.P.". */
const NAME_JOINERS = new Set(["'s", '&', '-']);
const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)/;

/** The two teams of a results line as [first, last] token ranges (a bracketed note such as "( B )" left out), or null. */
function teamsOf(words: readonly string[], start: number, end: number): Array<[number, number]> | null {
  const teams: Array<[number, number]> = [];
  let t = start;
  for (let side = 0; side < 2; side++) {
    const first = t;
    while (t < end && !SCORE.test(words[t] as string) && words[t] !== '(') {
      const word = words[t] as string;
      if (!/^\p{Lu}/u.test(word) && !NAME_JOINERS.has(word)) return null;
      t++;
    }
    const last = t - 1;
    if (last < first || MONTHS.test(words[first] as string)) return null;
    if (words[t] === '(') {
      while (t < end && words[t] !== ')') t++;
      t++;
    }
    if (t >= end || !SCORE.test(words[t] as string)) return null;
    teams.push([first, last]);
    t++;
  }
  return t === end ? teams : null;
}

const RANK = /^\d{1,3}\.$/;
const RANK_NUMBER = /^\d{1,3}$/;
const TIME_OR_NUMBER = /^[\d:.]/;

/**
 * The team of a ranked line of a race's results, "1. Gerhard Berger ( Austria ) Benetton 1:53.706",
 * "3. Bobby Rahal ( U.S. ) , Reynard Mercedes-Benz , 54.507": the name after the rider's or
 * driver's country and before the time, as a [first, last] range, or null. In CoNLL-2003 train it
 * is an organisation 107 times, a car (MISC: "Toyota Celica") 21 times, a person once.
 */
function teamOfRankedLine(words: readonly string[], start: number, end: number): [number, number] | null {
  let t = start;
  while (t < end && words[t] !== '(') t++;
  if (t === start || t >= end) return null;
  while (t < end && words[t] !== ')') t++;
  t++;
  if (words[t] === ',') t++;
  const first = t;
  while (t < end && /^\p{Lu}/u.test(words[t] as string)) t++;
  const last = t - 1;
  if (last < first) return null;
  if (words[t] === ',') t++;
  return t < end && TIME_OR_NUMBER.test(words[t] as string) ? [first, last] : null;
}

/** The spans with the teams of every results line typed as organisations (countries as places). */
export function teamsInResults(spans: readonly Span[], words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>, isCountry: (lowercase: string) => boolean): Span[] {
  const replacements: Span[] = [];
  let s = 0;
  sentences.forEach(([start, end], i) => {
    // The rank "1." is a sentence of its own to the tokenizer ("1", "."), or the first word.
    const previous = sentences[i - 1];
    const afterRank = previous !== undefined && previous[1] - previous[0] === 2 && previous[1] === start && RANK_NUMBER.test(words[previous[0]] as string) && words[previous[0] + 1] === '.';
    const from = afterRank ? start : RANK.test(words[start] as string) ? start + 1 : -1;
    const ranked = from >= 0 && end - from >= 5 ? teamOfRankedLine(words, from, end) : null;
    if (ranked !== null) {
      // The tagger's person or place over the team becomes the organisation; its MISC (a car) stays.
      while (s < spans.length && (spans[s] as Span).first < ranked[0]) s++;
      const tagged = spans[s];
      if (tagged !== undefined && tagged.first === ranked[0] && tagged.last === ranked[1] && (tagged.type === 'PER' || tagged.type === 'LOC')) replacements.push({ ...tagged, type: 'ORG' });
      return;
    }
    // At least four tokens, and the last a score: a cheap test before the full one.
    if (end - start < 4 || !SCORE.test(words[end - 1] as string)) return;
    const teams = teamsOf(words, start, end);
    if (teams === null) return;
    for (const [first, last] of teams) {
      const country = first === last && isCountry((words[first] as string).toLowerCase());
      replacements.push({ first, last, type: country ? 'LOC' : 'ORG' });
    }
  });
  return withSpansReplacing(spans, replacements);
}
