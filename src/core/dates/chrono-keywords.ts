// Keywords for chrono's own parsers (see keywords.ts and recogniser.ts).
//
// Chrono runs every parser's regex over every sentence, and its patterns start with (\W|^), so a
// regex that needs a month name still tries every position: most of the time spent in chrono on
// news text. Each keyword is a necessary condition of the chrono regexes that contain its
// fragment, checked against chrono-node 2.10.3: every match of the regex contains a match of the
// keyword (same case-insensitive, non-Unicode matching as chrono). A keyword may look at what
// follows its words but not at what precedes them unless that is inside the match: chrono runs a
// regex again on the rest of the sentence after each match, where (\W|^) can match mid-word.
// Found by the regex text rather than the parser class, whose name a minifier changes; a chrono
// upgrade that changes a regex just leaves that parser ungated (slower, never different).
import { FOUR_DIGITS, anyOf, matching, type Keyword } from './keywords';
import { KEPT_RELATIVE, KEPT_RELATIVE_AGO, KEPT_RELATIVE_LATER, TIME_OF_DAY, keptRelativeAfter } from './refiners';

// Chrono's MONTH_DICTIONARY and WEEKDAY_DICTIONARY (without their dotted forms: a dot is no letter).
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const WEEKDAYS = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday|thurs|thur|sun|mon|tue|wed|thu|fri|sat|weekend|weekday';
// Chrono's ORDINAL_NUMBER_PATTERN: digits or a word starting with one of these (all end in st, nd, rd or th).
const ORDINAL_START = String.raw`\d|first|second|third|fourt|fift|sixt|sevent|eight|nin|tenth|eleventh|twelfth|thirt|twent`;

/** ENYearMonthDayParser: 4 digits, a separator, a month (letters, maybe a dot) or 1–2 digits, a separator, a digit. */
const YEAR_MONTH_DAY = matching(FOUR_DIGITS, /\d{4}[-./\s](?:\d{1,2}|[a-z]{3,9}\.?)[-./\s]\d/i);
/** ENSlashMonthFormatParser: its digits and slash. */
const SLASH_MONTH = matching(FOUR_DIGITS, /\d\/\d{4}/);
/** ENMonthNameParser: a month name that ends a word, or is followed by "of" (it reads "Mayof 1996"). */
const MONTH_NAME = anyOf(MONTHS, new RegExp(`(?:${MONTHS})(?:of)?(?![a-z])`, 'i'));
/** ENMonthNameLittleEndianParser: an ordinal, a separator and a month name that ends a word ("30 August", "fifth of May"). */
const DAY_MONTH = anyOf(MONTHS, new RegExp(String.raw`(?:\d|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:${MONTHS})(?![a-z])`, 'i'));
/** ENYearMonthNameParser: a year (digits, maybe an era), a separator and a month name that ends a word. */
const YEAR_MONTH = anyOf(MONTHS, new RegExp(String.raw`(?:\d|be|ad|bc|ce)(?:\s*[-.\/,]?\s*|\s+of\s+)(?:${MONTHS})(?![a-z])`, 'i'));
/** ENMonthNameMiddleEndianParser: a month name, maybe a dot, a separator and an ordinal ("Aug 30"). */
const MONTH_DAY = anyOf(MONTHS, new RegExp(String.raw`(?:${MONTHS})\.?(?:-|\/|\s*,?\s*)(?:${ORDINAL_START})`, 'i'));
/** ENWeekdayParser: a weekday that ends a word or is followed by "of"/"this"/"last"/"past"/"next" ("Mondaynextweek"). */
const WEEKDAY = anyOf(WEEKDAYS, new RegExp(`(?:${WEEKDAYS})(?:of|this|last|past|next|(?![a-z]))`, 'i'));
/** ENCasualDateParser, ENCasualTimeParser, ENEndOfCurrentMonthParser: their word, then no word character. */
const CASUAL_DAY = anyOf('now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night', /(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night)(?!\w)/i);
const CASUAL_TIME = anyOf('morning|afternoon|evening|night|midday|noon', /(?:morning|afternoon|evening|night|midday|noon)(?!\w)/i);
const END_OF_MONTH = anyOf('month', /month(?!\w)/i);
/** ENRelativeDateFormatParser: "this", "last", "past" or "next", then a unit of chrono's TIME_UNIT_DICTIONARY. */
const THIS_UNIT = anyOf('this|last|past|next', /(?:this|last|past|next)\s*(?:quarters?|seconds?|minutes?|months?|hours?|weeks?|years?|mins|days?|sec|min|hrs|mon|mos|qtr|hr|mo|yr|[smhdwy])(?!\w)/i);

// The keywords below are necessary for a result that survives, not for a match: a parser whose
// results would all be declined (by its own extract, or by our proseFilter, which runs before
// chrono's refiners see anything) can skip the sentence.

/**
 * ISOFormatParser reads a plain ISO date ("1996-08-30") exactly as ENYearMonthDayParser does,
 * which comes first, and overlap removal keeps the first of equal readings (proseFilter treats
 * the two alike, and ENEndOfPeriodRefiner leaves full dates alone). Only a time part, or a month
 * or day that ENYearMonthDayParser swaps or declines, can leave ISO's reading standing.
 */
const ISO_DATE = matching(FOUR_DIGITS, /\d{4}-\d{1,2}-\d{1,2}t|\d{4}-(?:0{1,2}|1[3-9]|[2-9]\d)-\d|\d{4}-\d{1,2}-(?:0{1,2}|3[2-9]|[4-9]\d)(?!\d)/i);
/**
 * SlashDateFormatParser declines "3-1", "2.46": without a year, only "/" may separate the numbers;
 * and it declines a first number right after a digit ("1996-08-30" holds no day-month-year).
 */
const SLASH_DATE = matching(/\d\/\d|(?:^|\D)[0-3]?\d[/.-][0-3]?\d[/.-](?:\d{4}|\d{2})(?!\w)/);
/**
 * ENTimeExpressionParser reads any number as an hour ("38", "2.46"); its results carry an hour and
 * no day, which proseFilter keeps only when their text shows a TIME_OF_DAY (and one of its words).
 */
const TIME = anyOf(':|am|pm|a.m.|p.m.|clock|noon|midnight|midday', TIME_OF_DAY);
/**
 * ENTimeUnitWithinFormatParser, ENTimeUnitCasualRelativeFormatParser, ENTimeUnitAgoFormatParser,
 * ENTimeUnitLaterFormatParser: relative readings, kept only as KEPT_RELATIVE (and, for the first
 * two, keptRelativeAfter) explains. Their huge regexes are also the slowest of chrono's to compile.
 */
const RELATIVE_UNIT_WORDS = 'second|minute|hour|day|week|month|quarter|year|half';
const WITHIN_UNITS = anyOf(RELATIVE_UNIT_WORDS, KEPT_RELATIVE, keptRelativeAfter('in|for'));
const NEXT_UNITS = anyOf(RELATIVE_UNIT_WORDS, KEPT_RELATIVE, keptRelativeAfter(String.raw`this|last|past|next|after|\+|-`));
const UNITS_AGO = anyOf('ago|before|earlier', KEPT_RELATIVE_AGO);
const UNITS_LATER = anyOf('later|after|from now', KEPT_RELATIVE_LATER);

const CHRONO_KEYWORDS: ReadonlyArray<readonly [fragment: string, keyword: Keyword]> = [
  [String.raw`(\W|^)([0-9]{4})[-\.\/\s](?:`, YEAR_MONTH_DAY],
  [String.raw`(\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})`, SLASH_MONTH],
  [String.raw`(\W|^)((?:in)\s*)?((?:september|`, MONTH_NAME],
  [String.raw`(?:-|\/|\s{0,3}(?:of)?\s{0,3})((?:september|`, DAY_MONTH],
  [String.raw`(?:\s*[-.\/,]?\s*|\s+of\s+)((?:september|`, YEAR_MONTH],
  [String.raw`(\W|^)((?:september|`, MONTH_DAY],
  [String.raw`|sun|mon|tue|wed|thu|fri|sat)|weekend|weekday)`, WEEKDAY],
  [String.raw`(\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)`, CASUAL_DAY],
  [String.raw`(\W|^)(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)`, CASUAL_TIME],
  [String.raw`(\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)`, END_OF_MONTH],
  [String.raw`(\W|^)(this|last|past|next|after\s*this)\s*(`, THIS_UNIT],
  [String.raw`(\W|^)([0-9]{4})\-([0-9]{1,2})\-`, ISO_DATE],
  [String.raw`([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]`, SLASH_DATE],
  [String.raw`(?:(?:at|from)\s*)??(\d{1,4})`, TIME],
  [String.raw`(?:within|in|for)\s*(?:(?:about|around|roughly|approximately|just)`, WITHIN_UNITS],
  [String.raw`(\W|^)(this|last|past|next|after|\+|-)\s*(`, NEXT_UNITS],
  [String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`, UNITS_AGO],
  [String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`, UNITS_LATER],
];

/** The keyword of a chrono parser's regex, or null (always run it) when none is known to hold. */
export function chronoKeyword(pattern: RegExp): Keyword | null {
  if (!pattern.flags.includes('i') || pattern.flags.includes('u')) return null;
  return CHRONO_KEYWORDS.find(([fragment]) => pattern.source.includes(fragment))?.[1] ?? null;
}
