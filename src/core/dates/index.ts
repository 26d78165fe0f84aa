// Date recogniser and TIMEX3 normaliser: chrono-node plus news-specific parsers and rules.
// Pure: text and a reference date in, data out. No clock, no time zone dependence.
import { type CalendarDate, addDays, formatDate, formatYear, isValidDate, isoWeek as isoWeekOf, weekdayName as nameOfWeekday } from './calendar';
import { normalise, type Reading } from './normalise';
import { recogniser } from './recogniser';
import { sentenceChunks, mayHoldDate } from './sentences';
import { explain, type DatePart, type TimexType } from './timex';

export type { CalendarDate } from './calendar';
export { formatDate as formatIsoDate, isValidDate, monthNumber } from './calendar';
export type { DatePart, TimexType } from './timex';

export interface DateMention {
  /** UTF-16 index into the text (JS string index), inclusive. */
  start: number;
  /** Exclusive. */
  end: number;
  /** text.slice(start, end) */
  text: string;
  type: TimexType;
  /** TIMEX3 value: '2025-04-26', '2025-W17', '2025-04', 'PAST_REF', 'P3D', 'PT4H', '2025-04-19T15:00', … */
  value: string;
  /** ISO date of the reference the value was resolved against; null when the text states it fully. */
  anchor: string | null;
  stated: DatePart[];
  inferred: DatePart[];
  /** Set when a bare weekday or month was resolved to its previous or next occurrence. */
  direction?: 'past' | 'future';
  explanation: string;
}

export function weekdayName(date: CalendarDate): string {
  return nameOfWeekday(date);
}

export function isoWeek(date: CalendarDate): { year: number; week: number } {
  return isoWeekOf(date);
}

/** All date, time, duration and set expressions in `text`, sorted by start and non-overlapping. */
export function findDates(text: string, reference: CalendarDate): DateMention[] {
  if (!isValidDate(reference)) throw new RangeError(`Invalid reference date ${JSON.stringify(reference)}`);
  // Chrono computes in the machine's local time; local noon of the reference day keeps every
  // calendar step it takes (±days, ±months) on the right day whatever the time zone or DST.
  const instant = new Date(2000, 0, 1, 12, 0, 0, 0);
  instant.setFullYear(reference.year, reference.month - 1, reference.day);
  const readings: Reading[] = [];
  for (const chunk of sentenceChunks(text)) {
    const sentence = text.slice(chunk.start, chunk.end);
    if (!mayHoldDate(sentence)) continue;
    for (const result of recogniser.parse(sentence, instant)) {
      const reading = normalise(result, sentence, reference);
      const last = readings[readings.length - 1];
      if (!reading || (last && last.end > chunk.start + reading.start)) continue;
      readings.push({ ...reading, start: chunk.start + reading.start, end: chunk.start + reading.end });
    }
  }
  return timesOnTheirDay(followDiscourse(readings, reference), text).map(({ start, end, timex }) => {
    const span = text.slice(start, end);
    const mention: DateMention = {
      start, end, text: span, type: timex.type, value: timex.value,
      anchor: timex.anchored ? formatDate(reference) : null,
      stated: timex.stated, inferred: timex.inferred,
      explanation: explain(span, timex, reference),
    };
    if (timex.direction) mention.direction = timex.direction;
    return mention;
  });
}

/** What may stand between a time and the day it is on: "10:35 a.m. (0735 GMT) Friday", "9 a.m. EST, on Tuesday". */
const BETWEEN_TIME_AND_DAY = /^[\s,]*(?:\([^()]{0,24}\))?[\s,]*(?:on\s+)?$/;
const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;

/**
 * A time whose day the sentence names right after it ("at about 10:35 a.m. (0735 GMT) Friday",
 * "at 10 a.m. (1400 GMT) on Tuesday") is on that day, not on the publication day: chrono joins
 * "10 a.m. Tuesday" itself, but not across a bracketed time zone.
 */
function timesOnTheirDay(readings: Reading[], text: string): Reading[] {
  return readings.map((reading, i) => {
    const next = readings[i + 1];
    if (reading.timex.type !== 'TIME' || !reading.timex.inferred.includes('day') || next === undefined) return reading;
    if (next.timex.type !== 'DATE' || !DAY_VALUE.test(next.timex.value) || next.start - reading.end > 32) return reading;
    if (!BETWEEN_TIME_AND_DAY.test(text.slice(reading.end, next.start))) return reading;
    const day = next.timex.value;
    return { ...reading, timex: { ...reading.timex, value: day + reading.timex.value.slice(10), note: `on the day named after it (${text.slice(next.start, next.end)})` } };
  });
}

/**
 * Values that depend on what the story talks about: in an earnings story "the quarter" and
 * "a year ago" follow the last finished quarter mentioned ("the third quarter" … "the quarter"),
 * and "the next day" follows the last day named ("arrested on Oct. 3 and released the next day").
 */
function followDiscourse(readings: Reading[], reference: CalendarDate): Reading[] {
  let lastQuarter: string | null = null;
  let lastDay: CalendarDate | null = null;
  const currentQuarter = `${formatYear(reference.year)}-Q${Math.ceil(reference.month / 3)}`;
  const kept: Reading[] = [];
  for (const reading of readings) {
    const follows = reading.timex.follows;
    const followed: Reading | null = follows?.unit === 'quarter' ? followQuarter(reading, follows, lastQuarter) : follows?.unit === 'day' ? followDay(reading, follows, lastDay) : reading;
    if (!followed) continue;
    const value: string = followed.timex.value;
    // The current or a later quarter is an outlook, not the quarter being reported.
    if (!follows && QUARTER_VALUE.test(value) && value < currentQuarter) lastQuarter = value;
    const day = DAY_PREFIX.exec(value);
    if (day) lastDay = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
    kept.push(followed);
  }
  return kept;
}

const QUARTER_VALUE = /^\d{4}-Q\d$/;
const DAY_PREFIX = /^(\d{4})-(\d\d)-(\d\d)/;

function followQuarter(reading: Reading, follows: { years: number; year?: number; orElse: 'keep' | 'drop' }, lastQuarter: string | null): Reading | null {
  if (!lastQuarter) return follows.orElse === 'keep' ? reading : null;
  const year = follows.year ?? Number(lastQuarter.slice(0, 4)) + follows.years;
  const note = `taking the quarter the story reports on (${lastQuarter})${follows.years ? ' a year back' : ''}`;
  return { ...reading, timex: { ...reading.timex, value: `${formatYear(year)}${lastQuarter.slice(4)}`, note } };
}

function followDay(reading: Reading, follows: { days: number; orElse: 'keep' | 'drop' }, lastDay: CalendarDate | null): Reading | null {
  if (!lastDay) return follows.orElse === 'keep' ? reading : null;
  const relation = follows.days > 0 ? 'the day after' : follows.days < 0 ? 'the day before' : 'the same day as';
  const note = `${relation} the last day the story named (${formatDate(lastDay)})`;
  return { ...reading, timex: { ...reading.timex, value: formatDate(addDays(lastDay, follows.days)), note } };
}
