// Chrono refiners: trim prepositions, drop chrono readings that are not dates in news prose,
// and keep chrono's own filters and mergers off our parsers' readings.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { WIRE_CLOCK_TAG, readingOf } from './parser-kit';

// TimeML leaves prepositions out of the tagged extent ("in [2018]", "for [two days]"). Chrono's
// parsers take them in; cutting them first lets overlapping results compete on the date itself.
const LEADING_PREPOSITION = /^(?:(?:in|within|for|during|over|through|throughout|since|by|until|till|from|on|at|of|after|before)\s+)+/i;

export const prepositionTrimmer: Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      const preposition = LEADING_PREPOSITION.exec(result.text);
      if (preposition && preposition[0].length < result.text.length) {
        result.index += preposition[0].length;
        result.text = result.text.slice(preposition[0].length);
      }
    }
    // Re-sort; on the same start ours come first, so they win the overlap tie.
    return results.sort((a, b) => a.index - b.index || (readingOf(a) ? 0 : 1) - (readingOf(b) ? 0 : 1));
  },
};

// A month, a comma and a number: "In March, 2,000 people were arrested", "By May, 30 percent had
// left". Chrono reads a day ("March 2") or a two-digit year ("May 2030"); news writes days
// without the comma and years in full, and the number belongs to the clause the comma opens.
// A full year after the comma stays ("July, 2019").
const MONTH_COMMA_NUMBER = /^([A-Za-z]+\.?),\s*\d{1,2}$/;

export const monthCommaNumberTrimmer: Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      const month = readingOf(result) ? null : MONTH_COMMA_NUMBER.exec(result.text);
      if (!month || !result.start.isCertain('month')) continue;
      result.text = month[1] as string;
      result.start.delete(['day', 'year']);
      result.start.imply('day', 1);
      result.start.imply('year', result.refDate.getFullYear());
    }
    return results;
  },
};

// Words a relative expression of chrono's may consist of. Chrono's casual unit pattern also takes
// abbreviations, so "in two weeks, they" reads as two weeks and one ("the") year ("y").
const RELATIVE_WORDS = new Set([
  'a', 'an', 'the', 'few', 'several', 'couple', 'of', 'and', 'half', 'about', 'around', 'ago', 'later', 'after',
  'before', 'earlier', 'from', 'now', 'hence', 'within', 'in', 'for', 'next', 'last', 'past', 'this', 'coming',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight',
  'month', 'months', 'quarter', 'quarters', 'year', 'years',
]);

// Chrono's relative readings ("in two weeks", "three days ago", "next 3 days") end on a time unit,
// and isDateInProse keeps one only if all its words are RELATIVE_WORDS. Of those, the words that
// can end chrono's unit are the unit words themselves and "and" (chrono's number "half an" and
// unit "d"); keep these in step with RELATIVE_WORDS.
const UNIT_WORD = '(?:second|minute|hour|day|week|month|quarter|year)';
const KEPT_UNIT = String.raw`(?:(?<![a-z])${UNIT_WORD}s?|half\s{0,2}and)`;
/** A sentence without a match holds no relative reading of chrono's that proseFilter keeps. */
export const KEPT_RELATIVE = new RegExp(`${KEPT_UNIT}(?![a-z])`, 'i');
/** As KEPT_RELATIVE, for readings that count back: the words chrono requires after the units. */
export const KEPT_RELATIVE_AGO = new RegExp(`${KEPT_UNIT}\\s{1,5}(?:ago|before|earlier)(?=\\W|$)`, 'i');
/** As KEPT_RELATIVE, for readings that count on ("henceforth", "forward", "out" are not RELATIVE_WORDS). */
export const KEPT_RELATIVE_LATER = new RegExp(`${KEPT_UNIT}\\s{1,5}(?:later|after|from now)(?=\\W|$)`, 'i');
/**
 * As KEPT_RELATIVE, for readings that start with `prefix` (a regex source): between it and the
 * first unit chrono allows only spaces, "about"/"around", "~" and its number (digits, ".", words).
 */
export function keptRelativeAfter(prefix: string): RegExp {
  return new RegExp(`(?:${prefix})[a-z\\d.~\\s]+?(?<![a-z])${UNIT_WORD}|half\\s{0,2}and`, 'i');
}

const WEEKDAY_ABBREVIATION = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/i;
const TITLE_AFTER_WEEKDAY = /^\s+(?:Night|Times|Telegraph|Mail|Express|Herald|Post|Review|Magazine|Live|Football|Agreement)\b/;
const SENTENCE_START = /(?:^|[.!?]\s+)["“]?$/;

/**
 * What a number read as a time must show to be kept: minutes after a colon or a real meridiem.
 * "$2.07 a share", "at 20 million shares" and "2.46 billion" are not times.
 */
export const TIME_OF_DAY = /\d:\d\d|\d\s*(?:[ap]\.m\.|[ap]m\b)|o'?clock|noon|midnight|midday/i;

/**
 * Where "now" is the time it is said, not a discourse adverb ("is now supposed to", "Now, he
 * says"): after "right", "just", "by", "for", "between", "from" ("right now", "for now", "between
 * now and Feb. 10"), and at the end of a clause ("five months now.", "worth half that now,").
 * TempEval-3 marks these PRESENT_REF.
 */
const NOW_AS_TIME_BEFORE = /\b(?:right|just|by|for|between|from)\s+$/i;
const NOW_AS_TIME_AFTER = /^\s*(?:[.,;:!?)]|''|$)/;
/** Before the first word of a sentence (the chunk may start with a space or a quote). */
const OPENS_SENTENCE = /(?:^|[.!?])\s*["“`']*\s*$/;

function isDateInProse(context: ParsingContext, result: ParsingResult): boolean {
  if (readingOf(result)) return true;
  const c = result.start;
  const text = result.text.trim();
  const before = context.text.slice(Math.max(0, result.index - 12), result.index);
  const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 16);
  const weekdayOnly = c.isOnlyWeekdayComponent();
  const tags = c.tags(); // a new Set at every call

  if (tags.has('result/relativeDate')) {
    if ((text.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => !RELATIVE_WORDS.has(word))) return false;
    if (/^the\s+\w+$/i.test(text)) return false; // chrono counts "the" as one: "in the day" is not tomorrow
  }
  // "now" is a discourse adverb far more often than a time ("is now supposed to", "Now Tehran …");
  // the prepositional uses ("until now") come from our own parser.
  if (/^(?:right\s+)?now$/i.test(text) && !NOW_AS_TIME_BEFORE.test(before) && !(NOW_AS_TIME_AFTER.test(after) && !OPENS_SENTENCE.test(before))) return false;
  if (tags.has('parser/ENMonthNameParser')) {
    // "the march", "may", "the March on Washington" — a bare month needs a capital and no article.
    if (!/^[A-Z]/.test(text)) return false;
    if (!c.isCertain('year') && /\bthe\s+$/i.test(before)) return false;
    if (/^may$/i.test(text) && !/\b(?:in|of|since|until|by|early|late|mid-?|last|next|this)\s+$/i.test(before)) return false;
  }
  // "the sun", "Sat" on its own: weekday abbreviations count only inside a full date.
  if (weekdayOnly && WEEKDAY_ABBREVIATION.test(text.replace(/^(?:on|this|last|past|next)\s+|[,.()\s]+$/gi, ''))) return false;
  if (weekdayOnly && TITLE_AFTER_WEEKDAY.test(after)) return false; // "Saturday Night Live", "the Sunday Times"
  // A bare part of day is a date as "this morning" or attached to a day ("Saturday night");
  // "the night the flight went down", "$35 a night", "Good Evening", "Saturday Night Live" are not,
  // nor is one night of several ("a fourth night on Friday", "a third straight night of protests").
  if (/^(?:morning|afternoon|evening|night)s?$/i.test(text)) {
    if (/\b(?:the|a|an|per|each|every|good|all|one|that|another|straight|consecutive|successive|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(?:st|nd|rd|th))\s+$/i.test(before)) return false;
    if (/^[A-Z]/.test(text) && !SENTENCE_START.test(before)) return false;
  }
  // "1/2" is a fraction far more often than the second of January.
  if (/^\d{1,2}\/\d{1,2}$/.test(text)) return false;
  // A time of day without a date must look like one.
  if (!c.isCertain('day') && !c.isCertain('weekday') && c.isCertain('hour') && !TIME_OF_DAY.test(text) && !tags.has(WIRE_CLOCK_TAG)) return false;
  if (/\d\s*[ap]$/i.test(text) || /[$€£¥]\s*$/.test(before)) return false;
  // Programme titles: "ABC's This Week".
  if (/^This\s+Week$/.test(text) && !SENTENCE_START.test(before)) return false;
  return true;
}

export const proseFilter: Refiner = {
  refine: (context, results) => results.filter((result) => isDateInProse(context, result)),
};

/**
 * Chrono merges "X to Y" into one range result; TimeML marks each end on its own, so we drop
 * that refiner. It is recognised by its connector pattern rather than by class name, which a
 * minifier may rename.
 */
export function isRangeMerger(refiner: Refiner): boolean {
  const candidate = refiner as Refiner & { patternBetween?: () => RegExp };
  return typeof candidate.patternBetween === 'function' && candidate.patternBetween().test(' to ');
}

/**
 * Chrono's ENEndOfPeriodRefiner moves a reading after "end of" or "last day of" to the period's
 * end, and leaves every other reading alone; but it tests each reading by searching the whole
 * text before it. A sentence without "day of" or "end of" lets it skip that. Recognised by its
 * method name rather than its class name, which a minifier may rename.
 */
export function skipEndOfPeriodWithoutPrefix(refiner: Refiner): Refiner {
  const candidate = refiner as Refiner & { moveToEndOfRelativePeriod?: unknown };
  if (typeof candidate.moveToEndOfRelativePeriod !== 'function') return refiner;
  return { refine: (context, results) => (/(?:day|end)\s+of/i.test(context.text) ? refiner.refine(context, results) : results) };
}

/**
 * Our readings bypass chrono's filters (refiners with `isValid`) and mergers (with
 * `shouldMergeResults`): the filters drop digit-only results ("2018") and the mergers would
 * glue a duration to a neighbouring date ("four hours Friday") as if it were a time of day.
 */
export function shieldReadings(refiner: Refiner): Refiner {
  const kind = refiner as Refiner & { isValid?: unknown; shouldMergeResults?: unknown };
  if (typeof kind.isValid !== 'function' && typeof kind.shouldMergeResults !== 'function') return refiner;
  return {
    refine: (context, results) => {
      const ours = results.filter((result) => readingOf(result));
      if (ours.length === 0) return refiner.refine(context, results);
      const refined = refiner.refine(context, results.filter((result) => !readingOf(result)));
      return [...refined, ...ours].sort((a, b) => a.index - b.index);
    },
  };
}
