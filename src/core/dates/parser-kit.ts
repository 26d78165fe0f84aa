// Shared plumbing for our chrono parsers: they recognise a form chrono lacks and carry the
// finished TIMEX3 reading on the result, which normalise.ts then takes as is.
import { ParsingResult, type Parser, type ParsingContext } from 'chrono-node';
import type { CalendarDate } from './calendar';
import type { Keyword } from './keywords';
import type { Timex } from './timex';

// Keyed by the result's start components; chrono refiners that clone a result drop the reading
// and normalise.ts falls back to reading chrono's components, which is the right thing for a merge.
const readings = new WeakMap<object, Timex>();

export function readingOf(result: { start: object }): Timex | undefined {
  return readings.get(result.start);
}

/** The reference day chrono was given (findDates passes local noon of that day). */
export function referenceOf(context: ParsingContext): CalendarDate {
  const instant = context.reference.instant;
  return { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() };
}

export function emit(context: ParsingContext, index: number, text: string, timex: Timex): ParsingResult {
  const result = context.createParsingResult(index, text);
  readings.set(result.start, timex);
  result.addTag('article-annotator/extra');
  return result;
}

/** A parser that can name a cheap test (`keyword`) every sentence it finds anything in passes. */
/** The tag of a 24-hour wire clock time ("1430 GMT"), which the prose filter takes as a time of day without a colon. */
export const WIRE_CLOCK_TAG = 'article-annotator/wire-clock';

export interface KeyedParser extends Parser {
  readonly keyword?: Keyword;
}

/**
 * A chrono parser from a regex (without the g flag) and an extractor that may decline (null).
 * `keyword`, a cheap test every match must pass, lets the recogniser skip the parser on sentences
 * without it (chrono runs every parser over every sentence, and long optional prefixes scan slowly).
 */
export function regexParser(
  pattern: RegExp,
  extract: (context: ParsingContext, match: RegExpMatchArray, index: number) => ParsingResult | null,
  keyword?: Keyword,
): KeyedParser {
  return {
    pattern: () => pattern,
    extract: (context, match) => extract(context, match, match.index ?? 0),
    ...(keyword ? { keyword } : {}),
  };
}

/** The word just before `index` (lower case), e.g. to see "in" before "2018". */
export function wordBefore(text: string, index: number): string {
  const m = /([A-Za-z]+)[^A-Za-z0-9]{0,3}$/.exec(text.slice(Math.max(0, index - 24), index));
  return m?.[1]?.toLowerCase() ?? '';
}

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, 'a dozen': 12, 'a hundred': 100, 'a couple of': 2, 'a couple': 2, 'couple of': 2,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** Cardinal numbers in words or digits ("twenty-four", "24", "a dozen"); parsed by parseNumber. */
export const NUMBER_PATTERN =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${TENS})(?:[- ](?:${ONES}))?|${ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred|hundred|a couple(?: of)?|couple of)`;

export function parseNumber(words: string): number | null {
  const text = words.toLowerCase().replace(/,/g, '');
  if (/^\d/.test(text)) return Number(text);
  const known = NUMBER_WORDS[text];
  if (known !== undefined) return known;
  const parts = text.split(/[- ]/);
  if (parts.length === 2) {
    const tens = NUMBER_WORDS[parts[0] ?? ''];
    const ones = NUMBER_WORDS[parts[1] ?? ''];
    if (tens !== undefined && ones !== undefined) return tens + ones;
  }
  return null;
}

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

export function parseOrdinal(word: string): number | null {
  const text = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(text);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[text] ?? null;
}
