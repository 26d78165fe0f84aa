// The chrono instance: casual English plus our parsers (first, so they win ties) and filters,
// run on a sentence with only the parsers that can find something in it.
import { casual, Chrono, ParsingContext, type ParsedResult, type Parser, type Refiner } from 'chrono-node';
import { durationParsers } from './durations';
import { holidayParsers } from './holidays';
import { extraParsers } from './extra-parsers';
import { chronoKeyword } from './chrono-keywords';
import { KeywordTester, type Keyword } from './keywords';
import type { KeyedParser } from './parser-kit';
import { periodParsers } from './periods';
import { relativeParsers } from './relative-parsers';
import { isRangeMerger, monthCommaNumberTrimmer, prepositionTrimmer, proseFilter, shieldReadings, skipEndOfPeriodWithoutPrefix } from './refiners';

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
  refiners.unshift(prepositionTrimmer, monthCommaNumberTrimmer, proseFilter);
  return new Recogniser(parsers, refiners);
}

export const recogniser = build();
