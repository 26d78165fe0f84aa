// The chrono instance: casual English plus our parsers (first, so they win ties) and filters,
// run on a sentence with only the parsers that can find something in it.
import { casual, Chrono, ParsingContext, type ParsedResult, type Parser, type Refiner } from 'chrono-node';
import { durationParsers } from './durations';
import { holidayParsers } from './holidays';
import { extraParsers } from './extra-parsers';
import { FOUR_DIGITS, KeywordTester, anyOf, matching, type Keyword } from './keywords';
import type { KeyedParser } from './parser-kit';
import { periodParsers } from './periods';
import { relativeParsers } from './relative-parsers';
import {
  KEPT_RELATIVE, KEPT_RELATIVE_AGO, KEPT_RELATIVE_LATER, TIME_OF_DAY, isRangeMerger, keptRelativeAfter, prepositionTrimmer,
  proseFilter, shieldReadings, skipEndOfPeriodWithoutPrefix,
} from './refiners';

// Chrono runs every parser's regex over every sentence, and its patterns start with (\W|^), so a
// regex that needs a month name still tries every position: most of the time spent in chrono on
// news text. Each keyword below is a necessary condition of the chrono regexes that contain its
// fragment, checked against chrono-node 2.10.3: every match of the regex contains a match of the
// keyword (same case-insensitive, non-Unicode matching as chrono). A keyword may look at what
// follows its words but not at what precedes them unless that is inside the match: chrono runs a
// regex again on the rest of the sentence after each match, where (\W|^) can match mid-word.
// Found by the regex text rather than the parser class, whose name a minifier changes; a chrono
// upgrade that changes a regex just leaves that parser ungated (slower, never different).
// Chrono's MONTH_DICTIONARY and WEEKDAY_DICTIONARY (without their dotted forms: a dot is no letter).
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const WEEKDAYS = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday|thurs|thur|sun|mon|tue|wed|thu|fri|sat|weekend|weekday';
// Chrono's ORDINAL_NUMBER_PATTERN: digits or a word starting with one of these.
const ORDINAL_START = String.raw`\d|first|second|third|fourt|fift|sixt|sevent|eight|nin|tenth|eleventh|twelfth|thirt|twent`;
const RELATIVE_UNIT_WORDS = 'second|minute|hour|day|week|month|quarter|year|half';
const CHRONO_KEYWORDS: ReadonlyArray<readonly [fragment: string, keyword: Keyword]> = [
  // ENYearMonthDayParser: 4 digits, a separator, a month (letters, maybe a dot) or 1–2 digits, a separator, a digit.
  [String.raw`(\W|^)([0-9]{4})[-\.\/\s](?:`, matching(FOUR_DIGITS, /\d{4}[-./\s](?:\d{1,2}|[a-z]{3,9}\.?)[-./\s]\d/i)],
  // ENSlashMonthFormatParser: its digits and slash.
  [String.raw`(\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})`, matching(FOUR_DIGITS, /\d\/\d{4}/)],
  // ENMonthNameParser: a month name that ends a word, or is followed by "of" (it reads "Mayof 1996").
  [String.raw`(\W|^)((?:in)\s*)?((?:september|`, anyOf(MONTHS, new RegExp(`(?:${MONTHS})(?:of)?(?![a-z])`, 'i'))],
  // ENMonthNameLittleEndianParser: an ordinal (digits or a word, all of which end in st, nd, rd or
  // th), a separator and a month name that ends a word ("30 August", "fifth of May").
  [String.raw`(?:-|\/|\s{0,3}(?:of)?\s{0,3})((?:september|`, anyOf(MONTHS, new RegExp(`(?:\\d|st|nd|rd|th)(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})(?:${MONTHS})(?![a-z])`, 'i'))],
  // ENYearMonthNameParser: a year (digits, maybe an era), a separator and a month name that ends a word.
  [String.raw`(?:\s*[-.\/,]?\s*|\s+of\s+)((?:september|`, anyOf(MONTHS, new RegExp(`(?:\\d|be|ad|bc|ce)(?:\\s*[-.\\/,]?\\s*|\\s+of\\s+)(?:${MONTHS})(?![a-z])`, 'i'))],
  // ENMonthNameMiddleEndianParser: a month name, maybe a dot, a separator and an ordinal ("Aug 30").
  [String.raw`(\W|^)((?:september|`, anyOf(MONTHS, new RegExp(`(?:${MONTHS})\\.?(?:-|\\/|\\s*,?\\s*)(?:${ORDINAL_START})`, 'i'))],
  // ENWeekdayParser: a weekday name (or "weekend", "weekday") that ends a word or is followed by
  // "of"/"this"/"last"/"past"/"next" (it reads "Mondaynextweek").
  [String.raw`|sun|mon|tue|wed|thu|fri|sat)|weekend|weekday)`, anyOf(WEEKDAYS, new RegExp(`(?:${WEEKDAYS})(?:of|this|last|past|next|(?![a-z]))`, 'i'))],
  // ENCasualDateParser, ENCasualTimeParser, ENEndOfCurrentMonthParser: their word, then no word character.
  [String.raw`(\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)`, anyOf('now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night', /(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night)(?!\w)/i)],
  [String.raw`(\W|^)(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)`, anyOf('morning|afternoon|evening|night|midday|noon', /(?:morning|afternoon|evening|night|midday|noon)(?!\w)/i)],
  [String.raw`(\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)`, anyOf('month', /month(?!\w)/i)],
  // ENRelativeDateFormatParser: "this", "last", "past" or "next", then a unit of chrono's TIME_UNIT_DICTIONARY.
  [String.raw`(\W|^)(this|last|past|next|after\s*this)\s*(`, anyOf('this|last|past|next', /(?:this|last|past|next)\s*(?:quarters?|seconds?|minutes?|months?|hours?|weeks?|years?|mins|days?|sec|min|hrs|mon|mos|qtr|hr|mo|yr|[smhdwy])(?!\w)/i)],

  // The keywords below are necessary for a result that survives, not for a match: a parser whose
  // results would all be declined (by its own extract, or by our proseFilter, which runs before
  // chrono's refiners see anything) can skip the sentence.
  // ISOFormatParser reads a plain ISO date ("1996-08-30") exactly as ENYearMonthDayParser does,
  // which comes first, and overlap removal keeps the first of equal readings (proseFilter treats
  // the two alike, and ENEndOfPeriodRefiner leaves full dates alone). Only a time part, or a month
  // or day that ENYearMonthDayParser swaps or declines, can leave ISO's reading standing.
  [String.raw`(\W|^)([0-9]{4})\-([0-9]{1,2})\-`, matching(FOUR_DIGITS, /\d{4}-\d{1,2}-\d{1,2}t|\d{4}-(?:0{1,2}|1[3-9]|[2-9]\d)-\d|\d{4}-\d{1,2}-(?:0{1,2}|3[2-9]|[4-9]\d)(?!\d)/i)],
  // SlashDateFormatParser declines "3-1", "2.46": without a year, only "/" may separate the numbers;
  // and it declines a first number right after a digit ("1996-08-30" holds no day-month-year).
  [String.raw`([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]`, matching(/\d\/\d|(?:^|\D)[0-3]?\d[/.-][0-3]?\d[/.-](?:\d{4}|\d{2})(?!\w)/)],
  // ENTimeExpressionParser reads any number as an hour ("38", "2.46"); its results carry an hour
  // and no day, which proseFilter keeps only when their text shows a TIME_OF_DAY (and its words).
  [String.raw`(?:(?:at|from)\s*)??(\d{1,4})`, anyOf(':|am|pm|a.m.|p.m.|clock|noon|midnight|midday', TIME_OF_DAY)],
  // ENTimeUnitWithinFormatParser, ENTimeUnitCasualRelativeFormatParser, ENTimeUnitAgoFormatParser,
  // ENTimeUnitLaterFormatParser: relative readings, kept only as KEPT_RELATIVE (and for the first
  // two keptRelativeAfter) explains. Their huge regexes are also the slowest of chrono's to compile.
  [String.raw`(?:within|in|for)\s*(?:(?:about|around|roughly|approximately|just)`, anyOf(RELATIVE_UNIT_WORDS, KEPT_RELATIVE, keptRelativeAfter('in|for'))],
  [String.raw`(\W|^)(this|last|past|next|after|\+|-)\s*(`, anyOf(RELATIVE_UNIT_WORDS, KEPT_RELATIVE, keptRelativeAfter(String.raw`this|last|past|next|after|\+|-`))],
  [String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`, anyOf('ago|before|earlier', KEPT_RELATIVE_AGO)],
  [String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`, anyOf('later|after|from now', KEPT_RELATIVE_LATER)],
];

/** The keyword of a chrono parser's regex, or null (always run it) when none is known to hold. */
function chronoKeyword(pattern: RegExp): Keyword | null {
  if (!pattern.flags.includes('i') || pattern.flags.includes('u')) return null;
  return CHRONO_KEYWORDS.find(([fragment]) => pattern.source.includes(fragment))?.[1] ?? null;
}

// V8 takes 100–200 ms to compile each of chrono's "three days ago" / "two weeks later" regexes
// to machine code (a long greedy repetition followed by these endings), and it does so in the
// first article that holds such a phrase. With the ending also checked in a lookahead just before
// it, they compile in a few ms. X(?=T)T matches exactly what XT does, with the same groups, when T
// has no groups: the lookahead holds where T can match, and T then matches as it would have.
const SLOW_TO_COMPILE_ENDINGS = [
  String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`,
  String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`,
];

/** The parser, with its regex rewritten as above when it ends in one of those endings. */
export function quickToCompile(parser: Parser, context: ParsingContext): Parser {
  const pattern = parser.pattern(context);
  const ending = SLOW_TO_COMPILE_ENDINGS.find((candidate) => pattern.source.endsWith(candidate));
  if (!ending) return parser;
  const quick = new RegExp(`${pattern.source.slice(0, -ending.length)}(?=${ending})${ending}`, pattern.flags);
  return { pattern: () => quick, extract: (context, match) => parser.extract(context, match) };
}

interface GatedParser {
  parser: Parser;
  /** A sentence failing it holds nothing this parser finds; null: no such test. */
  keyword: Keyword | null;
}

export class Recogniser {
  private readonly keywords: KeywordTester;
  /** Per parser, the index of its keyword in `keywords` (-1: none). */
  private readonly keywordOf: number[];

  constructor(private readonly parsers: readonly GatedParser[], private readonly refiners: Refiner[]) {
    const distinct = [...new Set(parsers.map(({ keyword }) => keyword))].filter((keyword) => keyword !== null);
    this.keywords = new KeywordTester(distinct);
    this.keywordOf = parsers.map(({ keyword }) => (keyword ? distinct.indexOf(keyword) : -1));
  }

  /** Chrono's results on one sentence, as chrono with every parser would give them. */
  parse(sentence: string, instant: Date): ParsedResult[] {
    const parsers = this.parsersFor(sentence);
    // A parser skipped here would have found nothing, and chrono's refiners only filter, merge and
    // adjust what the parsers found: without parsers there is nothing to refine.
    if (parsers.length === 0) return [];
    return new Chrono({ parsers, refiners: this.refiners }).parse(sentence, instant);
  }

  /** Chrono with every parser on the sentence: what `parse` must give (tests compare the two). */
  parseWithEveryParser(sentence: string, instant: Date): ParsedResult[] {
    return new Chrono({ parsers: this.parsers.map(({ parser }) => parser), refiners: this.refiners }).parse(sentence, instant);
  }

  /** The parsers whose keyword the sentence passes, in their order. */
  private parsersFor(sentence: string): Parser[] {
    const passes = this.keywords.verdicts(sentence);
    const parsers: Parser[] = [];
    for (let i = 0; i < this.parsers.length; i++) {
      const keyword = this.keywordOf[i] ?? -1;
      if (keyword < 0 || passes[keyword]) parsers.push((this.parsers[i] as GatedParser).parser);
    }
    return parsers;
  }
}

function build(): Recogniser {
  const chronoParsers = casual.clone().parsers;
  // Chrono's parsers hand back the same regex for every sentence (for the options we use: none).
  const context = new ParsingContext('', new Date(0));
  const ours: KeyedParser[] = [...durationParsers, ...relativeParsers, ...periodParsers, ...holidayParsers, ...extraParsers];
  const parsers: GatedParser[] = [
    ...ours.map((parser) => ({ parser, keyword: parser.keyword ?? null })),
    ...chronoParsers.map((parser) => ({ parser: quickToCompile(parser, context), keyword: chronoKeyword(parser.pattern(context)) })),
  ];
  const refiners = casual.refiners.filter((refiner) => !isRangeMerger(refiner)).map(shieldReadings).map(skipEndOfPeriodWithoutPrefix);
  // Before chrono resolves overlaps and merges ("6.43, on Friday" must not become a time).
  refiners.unshift(prepositionTrimmer, proseFilter);
  return new Recogniser(parsers, refiners);
}

export const recogniser = build();
