// One chrono result → its TIMEX3 reading (type, value, anchor, stated/inferred parts).
// Our own parsers carry a finished reading; for chrono's results we re-read the components at
// the granularity the text speaks at ("two weeks ago" is a week, "a year ago" a year) and
// choose the occurrence of a bare weekday or month from the tense of the sentence.
import type { ParsedResult } from 'chrono-node';
import {
  type CalendarDate, formatDate, formatMonth, formatTime, isValidDate,
} from './calendar';
import { composeDuration, durationValue } from './durations';
import { parseNumber, readingOf } from './parser-kit';
import { resolveMonth, resolveMonthDay, resolveWeekday, type Resolution, type TenseOf } from './resolve';
import { leadOf, pastEventBefore, tenseAround } from './tense';
import { unitTimex, type DatePart, type Timex, type Unit } from './timex';

export interface Reading {
  /** Offsets into the text chrono was given. */
  start: number;
  end: number;
  timex: Timex;
}


// TimeML leaves prepositions out of the tagged extent: "in [2018]", "for [two days]".
const LEADING_NOISE = /^(?:[\s,(“"']+|(?:on|in|at|for|within|during|since|by|until|till|from|of|after|before|between|through|throughout|over)\s+)/i;
const TRAILING_NOISE = /[\s,;:)”"']+$/;
const OFFSET = /\b(?:ago|earlier|before|later|after|from\s+now|hence)$/i;
const UNIT_WORD = /\b(minute|hour|day|week|fortnight|month|quarter|year)s?\b/gi;
const PARTS_OF_DAY: Record<string, string> = {
  'casualReference/morning': 'MO', 'casualReference/afternoon': 'AF', 'casualReference/evening': 'EV',
  'casualReference/tonight': 'NI',
};

export function normalise(result: ParsedResult, text: string, reference: CalendarDate): Reading | null {
  let start = result.index;
  let end = start + result.text.length;
  for (let m = LEADING_NOISE.exec(text.slice(start, end)); m && m[0].length < end - start; m = LEADING_NOISE.exec(text.slice(start, end))) {
    start += m[0].length;
  }
  const trailing = TRAILING_NOISE.exec(text.slice(start, end));
  if (trailing) end -= trailing[0].length;
  if (end <= start) return null;
  const reading = readingOf(result);
  if (reading) return { start, end, timex: reading };
  // "now" kept by the prose filter ("right now", "five months now."): the time of writing, not a clock time.
  if (/^(?:right\s+)?now$/i.test(text.slice(start, end))) {
    return { start: end - 'now'.length, end, timex: { type: 'DATE', value: 'PRESENT_REF', anchored: true, stated: [], inferred: [] } };
  }
  // Chrono's "for/in/within + duration" results come with the preposition already cut off.
  const relativeDate = result.start.tags().has('result/relativeDate');
  const preposition = /\b(for|in|within)\s+$/i.exec(text.slice(Math.max(0, result.index - 8), result.index))?.[1]?.toLowerCase();
  let timex: Timex | null;
  if (relativeDate && preposition === 'for') {
    const value = composeDuration(result.text);
    timex = value ? { type: 'DURATION', value, anchored: false, stated: [], inferred: [] } : null;
  } else if (relativeDate && (preposition || OFFSET.test(result.text))) timex = fromOffset(result.text, result.start);
  else timex = fromComponents(result, text.slice(start, end), text, start, end, reference);
  if (!timex) return null;
  // "two months after [the talks]": TimeML tags the duration, the event anchors it.
  if (timex.type === 'DURATION') {
    const relation = /\s+(?:after|before)$/i.exec(text.slice(start, end));
    if (relation) end -= relation[0].length;
  }
  return { start, end, timex };
}

/** "two weeks ago" → the week two weeks back; "several years ago" → PAST_REF; "a month after" → P1M. */
function fromOffset(span: string, c: ParsedResult['start']): Timex | null {
  const units = [...span.matchAll(UNIT_WORD)].map((m) => (m[1] ?? '').toLowerCase().replace('fortnight', 'week') as Unit);
  const unit = smallest(units);
  if (!unit) return null;
  if (/\b(?:few|several|many|some)\b/i.test(span)) {
    if (/\bago$/i.test(span)) return { type: 'DATE', value: 'PAST_REF', anchored: true, stated: [], inferred: [] };
    return null;
  }
  if (/\b(?:after|before)$/i.test(span) && units.length === 1) {
    const amount = /^(?:\S+\s+)*?(\S+)\s+\w+\s+(?:after|before)$/i.exec(span)?.[1] ?? '';
    const count = parseNumber(amount);
    if (count === null) return null; // "the day before"
    const value = durationValue(count, unit);
    if (value) return { type: 'DURATION', value, anchored: false, stated: [], inferred: [] };
  }
  const date: CalendarDate = { year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
  const timex = unitTimex(date, unit === 'hour' || unit === 'minute' ? 'day' : unit);
  // In an earnings story "a year ago" is the same quarter a year back.
  if (/^an?\s+year\s+(?:ago|earlier)$/i.test(span)) timex.follows = { unit: 'quarter', years: -1, orElse: 'keep' };
  return timex;
}

function fromComponents(result: ParsedResult, span: string, text: string, start: number, end: number, reference: CalendarDate): Timex | null {
  const c = result.start;
  const tags = c.tags();
  const componentDate = (): CalendarDate => ({ year: c.get('year') ?? reference.year, month: c.get('month') ?? 1, day: c.get('day') ?? 1 });
  const partOfDay = /\bnight\b/i.test(span) && !c.isCertain('hour') ? 'NI' : [...tags].map((tag) => PARTS_OF_DAY[tag]).find(Boolean);
  const relative = tags.has('result/relativeDate') || [...tags].some((tag) => tag.startsWith('casualReference/')) || /last\s*night/i.test(span);

  let resolution: Resolution<CalendarDate>;
  let anchored = true;
  const stated: DatePart[] = [];
  const inferred: DatePart[] = [];
  let granularity: 'day' | 'month' = 'day';

  if (c.isCertain('weekday') && !c.isCertain('day')) {
    // "next/last/this Friday" as chrono computes it; a bare "Friday" by the tense of its sentence.
    resolution = /\b(?:this|last|past|next)\b/i.test(span)
      ? { value: componentDate() }
      : resolveWeekday(reference, c.get('weekday') ?? 0, () => tenseAround(text, start, end));
    inferred.push('year', 'month', 'day');
  } else if (relative || (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('year'))) {
    resolution = { value: componentDate() };
    inferred.push('year', 'month', 'day');
  } else {
    if (!c.isCertain('month')) return null; // a year alone comes from our own parser
    granularity = c.isCertain('day') ? 'day' : 'month';
    stated.push('month');
    if (granularity === 'day') stated.push('day');
    const month = c.get('month') ?? 1;
    if (c.isCertain('year')) {
      resolution = { value: componentDate() };
      stated.unshift('year');
      anchored = false;
    } else {
      const tenseOf: TenseOf = () => tenseAround(text, start, end);
      const lead = leadOf(text, start);
      const pastEvent = (): boolean => pastEventBefore(text, start);
      if (granularity === 'day') resolution = resolveMonthDay(reference, month, c.get('day') ?? 1, tenseOf, lead, pastEvent);
      else {
        const byMonth = resolveMonth(reference, month, tenseOf, lead, pastEvent);
        resolution = { ...byMonth, value: { year: byMonth.value, month, day: 1 } };
      }
      inferred.push('year');
    }
  }
  const date = resolution.value;
  if (!isValidDate(date)) return null;

  const hasTime = granularity === 'day' && (c.isCertain('hour') || Boolean(partOfDay));
  let value = granularity === 'day' ? formatDate(date) : formatMonth(date.year, date.month);
  if (hasTime) {
    stated.push('time');
    value += `T${c.isCertain('hour') ? formatTime(c.get('hour') ?? 0, c.get('minute') ?? 0) : partOfDay}`;
  }
  return {
    type: hasTime ? 'TIME' : 'DATE', value, anchored, stated, inferred,
    ...(resolution.direction ? { direction: resolution.direction } : {}),
    ...(resolution.reason ? { reason: resolution.reason } : {}),
  };
}

const UNIT_ORDER: Unit[] = ['minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const smallest = (units: Unit[]): Unit | undefined =>
  units.sort((a, b) => UNIT_ORDER.indexOf(a) - UNIT_ORDER.indexOf(b))[0];
