/**
 * The place of a news dateline is a place: "GENEVA (Reuters) -", "SAO PAULO, March 3 (AP) --",
 * "OAKLAND, Calif. (Reuters) -", "ERBIL, Kurdistan Region of Iraq -", "WASHINGTON --", and each place of
 * "YEREVAN/BAKU (Reuters) -".
 *
 * CoNLL-2003's datelines are "GENEVA 1996-08-22", which the tagger learned well, though not in
 * every context ("NEW YORK 1996-08-30" above baseball results was an organisation; in CoNLL-2003
 * train the capitalised words of such lines are places 1,199 times, organisations 8, mostly
 * "UNITED NATIONS", which the tagger's organisation keeps when no place list has it). Today's wires
 * put the agency in brackets after the place, and to the tagger "PLACE (Agency)" reads like an
 * organisation followed by its acronym ("World Trade Organisation (WTO)"): over 70 capitals and
 * large cities in that form it tagged 14 wrongly (GENEVA, HOUSTON, SEATTLE as organisations, SAO
 * PAULO as a person) or not at all (LAGOS, MILAN, ATHENS).
 */
import { withSpansReplacing } from './span-edit';
import type { Span } from './tagger';

/** A word of a dateline's place: capitals, with inner dots, apostrophes and hyphens ("ST. LOUIS", "N'DJAMENA"). */
const PLACE_WORD = /^[A-Z][A-Z.'-]*$/;
/** At most this many words in the place ("RIO DE JANEIRO"). */
const MAX_PLACE_WORDS = 4;
/** At most this many places joined by slashes ("LONDON/PARIS/BERLIN"). */
const MAX_PLACES = 4;
/** A word of the agency in brackets: "Reuters", "AP", "AFP", "Thomson Reuters Foundation", "dpa". */
const AGENCY_WORD = /^[A-Za-z][A-Za-z.&-]*$/;
const MAX_AGENCY_WORDS = 4;
/** A word of a part after a comma: a region ("Calif.", "Kurdistan Region of Iraq") or a date ("March 3"). */
const PART_WORD = /^(?:[A-Z][A-Za-z.'-]*|[0-9]{1,4}(?:st|nd|rd|th)?|of|and|de|del|la)$/;
const MAX_PART_WORDS = 5;
const DATE_WORD =
  /^(?:[0-9].*|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?)$/;
/** What ends a dateline: a dash, or a colon. */
const DASHES = new Set(['-', '--', ':']);

interface Dateline {
  /** the places, more than one when a slash joins them ("WASHINGTON/BEIJING (Reuters) -") */
  places: Span[];
  /** the region after the place ("Calif.", "Kurdistan Region of Iraq"), when one is named */
  region?: Span;
  /** a line of a place and an ISO date, CoNLL-2003's form */
  iso?: true;
}

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * The spans with each dateline's place, and the region after it, as places, replacing whatever
 * the tagger made of their words. `lineStarts` are the tokens that open a line, in order (a
 * dateline opens one); `isPlaceName` says whether lowercase words are a listed place, which a
 * dateline of a place and a dash alone ("WASHINGTON --") must be, as CoNLL's table headings
 * ("TOTAL VOLUME --", "IPO FILING --") have the same form.
 */
export function datelinePlaces(
  spans: readonly Span[],
  words: readonly string[],
  lineStarts: readonly number[],
  isPlaceName: (lowercaseWords: readonly string[]) => boolean,
): Span[] {
  return withSpansReplacing(spans, datelineSpans(spans, words, lineStarts, isPlaceName));
}

/** The places (and regions) of the datelines, as spans to put in place of the tagger's: see datelinePlaces. */
export function datelineSpans(
  spans: readonly Span[],
  words: readonly string[],
  lineStarts: readonly number[],
  isPlaceName: (lowercaseWords: readonly string[]) => boolean,
): Span[] {
  const replacements: Span[] = [];
  const opensLine = new Set(lineStarts);
  const endsLine = (t: number): boolean => t >= words.length || opensLine.has(t);
  let s = 0;
  for (const t of lineStarts) {
    const dateline = readDateline(words, t, isPlaceName, endsLine);
    if (dateline === null) continue;
    while (s < spans.length && (spans[s] as Span).first < t) s++;
    const tagged = spans[s];
    // "UNITED NATIONS 1996-08-22": an organisation the tagger knows, where the place lists know no place.
    const place = dateline.places[0] as Span;
    const knownOrganisation = tagged !== undefined && tagged.first === t && tagged.last === place.last && tagged.type === 'ORG';
    if (dateline.iso && knownOrganisation && !isPlaceName(words.slice(t, place.last + 1).map((word) => word.toLowerCase()))) continue;
    replacements.push(...dateline.places);
    if (dateline.region) replacements.push(dateline.region);
  }
  return replacements;
}

/** The dateline that starts at token `first`, or null when none does. */
function readDateline(words: readonly string[], first: number, isPlaceName: (lowercaseWords: readonly string[]) => boolean, endsLine: (t: number) => boolean): Dateline | null {
  const places: Span[] = [];
  let t = first;
  for (;;) {
    const placeStart = t;
    let letters = 0;
    while (t < words.length && t - placeStart < MAX_PLACE_WORDS && PLACE_WORD.test(words[t] as string)) {
      letters += (words[t] as string).replace(/[^A-Z]/g, '').length;
      t++;
    }
    if (letters < 3) return null;
    places.push({ first: placeStart, last: t - 1, type: 'LOC' });
    if (words[t] !== '/' || places.length === MAX_PLACES) break;
    t++;
  }
  const joined = places.length > 1;
  // ", Calif.", ", March 3", or both.
  let region: Span | undefined;
  let parts = 0;
  for (; parts < 2 && words[t] === ','; parts++) {
    let u = t + 1;
    while (u < words.length && u - t <= MAX_PART_WORDS && PART_WORD.test(words[u] as string)) u++;
    if (u === t + 1) return null;
    if (parts === 0 && !DATE_WORD.test(words[t + 1] as string)) region = { first: t + 1, last: u - 1, type: 'LOC' };
    t = u;
  }
  // CoNLL-2003's own form: "NEW YORK 1996-08-30", "ARLINGTON , Texas 1996-08-31", the whole line.
  if (ISO_DATE.test(words[t] ?? '') && endsLine(t + 1)) return joined ? null : region ? { places, region, iso: true } : { places, iso: true };
  if (words[t] === '(') {
    let u = t + 1;
    while (u < words.length && u - t <= MAX_AGENCY_WORDS && AGENCY_WORD.test(words[u] as string)) u++;
    if (u === t + 1 || words[u] !== ')') return null;
    t = u + 1;
  } else if (parts === 0) {
    // No agency and no region or date: only listed places before a long dash.
    if (words[t] !== '--' || !places.every((place) => isPlaceName(words.slice(place.first, place.last + 1).map((word) => word.toLowerCase())))) return null;
  }
  if (!DASHES.has(words[t] as string)) return null;
  return region ? { places, region } : { places };
}
