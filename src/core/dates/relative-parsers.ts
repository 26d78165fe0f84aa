// Chrono parsers for "this/last/next" + week, month or year, and for modified month names
// ("last March", "early May"), read at the granularity they speak at.
import {
  MONTH_NAMES, type CalendarDate, addDays, addMonths, formatDate, formatMonth, formatWeek, formatYear, isValidDate, isoWeek, monthNumber,
} from './calendar';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { anyOf } from './keywords';
import { emit, referenceOf, regexParser, type KeyedParser } from './parser-kit';
import { leadOf, tenseAround } from './tense';
import { resolveMonth, type TenseOf } from './resolve';

const STEPS: Record<string, number> = {
  this: 0, current: 0, present: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1,
};

/** "next week" is the ISO week after the reference's (weeks run Monday to Sunday). */
function weekValue(reference: CalendarDate, step: number): string {
  return formatWeek(isoWeek(addDays(reference, 7 * step)));
}

const relativeUnitParser = regexParser(
  /\b(?:the\s+)?(this|current|present|last|past|previous|next|coming)\s+(?:(?:fiscal|calendar)\s+)?(week|month|year)\b/i,
  (context, match, index) => {
    if (/^(?:the\s+)?[A-Z]\w*\s+[A-Z]/.test(match[0]) && !/(?:^|[.!?:]\s+)["“]?$/.test(context.text.slice(0, index))) return null; // "ABC's This Week"
    const reference = referenceOf(context);
    const step = STEPS[(match[1] ?? '').toLowerCase()] ?? 0;
    const unit = (match[2] ?? '').toLowerCase();
    let value: string;
    if (unit === 'week') value = weekValue(reference, step);
    else if (unit === 'month') {
      const month = addMonths(reference, step);
      value = formatMonth(month.year, month.month);
    } else value = formatYear(reference.year + step);
    return emit(context, index, match[0], {
      type: 'DATE', value, anchored: true, stated: [], inferred: unit === 'year' ? ['year'] : ['year', unit as 'week' | 'month'],
    });
  },
  anyOf('week|month|year'),
);

const MONTH_PATTERN = MONTH_NAMES.join('|');

// "last March", "next May", "early June", "the end of November" — chrono reads only the month.
const modifiedMonthParser = regexParser(
  new RegExp(
    `\\b(last|next|this|past|coming|early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)[\\s-]+(${MONTH_PATTERN})\\b(?![\\s,]+\\d)`,
    'i',
  ),
  (context, match, index) => {
    const name = match[2] ?? '';
    if (!/^[A-Z]/.test(name)) return null; // "the march", "may"
    const month = monthNumber(name);
    const reference = referenceOf(context);
    const modifier = (match[1] ?? '').toLowerCase();
    let year: number;
    // "last March" is the latest March before the current month, "next May" the first after it.
    if (modifier === 'last' || modifier === 'past') year = month < reference.month ? reference.year : reference.year - 1;
    else if (modifier === 'next' || modifier === 'coming') year = month > reference.month ? reference.year : reference.year + 1;
    else if (modifier === 'this') year = reference.year;
    else return emitMonthByTense(context, index, match[0], month);
    return emit(context, index, match[0], { type: 'DATE', value: formatMonth(year, month), anchored: true, stated: ['month'], inferred: ['year'] });
  },
  anyOf(MONTH_PATTERN, /(?:last|next|this|past|coming|early|late|mid|of)[\s-]+[A-Z]/i),
);

/** A month without a year, its year chosen by resolveMonth (nearness, tense, "since"/"by" before it). */
function emitMonthByTense(context: ParsingContext, index: number, text: string, month: number): ParsingResult {
  const tenseOf: TenseOf = () => tenseAround(context.text, index, index + text.length);
  const { value: year, direction, reason } = resolveMonth(referenceOf(context), month, tenseOf, leadOf(context.text, index));
  return emit(context, index, text, {
    type: 'DATE', value: formatMonth(year, month), anchored: true, stated: ['month'], inferred: ['year'],
    ...(direction ? { direction } : {}), ...(reason ? { reason } : {}),
  });
}

// "April and May", "between March and May": chrono reads no "May" without a preposition before
// it (the modal verb is far more common), but after another month and a conjunction it is the month.
const mayAfterMonthParser = regexParser(
  // (The lookbehind after "May", so that it is tried only where "May" stands, not at every position.)
  new RegExp(`\\bMay\\b(?<=\\b(?:${MONTH_PATTERN})\\.?\\s+(?:and|or|to|through|until)\\s+May)(?!\\s+\\d)`),
  (context, match, index) => emitMonthByTense(context, index, match[0], 5),
  anyOf('May'),
);

// Month names and the abbreviations of wire style ("Jan. 5", "Sept. 30").
const MONTH_OR_ABBREVIATION = `${MONTH_PATTERN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`;

// "January this year", "in June last year", "on July 23 next year", "Jan. 5 last year", "October
// of last year": the year the phrase names, the day when one is given.
const monthOfRelativeYearParser = regexParser(
  new RegExp(`\\b(?:(?:early|late|mid)[\\s-]+)?(${MONTH_OR_ABBREVIATION})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'i'),
  (context, match, index) => {
    const name = match[1] ?? '';
    if (!/^[A-Z]/.test(name)) return null;
    const month = monthNumber(name);
    const year = referenceOf(context).year + (STEPS[(match[3] ?? '').toLowerCase()] ?? 0);
    if (match[2] === undefined) {
      return emit(context, index, match[0], { type: 'DATE', value: formatMonth(year, month), anchored: true, stated: ['month'], inferred: ['year'] });
    }
    const day = { year, month, day: Number(match[2]) };
    if (!isValidDate(day) || /^(?:early|late|mid)/i.test(match[0])) return null;
    return emit(context, index, match[0], { type: 'DATE', value: formatDate(day), anchored: true, stated: ['month', 'day'], inferred: ['year'] });
  },
  anyOf('year'),
);

// "for the year", "sales for the full year": in a report, the reference's year.
const theYearParser = regexParser(
  /\bthe\s+(?:(?:full|fiscal|calendar|entire|whole)\s+)?year\b(?!['’-]|\s+(?:before|earlier|ago|after|later|that|when|in\s+which|of|ended|ending|to|since|\d))/i,
  (context, match, index) => emit(context, index, match[0], {
    type: 'DATE', value: formatYear(referenceOf(context).year), anchored: true, stated: [], inferred: ['year'],
  }),
  anyOf('year'),
);

// "the year ended March 31", "the fiscal year ending June 30": a year-long period up to that date,
// which TimeML marks as the duration P1Y (the date is a mention of its own). Six of six in TempEval-3 dev.
const yearEndedParser = regexParser(
  /\bthe\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b)/i,
  (context, match, index) => emit(context, index, match[0], { type: 'DURATION', value: 'P1Y', anchored: false, stated: [], inferred: [] }),
  anyOf('year'),
);

// "by year-end", "since year-end", "by year's end": the last day of the year, the one before after "since".
const yearEndParser = regexParser(
  // (Not before a number or a noun it qualifies: "year-end 1988", "year-end net", "Year-end results".)
  /\b(?:the\s+)?year(?:-end|\s+end|['’]s\s+end)\b(?![-\s]+(?:\d|(?!(?:to|and|or|as|in|at|for|of|on|when|after|before|if|but|the|a|an|with)\b)[A-Za-z]))/i,
  (context, match, index) => {
    const year = referenceOf(context).year - (leadOf(context.text, index) === 'since' ? 1 : 0);
    return emit(context, index, match[0], { type: 'DATE', value: `${formatYear(year)}-12-31`, anchored: true, stated: [], inferred: ['year'] });
  },
  anyOf('year'),
);

// "the next day", "the following day", "the day before", "the previous day", "the same day": a
// day counted from the last day the story named ("arrested on Oct. 3 and released the following
// day"), which followDiscourse (index.ts) finds; chrono read "next day" as the day after the
// publication, and the others not at all. With no day named before, "the next day" keeps that
// reading and the others are dropped: the publication day is no better guess than none.
const DAY_STEPS: Record<string, number> = { next: 1, following: 1, after: 1, previous: -1, preceding: -1, before: -1, same: 0 };
const storyDayParser = regexParser(
  // ("the day before" only alone: "the day before authorities issued", "the day after his death" count from an event.)
  /\bthe\s+(?:(next|following|previous|preceding|same)\s+day\b|day\s+(before|after)(?=\s*(?:[,.;:!?)]|$)))/i,
  (context, match, index) => {
    const step = (match[1] ?? match[2] ?? '').toLowerCase();
    const days = DAY_STEPS[step] ?? 0;
    return emit(context, index, match[0], {
      type: 'DATE', value: formatDate(addDays(referenceOf(context), days)), anchored: true, stated: [], inferred: ['year', 'month', 'day'],
      follows: { unit: 'day', days, orElse: step === 'next' ? 'keep' : 'drop' },
    });
  },
  anyOf('day'),
);

export const relativeParsers: KeyedParser[] = [storyDayParser, monthOfRelativeYearParser, relativeUnitParser, modifiedMonthParser, mayAfterMonthParser, theYearParser, yearEndedParser, yearEndParser];
