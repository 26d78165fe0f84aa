/**
 * A line of a sports result, "Sale 31 Wasps 33", "Boroughmuir 20 Hawick 23", "Zemun 1 Rad ( B ) 0":
 * two teams and their scores. In CoNLL-2003 train the capitalised words of such lines are
 * organisations 1,295 times, places 8 (national teams: "Ethiopia 1 Uganda 1"), a person once.
 * The tagger, which reads each name by its own window, made "Wasps" and "Hawick" persons and
 * missed "Newbridge"; here both teams become organisations, a country stays a place.
 */
import { withSpanReplacing } from './span-edit';
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

/** The spans with the teams of every results line typed as organisations (countries as places). */
export function teamsInResults(spans: readonly Span[], words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>, isCountry: (lowercase: string) => boolean): Span[] {
  let out: Span[] | null = null;
  for (const [start, end] of sentences) {
    // At least four tokens, and the last a score: a cheap test before the full one.
    if (end - start < 4 || !SCORE.test(words[end - 1] as string)) continue;
    const teams = teamsOf(words, start, end);
    if (teams === null) continue;
    for (const [first, last] of teams) {
      const country = first === last && isCountry((words[first] as string).toLowerCase());
      out = withSpanReplacing(out ?? [...spans], { first, last, type: country ? 'LOC' : 'ORG' });
    }
  }
  return out ?? [...spans];
}
