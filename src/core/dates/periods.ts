// Chrono parsers for calendar periods chrono does not know: quarters, halves and seasons.
import { formatYear, monthNumber, type CalendarDate } from './calendar';
import { anyOf } from './keywords';
import { emit, parseOrdinal, referenceOf, regexParser, type KeyedParser } from './parser-kit';
import type { TenseOf } from './resolve';
import { tenseAround } from './tense';
import type { Timex } from './timex';

const quarterOf = (date: CalendarDate): number => Math.ceil(date.month / 3);

/** Quarter index (year * 4 + quarter - 1) → "2025-Q2". */
const quarterValue = (index: number): string => `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;

function shortYear(text: string, reference: CalendarDate): number | null {
  if (!/\d/.test(text)) return null;
  const digits = Number(text.replace(/\D/g, ''));
  if (text.replace(/\D/g, '').length === 4) return digits;
  // '98 → the latest year ending in 98 that is not far in the future.
  const century = Math.floor(reference.year / 100) * 100;
  return century + digits > reference.year + 10 ? century - 100 + digits : century + digits;
}

const ORDINAL = 'first|second|third|fourth|1st|2nd|3rd|4th';
const QUARTER = new RegExp(
  `(?:\\bthe\\s+)?(?:\\b(\\d{4}|(?:this|last|next)\\s+year['’]s)\\s+)?` +
    `\\b(?:(${ORDINAL}|final|last|latest|current|past|previous|recent|prior|most\\s+recent|year-ago|year-earlier|next|coming|this|same)[\\s-]+)?` +
    `(?:(fiscal|calendar)[\\s-]+)?(?:(${ORDINAL})[\\s-]+)?quarter(?![\\w-])` +
    `(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4}|['’]\\d\\d\\b|this\\s+year|last\\s+year|next\\s+year))?`,
  'i',
);

function yearFrom(text: string | undefined, reference: CalendarDate): number | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  if (lower.startsWith('this')) return reference.year;
  if (lower.startsWith('last')) return reference.year - 1;
  if (lower.startsWith('next')) return reference.year + 1;
  return shortYear(lower, reference);
}

const quarterTimex = (value: string, anchored: boolean, follows?: Timex['follows']): Timex => ({
  type: 'DATE', value, anchored, stated: anchored ? [] : ['year'], inferred: anchored ? ['year'] : [],
  ...(follows ? { follows } : {}),
});

// Financial news names quarters constantly: "third-quarter profit", "the year-ago quarter".
// An ordinal quarter without a year is the latest one that has begun — in January "the fourth
// quarter" is the one that just ended — unless that is last year's and the sentence looks ahead.
const quarterParser = regexParser(QUARTER, (context, match, index) => {
  const text = match[0];
  const modifier = (match[2] ?? '').toLowerCase().replace(/\s+/, ' ');
  const ordinal = parseOrdinal(match[4] ?? '') ?? parseOrdinal(modifier);
  const reference = referenceOf(context);
  const year = yearFrom(match[1] ?? match[5], reference);
  const absolute = /^\d{4}$/.test(match[1] ?? match[5] ?? '');
  if (!ordinal && !modifier && !/^the\s/i.test(text) && year === null) return null; // "a quarter of the votes"
  if (!ordinal && !modifier && /^\s+of\s+(?!\d|this|last|next|fiscal)/i.test(context.text.slice(index + text.length))) return null;
  if (ordinal !== null && ordinal > 4) return null;
  const current = reference.year * 4 + quarterOf(reference) - 1;
  const yearAgo = modifier === 'year-ago' || modifier === 'year-earlier';
  if (ordinal) {
    if (year !== null) return emit(context, index, text, quarterTimex(`${formatYear(year)}-Q${ordinal}`, !absolute));
    const begun = latestBegun(current, ordinal);
    if (yearAgo) return emit(context, index, text, quarterTimex(quarterValue(begun - 4), true));
    const lastYears = Math.floor(begun / 4) < Math.floor(current / 4); // e.g. "fourth quarter" in July
    const ahead = lastYears && tenseAround(context.text, index, index + text.length) === 'future';
    return emit(context, index, text, quarterTimex(quarterValue(ahead ? begun + 4 : begun), true));
  }
  if (year !== null) {
    // "last year's quarter", "the 1988 quarter": the story's quarter in that year.
    return emit(context, index, text, quarterTimex(quarterValue(year * 4 + (current % 4)), !absolute, { unit: 'quarter', years: 0, year, orElse: 'keep' }));
  }
  switch (modifier) {
    case 'last': case 'latest': case 'past': case 'previous': case 'recent': case 'prior': case 'most recent':
      return emit(context, index, text, quarterTimex(quarterValue(current - 1), true));
    case 'current': case 'this':
      return emit(context, index, text, quarterTimex(quarterValue(current), true));
    case 'next': case 'coming':
      return emit(context, index, text, quarterTimex(quarterValue(current + 1), true));
    case 'year-ago': case 'year-earlier':
      return emit(context, index, text, quarterTimex(quarterValue(current - 5), true, { unit: 'quarter', years: -1, orElse: 'keep' }));
    default:
      // "the quarter", "the same quarter": the quarter the story is talking about, else the last one.
      return emit(context, index, text, quarterTimex(quarterValue(current - 1), true, { unit: 'quarter', years: modifier === 'same' ? -1 : 0, orElse: 'keep' }));
  }
}, anyOf('quarter'));

// "the July-September quarter", "the April-June period", "the January-March months of 2021":
// Asian and wire earnings reports name a quarter by its months. Months that make a calendar
// quarter are that quarter, resolved as the ordinal quarter ("the third quarter") is; other
// ranges ("the June-August period") have no TIMEX3 value of their own and are left to chrono.
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_RANGE_QUARTER = new RegExp(
  String.raw`(?:\bthe\s+)?\b(${MONTH_WORD})\s*(?:-|–|\s+to\s+|-to-)\s*(${MONTH_WORD})(?:\s+(\d{4}))?\s+(?:fiscal\s+)?(?:quarter|period|months)\b(?:\s+(?:of\s+)?(\d{4}|this\s+year|last\s+year|next\s+year))?`,
  'i',
);
const monthRangeQuarterParser = regexParser(MONTH_RANGE_QUARTER, (context, match, index) => {
  const first = monthNumber(match[1] ?? '');
  const last = monthNumber(match[2] ?? '');
  if (first === 0 || last !== first + 2 || first % 3 !== 1) return null;
  const ordinal = (first + 2) / 3;
  const reference = referenceOf(context);
  const year = yearFrom(match[3] ?? match[4], reference);
  if (year !== null) return emit(context, index, match[0], quarterTimex(`${formatYear(year)}-Q${ordinal}`, !/^\d{4}$/.test(match[3] ?? match[4] ?? '')));
  const current = reference.year * 4 + quarterOf(reference) - 1;
  const begun = latestBegun(current, ordinal);
  const ahead = Math.floor(begun / 4) < Math.floor(current / 4) && tenseAround(context.text, index, index + match[0].length) === 'future';
  return emit(context, index, match[0], quarterTimex(quarterValue(ahead ? begun + 4 : begun), true));
}, anyOf('quarter|period|months'));

// "the latest period", "the year-earlier period", "the 1988 period", "year-ago" results: in an
// earnings story these name the quarter being reported; without one they are not dates.
const periodParser = regexParser(
  /(?:\bthe\s+)?\b(?:(year-earlier|year-ago|latest|same|comparable|corresponding|\d{4})\s+(?:fiscal\s+)?period\b(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?|(year-earlier|year-ago)\b)/i,
  (context, match, index) => {
    const word = (match[1] ?? match[2] ?? '').toLowerCase();
    const lastYear = /year-|year\s+(?:ago|earlier)$|last\s+year$/i.test(match[0]) || word === 'same' && /year/i.test(match[0]);
    const year = /^\d{4}$/.test(word) ? Number(word) : undefined;
    const reference = referenceOf(context);
    const current = reference.year * 4 + quarterOf(reference) - 1;
    const follows: Timex['follows'] = { unit: 'quarter', years: lastYear ? -1 : 0, ...(year ? { year } : {}), orElse: match[2] ? 'keep' : 'drop' };
    return emit(context, index, match[0], quarterTimex(quarterValue(current - 1 - (lastYear ? 4 : 0)), !year, follows));
  },
  anyOf('period|year-'),
);

function latestBegun(current: number, ordinal: number): number {
  const year = Math.floor(current / 4);
  const candidate = year * 4 + ordinal - 1;
  return candidate <= current ? candidate : candidate - 4;
}

// "the first half of 2024", "the second half of the year" → "2024-H1".
const halfParser = regexParser(
  /(?:\bthe\s+)?\b(first|second|last|latter)[\s-]+half\s+of\s+(?:(\d{4})|(this|last|next|the)\s+year)\b/i,
  (context, match, index) => {
    const reference = referenceOf(context);
    const half = /first/i.test(match[1] ?? '') ? 1 : 2;
    const relative = match[3]?.toLowerCase();
    const year = match[2] ? Number(match[2]) : reference.year + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0);
    return emit(context, index, match[0], {
      type: 'DATE', value: `${year}-H${half}`, anchored: !match[2], stated: match[2] ? ['year'] : [], inferred: match[2] ? [] : ['year'],
    });
  },
  anyOf('half'),
);

const SEASON_CODES: Record<string, number> = { spring: 0, summer: 1, fall: 2, autumn: 2, winter: 3 };
const SEASON_VALUES = ['SP', 'SU', 'FA', 'WI'];

/** Season index (year * 4 + season); winter belongs to the year it begins in (December). */
function seasonIndexOf(date: CalendarDate): number {
  if (date.month <= 2) return (date.year - 1) * 4 + 3;
  if (date.month === 12) return date.year * 4 + 3;
  return date.year * 4 + Math.floor((date.month - 3) / 3);
}

function resolveSeason(current: number, season: number, modifier: string, tenseOf: TenseOf): number {
  const sameYear = Math.floor(current / 4) * 4 + season;
  const before = sameYear <= current ? sameYear : sameYear - 4; // latest occurrence not after now
  const after = sameYear >= current ? sameYear : sameYear + 4; // earliest occurrence not before now
  if (modifier === 'last' || modifier === 'past') return before === current ? before - 4 : before;
  if (modifier === 'next' || modifier === 'coming') return after === current ? after + 4 : after;
  if (!modifier || modifier === 'the' || modifier === 'in' || modifier === 'during') {
    const tense = tenseOf();
    if (tense === 'past') return before;
    if (tense === 'future') return after;
  }
  return current - before <= after - current ? before : after;
}

// A season word needs a determiner or a year: "fall" and "spring" are verbs too.
const seasonParser = regexParser(
  /\b(?:(this|last|next|past|coming|the|early|late|mid|in|during|since|until|by)[\s-]+)?(?:(?:early|late|mid)[\s-]+)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(\d{4}))?/i,
  (context, match, index) => {
    let text = match[0];
    let start = index;
    const modifier = (match[1] ?? '').toLowerCase();
    const season = SEASON_CODES[(match[2] ?? '').toLowerCase()] ?? 0;
    const after = context.text.slice(index + text.length);
    if (!modifier && !match[3]) return null;
    if (/^\s+of\s+(?!\d)/i.test(after) && !match[3]) return null; // "the fall of the government"
    if (/^(?:in|during|since|until|by)$/.test(modifier)) {
      start += (match[1] ?? '').length + 1;
      text = text.slice((match[1] ?? '').length + 1);
    }
    const code = SEASON_VALUES[season] ?? 'SP';
    if (match[3]) {
      return emit(context, start, text, { type: 'DATE', value: `${match[3]}-${code}`, anchored: false, stated: ['year'], inferred: [] });
    }
    const reference = referenceOf(context);
    const resolved = resolveSeason(seasonIndexOf(reference), season, modifier, () => tenseAround(context.text, index, index + match[0].length));
    return emit(context, start, text, {
      type: 'DATE', value: `${Math.floor(resolved / 4)}-${code}`, anchored: true, stated: [], inferred: ['year'],
    });
  },
  anyOf('spring|summer|fall|autumn|winter'),
);

export const periodParsers: KeyedParser[] = [monthRangeQuarterParser, quarterParser, periodParser, halfParser, seasonParser];
