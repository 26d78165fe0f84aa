// Chrono parsers for durations ("four hours", "the last few months") and sets ("annual",
// "every week"). Chrono reads "for two days" as the date two days after the reference;
// TimeML reads it as a DURATION, so these parsers win the tie (they run first).
import { MONTH_NAMES, monthNumber } from './calendar';
import { anyOf } from './keywords';
import { NUMBER_PATTERN, emit, parseNumber, referenceOf, regexParser, type KeyedParser } from './parser-kit';
import { tenseAround } from './tense';
import { shiftDate, unitTimex, type Timex, type Unit } from './timex';

const UNIT_ORDER: string[] = ['minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];

const UNIT_CODES: Record<string, [string, number]> = {
  second: ['TS', 1], minute: ['TM', 1], hour: ['TH', 1], day: ['D', 1], week: ['W', 1], fortnight: ['W', 2],
  month: ['M', 1], quarter: ['Q', 1], year: ['Y', 1], decade: ['Y', 10], century: ['Y', 100], centurie: ['Y', 100],
};
const UNIT = '(second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))';
const VAGUE = 'a\\s+few|few|several|many|some|a\\s+number\\s+of|a\\s+couple\\s+of|numerous|dozens\\s+of|hundreds\\s+of';

// Fractions become whole numbers of a smaller unit: "half an hour" is PT30M, "1.5 years" P18M.
const SMALLER: Record<string, [string, number]> = {
  Y: ['M', 12], Q: ['M', 3], M: ['D', 30], W: ['D', 7], D: ['TH', 24], TH: ['TM', 60], TM: ['TS', 60],
};

const formatPeriod = (code: string, count: number | 'X'): string =>
  code.startsWith('T') ? `PT${count}${code.slice(1)}` : `P${count}${code}`;

/** "P3D", "PT4H", "PXM" from an amount (null = unspecified) and a unit word. */
export function durationValue(amount: number | null, unitWord: string): string | null {
  const unit = UNIT_CODES[unitWord.toLowerCase().replace(/s$/, '')];
  if (!unit) return null;
  const [code, factor] = unit;
  if (amount === null) return formatPeriod(code, 'X');
  const count = amount * factor;
  if (Number.isInteger(count)) return formatPeriod(code, count);
  const smaller = SMALLER[code];
  const whole = Math.floor(count);
  const rest = (count - whole) * (smaller?.[1] ?? 0);
  if (!smaller || !Number.isInteger(rest)) return null;
  if (whole === 0) return formatPeriod(smaller[0], rest);
  // "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S, "a day and a half" P1DT12H.
  const part = (c: string, n: number): string => `${n}${c.replace(/^T/, '')}`;
  const isTime = (c: string): boolean => c.startsWith('T');
  if (isTime(code)) return `PT${part(code, whole)}${part(smaller[0], rest)}`;
  return `P${part(code, whole)}${isTime(smaller[0]) ? 'T' : ''}${part(smaller[0], rest)}`;
}

const ISO_ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
const PAIR = new RegExp(`(${NUMBER_PATTERN}|an?)[\\s-]+${UNIT}s?\\b`, 'gi');

/** "two years and three months" → "P2Y3M"; null when no amount-and-unit pair is found. */
export function composeDuration(text: string): string | null {
  const totals = new Map<string, number>();
  for (const [, amountText = '', unitWord = ''] of text.matchAll(PAIR)) {
    const amount = parseNumber(amountText);
    const unit = UNIT_CODES[unitWord.toLowerCase().replace(/s$/, '')];
    if (amount === null || !unit) return null;
    const code = unit[0] === 'Q' ? 'M' : unit[0];
    totals.set(code, (totals.get(code) ?? 0) + amount * unit[1] * (unit[0] === 'Q' ? 3 : 1));
  }
  if (totals.size === 0) return null;
  if (totals.size === 1) {
    const [[code, count]] = [...totals] as [[string, number]];
    return formatPeriod(code, count);
  }
  let value = 'P';
  for (const code of ISO_ORDER) {
    const count = totals.get(code);
    if (count === undefined) continue;
    if (code.startsWith('T') && !value.includes('T')) value += 'T';
    value += `${count}${code.replace(/^T/, '')}`;
  }
  return value;
}

const duration = (value: string, type: Timex['type'] = 'DURATION'): Timex => ({
  type, value, anchored: false, stated: [], inferred: [],
});

const NUMERIC_DURATION = new RegExp(
  `\\b(?:(for|within|over|during|in|through|throughout|after)\\s+)?` +
    `(?:(the)\\s+)?(?:(last|past|next|coming|first|final|previous|following|initial|latest|recent|remaining|other|same)\\s+)?` +
    `(?:(?:about|around|nearly|almost|roughly|approximately|some|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|over|under|just|only|another|an\\s+additional|a\\s+further|an?\\s+extra|the\\s+better\\s+part\\s+of)\\s+)?` +
    `(${NUMBER_PATTERN}|${VAGUE}|half\\s+an?|an?)(\\s+1/2)?(?:\\s+|-)${UNIT}(s?)(\\s+and\\s+a\\s+half)?(?![\\w-]|-(?:old|long\\b))`,
  'i',
);

const VAGUE_ONLY = new RegExp(`^(?:${VAGUE})$`, 'i');
// "once a week", "$5 a day", "four flights a week", "$500 million a year": what comes before "a".
const SET_CONTEXT =
  /(?:\b(?:once|twice|times|per)|\d[\d,.]*(?:\s+[a-z]+){0,2}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)(?:\s+[a-z]+)?)\W*$/i;

function parseAmount(text: string): number | null | undefined {
  if (/^half/.test(text)) return 0.5;
  if (VAGUE_ONLY.test(text)) return /couple/.test(text) ? 2 : null; // null: "a few", "several"
  return parseNumber(text) ?? undefined; // undefined: not an amount
}

// Chrono reads "for two days" as a date; once the preposition is trimmed (refiners.ts) its
// result and ours cover the same words, and ours run first, so ours win the tie.
const numericDurationParser = regexParser(NUMERIC_DURATION, (context, match, index) => {
  const [whole, preposition, , modifier, amountText = '', slashHalf, unitWord = '', plural, andHalf] = match;
  const after = context.text.slice(index + whole.length, index + whole.length + 24);
  // "two days ago", "three years later": chrono reads those as dates; "five years old" is an age.
  if (/^\s+(?:ago|earlier|later|before|after|from\s+now|hence|since)\b|^[\s-]+old\b/i.test(after)) return null;
  const lowerAmount = amountText.toLowerCase().replace(/\s+/g, ' ');
  let amount = parseAmount(lowerAmount);
  if (amount === undefined) return null;
  // "a second round": an ordinal, unless a preposition makes it a duration ("for a second").
  if (/^an?$/.test(lowerAmount) && /^seconds?$/i.test(unitWord) && !preposition) return null;
  // "three-quarters of its food", "two quarters of the board" are fractions.
  if (/^quarter/i.test(unitWord) && amount !== null && (/^\s+of\b/i.test(after) || (whole.includes('-') && plural))) return null;
  // "15 day" in the singular only as an adjective: "a 15-day truce", "a five year low".
  if (amount !== null && amount > 1 && !plural && !whole.includes('-') && !/^\s+[a-z]/.test(after)) return null;
  if (amount !== null && (andHalf || slashHalf)) amount += 0.5;
  const value = durationValue(amount, unitWord);
  if (!value) return null;
  const lead = preposition ? preposition.length + 1 : 0;
  // "in two weeks" in a future sentence is a date, read at the unit's granularity.
  if (preposition?.toLowerCase() === 'in' && amount !== null && Number.isInteger(amount) && !modifier &&
      tenseAround(context.text, index, index + whole.length) === 'future') {
    const unit = unitWord.toLowerCase().replace(/s$/, '').replace('fortnight', 'week') as Unit;
    const steps = /fortnight/i.test(unitWord) ? amount * 2 : amount;
    if (UNIT_ORDER.includes(unit)) {
      const date = shiftDate(referenceOf(context), unit, steps);
      return emit(context, index + lead, whole.slice(lead), unitTimex(date, unit === 'hour' || unit === 'minute' ? 'day' : unit));
    }
  }
  if (/^an?$/i.test(lowerAmount) && !modifier && !preposition && SET_CONTEXT.test(context.text.slice(Math.max(0, index - 30), index))) {
    return emit(context, index, whole, duration(value, 'SET'));
  }
  return emit(context, index + lead, whole.slice(lead), duration(value));
  // The unit, after a space or hyphen and before no word character or hyphen (as in the pattern).
}, anyOf('second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur', /[\s-](?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?(?![\w-])/i));

// Bare plurals after a preposition or quantifier: "for years", "over the years", "in months".
const barePluralParser = regexParser(
  /\b(for|over|in|within|during|through|after)\s+(the\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b/i,
  (context, match, index) => {
    const [whole, preposition = '', , unitWord = ''] = match;
    if (/^\s+(?:ago|earlier|later|before|after|of\s+(?!age))/i.test(context.text.slice(index + whole.length))) return null;
    const value = durationValue(null, unitWord);
    if (!value) return null;
    return emit(context, index + preposition.length + 1, whole.slice(preposition.length + 1), duration(value));
  },
  anyOf('seconds|minutes|hours|days|weeks|months|years|decades|centuries', /(?:second|minute|hour|day|week|month|year|decade|centurie)s\b/i),
);

const SET_WORDS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y',
  annual: 'P1Y', annually: 'P1Y', hourly: 'PT1H', biannual: 'P6M', 'semi-annual': 'P6M', biennial: 'P2Y',
};
const MONTHS = MONTH_NAMES.join('|');
const WEEKDAY_NUMBERS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

// "annual", "every week", "each Thursday", "every two years".
const setParser = regexParser(
  new RegExp(
    `\\b(?:(daily|nightly|weekly|monthly|yearly|annual|annually|hourly|biannual|semi-annual|biennial)|` +
      `(?:every|each|per)\\s+(?:other\\s+)?(?:(${NUMBER_PATTERN})\\s+)?${UNIT}s?|` +
      `(?:every|each)\\s+(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(${MONTHS})))\\b`,
    'i',
  ),
  (context, match, index) => {
    const [whole, word, amountText, unitWord, weekday, month] = match;
    if (word) {
      // A capitalised word mid-sentence is a name ("the Daily Mail").
      if (/^[A-Z]/.test(word) && !/(?:^|[.!?]\s+|\n)["“]?$/.test(context.text.slice(Math.max(0, index - 3), index))) return null;
      return emit(context, index, whole, duration(SET_WORDS[word.toLowerCase()] ?? 'P1Y', 'SET'));
    }
    if (weekday) {
      return emit(context, index, whole, duration(`XXXX-WXX-${WEEKDAY_NUMBERS[weekday.toLowerCase()] ?? 1}`, 'SET'));
    }
    if (month) {
      const number = monthNumber(month);
      return emit(context, index, whole, duration(`XXXX-${String(number).padStart(2, '0')}`, 'SET'));
    }
    const amount = amountText ? parseNumber(amountText) : /other/i.test(whole) ? 2 : 1;
    const value = durationValue(amount, unitWord ?? '');
    if (!value) return null;
    return emit(context, index, whole, duration(value, 'SET'));
  },
  anyOf('daily|nightly|weekly|monthly|yearly|annual|hourly|biennial|every|each|per', /daily|nightly|weekly|monthly|yearly|annual|hourly|biennial|(?:every|each|per)\s/i),
);

export const durationParsers: KeyedParser[] = [numericDurationParser, barePluralParser, setParser];
