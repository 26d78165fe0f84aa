// Chrono parsers for forms chrono does not read: bare years, decades, centuries,
// PAST_REF/PRESENT_REF/FUTURE_REF words and weekends.
import { addDays, dayOfWeek, formatWeek, formatYear, isoWeek } from './calendar';
import { FOUR_DIGITS, anyOf, matching } from './keywords';
import { NUMBER_PATTERN, WIRE_CLOCK_TAG, emit, parseNumber, parseOrdinal, referenceOf, regexParser, wordBefore, type KeyedParser } from './parser-kit';
import { tenseAround } from './tense';

// Counted nouns after a four-digit number say it is a quantity ("2000 troops"), not a year.
const COUNTED_NOUN =
  /^\s+(?:more\s+|other\s+|new\s+|additional\s+)?(?:people|persons|men|women|children|kids|troops|soldiers|fighters|police|officers|workers|employees|staff|jobs|students|residents|members|voters|votes|delegates|cases|deaths|dead|wounded|injured|refugees|migrants|prisoners|hostages|units|homes|houses|buildings|cars|vehicles|trucks|planes|aircraft|ships|tanks|guns|weapons|shares|barrels|tons|tonnes|kilograms|kg|pounds|kilometers|kilometres|km|miles|meters|metres|feet|acres|hectares|square|dollars|euros|yen|yuan|rupees|points|pages|words|items|companies|firms|times|rockets|missiles|drones|attacks|strikes|calories|hours|minutes|seconds|days|weeks|months|years|percent|per\s*cent|copies|signatures|protesters|demonstrators|participants|visitors|tourists|patients|doctors|beds|sites|villages|families|households|cattle|animals|trees|hundred|to\s+\d)\b/i;

// Words after which a number outside 1800–2100 is still a year ("in 1492", "since 1066").
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'of', 'by', 'until', 'till', 'from', 'year', 'before', 'after', 'during', 'circa', 'c', 'around', 'early', 'late', 'mid', 'fiscal']);

// After a four-digit number, what makes it part of a longer number or date ("1996.5",
// "1996-08-30") or a percentage rather than a year.
const NOT_A_YEAR_AFTER = String.raw`[.,:/]\d|-\d{3,}|-\d\d-\d|\s*(?:%|percent\b|per cent\b)`;
const NUMBER_GOES_ON = new RegExp(`^(?:${NOT_A_YEAR_AFTER})`, 'i');

/** Time zones the wire writes after a clock time ("1430 GMT", "0900 local time"). */
const TIME_ZONES = ['GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'CET', 'CEST', 'BST', 'IST', 'JST'];
const TIME_ZONE = String.raw`(?:${TIME_ZONES.join('|')}|local\s+time)\b`;
const TIME_ZONE_NEXT = new RegExp(`^\\s+${TIME_ZONE}`);

const yearParser = regexParser(/\b(?:(fiscal(?:\s+year)?|FY)\s*)?([12]\d{3})(?![\w%'’])/i, (context, match, index) => {
  const text = context.text;
  const digitsAt = index + match[0].length - (match[2]?.length ?? 0);
  const year = Number(match[2]);
  const before = text.charAt(digitsAt - 1);
  const beforeThat = text.charAt(digitsAt - 2);
  const after = text.slice(index + match[0].length, index + match[0].length + 40);
  if (/[$€£¥#№]/.test(before) || (/[.,:/-]/.test(before) && /\d/.test(beforeThat))) return null;
  if (NUMBER_GOES_ON.test(after) || COUNTED_NOUN.test(after) || TIME_ZONE_NEXT.test(after)) return null;
  if ((year < 1800 || year > 2100) && !YEAR_PREPOSITIONS.has(wordBefore(text, digitsAt))) return null;
  return emit(context, index, match[0], {
    type: 'DATE', value: formatYear(year), anchored: false, stated: ['year'], inferred: [],
  });
  // Digits the pattern and the test above let through.
}, matching(FOUR_DIGITS, new RegExp(`[12]\\d{3}(?![\\w%'’]|${NOT_A_YEAR_AFTER})`, 'i')));

// "by 1430 GMT", "at 0800 local time": the wire's 24-hour clock, a time of the day (the year
// parser would have read "1430" as a year). Left to chrono as hour and minute, so that its
// refiners join a day after it ("0800 GMT on Monday") as they do for "08:00 GMT". Not in brackets
// after another time ("10:35 a.m. (0735 GMT)"), which it only converts: TimeBank marks none.
const wireClockParser: KeyedParser = {
  pattern: () => new RegExp(`\\b([01]\\d|2[0-3])([0-5]\\d)\\s+${TIME_ZONE}`),
  extract: (context, match) => {
    const index = match.index ?? 0;
    if (/\(\s*$/.test(context.text.slice(Math.max(0, index - 3), index))) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start.assign('hour', Number(match[1]));
    result.start.assign('minute', Number(match[2]));
    result.addTag(WIRE_CLOCK_TAG);
    return result;
  },
  keyword: anyOf([...TIME_ZONES, 'local'].join('|')),
};

const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

// "the 1990s", "the mid-1980s", "the '90s", "the nineties" → TIMEX3 decade value "199".
const decadeParser = regexParser(
  /(?:\bthe\s+)?(?:\b(?:early|mid|late)[\s-]+)?(?:\b(1\d|20)(\d)0'?s\b|['’](\d)0s\b|\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)/i,
  (context, match, index) => {
    if (match[4] && !/^the\s/i.test(match[0])) return null; // "in his forties" is an age
    if (match[1] && match[2]) {
      return emit(context, index, match[0], {
        type: 'DATE', value: `${match[1]}${match[2]}`, anchored: false, stated: ['year'], inferred: [],
      });
    }
    // A two-digit decade takes the latest century that does not put it in the future.
    const digit = match[3] ? Number(match[3]) : (DECADE_WORDS[(match[4] ?? '').toLowerCase()] ?? 0);
    const refYear = referenceOf(context).year;
    let century = Math.floor(refYear / 100);
    if (century * 100 + digit * 10 > refYear) century -= 1;
    return emit(context, index, match[0], {
      type: 'DATE', value: `${century}${digit}`, anchored: true, stated: [], inferred: ['year'],
    });
  },
  anyOf("0s|0's|ties"),
);

const centuryParser = regexParser(
  /(?:\bthe\s+)?\b(?:(this|last|next|past)|(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first))[\s-]+century\b/i,
  (context, match, index) => {
    const relative = match[1]?.toLowerCase();
    const current = Math.floor(referenceOf(context).year / 100) + 1;
    const ordinal = relative
      ? current + (relative === 'this' ? 0 : relative === 'next' ? 1 : -1)
      : parseOrdinal(match[2] ?? '');
    if (ordinal === null || ordinal < 1 || ordinal > 30) return null;
    return emit(context, index, match[0], {
      type: 'DATE', value: String(ordinal - 1).padStart(2, '0'),
      anchored: Boolean(relative), stated: relative ? [] : ['year'], inferred: relative ? ['year'] : [],
    });
  },
  anyOf('century'),
);

// Vague references to the past, the present and the future (TimeML PAST_REF & co.).
// "now" is left out on purpose except after a preposition ("until now", "for now"): as a
// discourse adverb ("is now supposed to", "Now Tehran appears") it marks no date.
const REFERENCE_WORDS =
  /\b(?:(?:more\s+)?recently|lately|the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|week|month|year|day|decade|quarter|century))|recent(?:\s+(?:years|months|weeks|days|decades|times))?|currently|presently|nowadays|current(?!\s+(?:account|fiscal|calendar|year|quarter|month|week))|these\s+days|at\s+present|the\s+present|at\s+the\s+moment|for\s+the\s+time\s+being|(?:until|till|by|for|as\s+of|up\s+to|up\s+until)\s+now|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|(?<!as\s)soon(?!\s+as)|(?:the\s+)?coming\s+(?:days|weeks|months|years|decades)|(?<=^|[.!?]\s+)Previously|the\s+(?:days|weeks|months|years)\s+ahead|the\s+(?:near|short|long)\s+term)\b/i;

const REFERENCE_VALUES: Array<[RegExp, string]> = [
  [/^(?:more\s+)?recent|^lately|^previously|past$/i, 'PAST_REF'],
  [/current|present|nowadays|these|moment|time being|now$/i, 'PRESENT_REF'],
  [/./, 'FUTURE_REF'],
];

const referenceWordParser = regexParser(REFERENCE_WORDS, (context, match, index) => {
  let text = match[0];
  let start = index;
  const prepositional = /^(?:until|till|by|for|as\s+of|up\s+to|up\s+until|at|for)\s+/i.exec(text);
  if (prepositional && !/^(?:at|for)\s+the\s+(?:moment|time)/i.test(text)) {
    start += prepositional[0].length;
    text = text.slice(prepositional[0].length);
  }
  const value = REFERENCE_VALUES.find(([pattern]) => pattern.test(text))?.[1] ?? 'FUTURE_REF';
  return emit(context, start, text, { type: 'DATE', value, anchored: true, stated: [], inferred: [] });
  // A word every alternative of REFERENCE_WORDS contains (keep in step with it).
}, anyOf('recent|lately|past|current|present|now|days|moment|being|future|soon|coming|previously|ahead|term'));

// "the weekend", "last weekend" → TIMEX3 "2025-W16-WE" (the weekend of an ISO week).
const weekendParser = regexParser(
  /\b(?:(this|last|next|past|coming|the|that|the\s+past|the\s+coming|the\s+last|the\s+next)\s+)weekend\b(?!['’]s)/i,
  (context, match, index) => {
    const reference = referenceOf(context);
    const modifier = (match[1] ?? '').toLowerCase().replace(/^the\s+/, '');
    const dow = dayOfWeek(reference); // 0 Sunday … 6 Saturday
    const inWeekend = dow === 0 || dow === 6;
    let shift: number; // in weeks from the reference's ISO week
    if (modifier === 'last' || modifier === 'past') shift = -1;
    else if (modifier === 'next') shift = 1;
    else if (modifier === 'this' || modifier === 'coming') shift = 0;
    else {
      const tense = tenseAround(context.text, index, index + match[0].length);
      if (tense === 'future') shift = 0;
      else if (tense === 'past') shift = inWeekend ? 0 : -1;
      else shift = dow >= 1 && dow <= 3 ? -1 : 0; // early in the week "the weekend" is the one just gone
    }
    const week = isoWeek(addDays(reference, shift * 7));
    return emit(context, index, match[0], {
      type: 'DATE', value: `${formatWeek(week)}-WE`, anchored: true, stated: [], inferred: ['year', 'week'],
    });
  },
  anyOf('weekend'),
);

const UNITS_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function spelledBelowHundred(words: string): number | null {
  const [tens = '', ones] = words.toLowerCase().split(/[\s-]+/);
  if (TEENS_WORDS.includes(tens)) return ones ? null : 10 + TEENS_WORDS.indexOf(tens);
  if (UNITS_WORDS.includes(tens)) return ones ? null : 1 + UNITS_WORDS.indexOf(tens);
  if (!TENS_WORDS.includes(tens)) return null;
  return 20 + 10 * TENS_WORDS.indexOf(tens) + (ones ? 1 + UNITS_WORDS.indexOf(ones) : 0);
}

const BELOW_HUNDRED = `(?:${TENS_WORDS.join('|')})(?:[\\s-](?:${UNITS_WORDS.join('|')}))?|${TEENS_WORDS.join('|')}`;

// Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand".
const spelledYearParser = regexParser(
  new RegExp(`\\b(?:the\\s+year\\s+)?(?:(eighteen|nineteen)[\\s-]+(${BELOW_HUNDRED}|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?(${BELOW_HUNDRED}|${UNITS_WORDS.join('|')}))?)\\b`, 'i'),
  (context, match, index) => {
    let year: number | null;
    if (match[1]) {
      const rest = (match[2] ?? '').toLowerCase() === 'hundred' ? 0 : spelledBelowHundred(match[2] ?? '');
      year = rest === null ? null : (match[1].toLowerCase() === 'eighteen' ? 1800 : 1900) + rest;
    } else {
      if (!/^the\s+year/i.test(match[0]) && !match[3]) return null; // "two thousand people"
      const rest = match[3] ? spelledBelowHundred(match[3]) : 0;
      year = rest === null ? null : 2000 + rest;
    }
    if (year === null || COUNTED_NOUN.test(context.text.slice(index + match[0].length, index + match[0].length + 40))) return null;
    return emit(context, index, match[0], { type: 'DATE', value: formatYear(year), anchored: false, stated: ['year'], inferred: [] });
  },
  anyOf('eighteen|nineteen|thousand'),
);

// "a decade ago", "two decades ago", "a century ago": the year that many years back (as chrono
// reads "20 years ago"); "decades ago" alone is the past. Chrono has no decades or centuries.
const decadesAgoParser = regexParser(
  new RegExp(`\\b(?:(${NUMBER_PATTERN}|a|an)\\s+)?(decades?|century|centuries)\\s+(ago|earlier|before)\\b`, 'i'),
  (context, match, index) => {
    const unit = (match[2] ?? '').toLowerCase();
    if (match[1] === undefined) {
      if (!unit.endsWith('s')) return null; // "the century before"
      return emit(context, index, match[0], { type: 'DATE', value: 'PAST_REF', anchored: true, stated: [], inferred: [] });
    }
    const count = parseNumber(match[1]);
    if (count === null || count > 20) return null;
    const years = count * (unit.startsWith('dec') ? 10 : 100);
    return emit(context, index, match[0], {
      type: 'DATE', value: formatYear(referenceOf(context).year - years), anchored: true, stated: [], inferred: ['year'],
    });
  },
  anyOf('decade|decades|century|centuries'),
);

export const extraParsers: KeyedParser[] = [
  spelledYearParser, decadeParser, centuryParser, decadesAgoParser, wireClockParser, yearParser, referenceWordParser, weekendParser,
];
