// The chrono instance: casual English plus our parsers (first, so they win ties) and filters.
import { casual, type Chrono, type Parser, type ParsingContext } from 'chrono-node';
import { durationParsers } from './durations';
import { holidayParsers } from './holidays';
import { extraParsers } from './extra-parsers';
import { periodParsers } from './periods';
import { relativeParsers } from './relative-parsers';
import { isRangeMerger, prepositionTrimmer, proseFilter, shieldReadings } from './refiners';

function build(): Chrono {
  const chrono = casual.clone();
  chrono.parsers.unshift(...durationParsers, ...relativeParsers, ...periodParsers, ...holidayParsers, ...extraParsers);
  chrono.parsers = chrono.parsers.map(gated);
  chrono.refiners = chrono.refiners.filter((refiner) => !isRangeMerger(refiner)).map(shieldReadings);
  // Before chrono resolves overlaps and merges ("6.43, on Friday" must not become a time).
  chrono.refiners.unshift(prepositionTrimmer, proseFilter);
  return chrono;
}

/**
 * A cheap test a sentence must pass for a parser's regex to match at all, remembered for the last
 * sentence (several parsers share one, and chrono asks each parser once per sentence).
 */
class Gate {
  private lastText: string | undefined;
  private lastResult = false;

  constructor(private readonly keyword: RegExp) {}

  passes(text: string): boolean {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastResult = this.keyword.test(text);
    }
    return this.lastResult;
  }
}

// Chrono runs every parser's regex over every sentence, and its patterns start with (\W|^), so a
// regex that needs a month name still tries every position: most of the time spent in chrono on
// news text. Each gate below is a necessary condition of the chrono regexes that contain its
// fragment, checked against chrono-node 2.10.3: the fragment sits at the top level of the regex
// (not optional, not one side of an alternation) and every alternative it starts contains one of
// the gate's words; the gates use the same case-insensitive (non-Unicode) matching as chrono.
// Found by the regex text rather than the parser class, whose name a minifier changes; a chrono
// upgrade that changes a regex just leaves that parser ungated (slower, never different).
const MONTH = new Gate(/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i);
const DIGIT = new Gate(/\d/);
const GATES: ReadonlyArray<readonly [fragment: string, gate: Gate]> = [
  // ENYearMonthDayParser, ISOFormatParser, SlashDateFormatParser, ENSlashMonthFormatParser,
  // ENTimeExpressionParser: a sentence the date cues let through for a word has no digit.
  [String.raw`(\W|^)([0-9]{4})[-\.\/\s](?:`, DIGIT],
  [String.raw`(\W|^)([0-9]{4})\-([0-9]{1,2})\-`, DIGIT],
  [String.raw`([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]`, DIGIT],
  [String.raw`(\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})`, DIGIT],
  [String.raw`(?:(?:at|from)\s*)??(\d{1,4})`, DIGIT],
  // ENMonthNameLittleEndianParser, ENMonthNameMiddleEndianParser, ENYearMonthNameParser, ENMonthNameParser
  [String.raw`(?:-|\/|\s{0,3}(?:of)?\s{0,3})((?:september|`, MONTH],
  [String.raw`(\W|^)((?:september|`, MONTH],
  [String.raw`(?:\s*[-.\/,]?\s*|\s+of\s+)((?:september|`, MONTH],
  [String.raw`(\W|^)((?:in)\s*)?((?:september|`, MONTH],
  // ENWeekdayParser: every weekday form starts with one of these ("weekend", "weekday": "week").
  [String.raw`|sun|mon|tue|wed|thu|fri|sat)|weekend|weekday)`, new Gate(/sun|mon|tue|wed|thu|fri|sat|week/i)],
  // ENTimeUnitAgoFormatParser, ENTimeUnitLaterFormatParser (their closing word is required).
  [String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`, new Gate(/ago|before|earlier/i)],
  [String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`, new Gate(/later|after|from now|henceforth|forward|out/i)],
  // ENCasualDateParser, ENCasualTimeParser, ENEndOfCurrentMonthParser, ENRelativeDateFormatParser
  [String.raw`(\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)`, new Gate(/now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i)],
  [String.raw`(\W|^)(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)`, new Gate(/morning|afternoon|evening|night|midday|noon/i)],
  [String.raw`(\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)`, new Gate(/month/i)],
  [String.raw`(\W|^)(this|last|past|next|after\s*this)\s*(`, new Gate(/this|last|past|next|after/i)],
];

const NEVER = /^(?!)/;
function gateOf(pattern: RegExp): Gate | null {
  if (!pattern.flags.includes('i') || pattern.flags.includes('u')) return null;
  return GATES.find(([fragment]) => pattern.source.includes(fragment))?.[1] ?? null;
}

/** The parser, skipped (an empty pattern) on a sentence that fails its regex's gate. */
function gated(parser: Parser): Parser {
  // Chrono parsers hand back the same RegExp object call after call: remember its gate.
  let lastPattern: RegExp | undefined;
  let lastGate: Gate | null = null;
  return {
    pattern(context: ParsingContext): RegExp {
      const pattern = parser.pattern(context);
      if (pattern !== lastPattern) {
        lastPattern = pattern;
        lastGate = gateOf(pattern);
      }
      return lastGate && !lastGate.passes(context.text) ? NEVER : pattern;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

export const recogniser = build();
