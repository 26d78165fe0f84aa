// The normalised form of one mention (before it gets its place in the text), and how to say it in words.
import {
  type CalendarDate, addDays, addMonths, describeDay, formatDate, formatMonth, formatWeek, formatYear, isoWeek,
  isoWeekMonday, monthName,
} from './calendar';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type DatePart = 'year' | 'month' | 'day' | 'week' | 'time';
export type Direction = 'past' | 'future';
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Timex {
  type: TimexType;
  value: string;
  /** Whether the reference date was needed to compute the value. */
  anchored: boolean;
  stated: DatePart[];
  inferred: DatePart[];
  direction?: Direction;
  /** Why an ambiguous form was resolved this way, e.g. "the sentence is in the past tense". */
  reason?: string;
  /** A clause added to the explanation, e.g. how the story's context decided the value. */
  note?: string;
  /**
   * Internal: the value is "the quarter the story is about" (the last quarter mentioned),
   * shifted by `years` or put in `year`; or the last day the story named, shifted by `days`
   * ("the next day"). Without such a quarter or day keep this value or drop the mention.
   */
  follows?: { unit: 'quarter'; years: number; year?: number; orElse: 'keep' | 'drop' } | { unit: 'day'; days: number; orElse: 'keep' | 'drop' };
}

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'the morning', AF: 'the afternoon', EV: 'the evening', NI: 'the night' };
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const WEEKDAYS_ISO = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A TIMEX3 value in words: "Saturday 2025-04-26", "the ISO week 2025-W17 (Monday … to Sunday …)". */
export function describeValue(type: TimexType, value: string): string {
  if (type === 'DURATION') return `a duration of ${describePeriod(value)} (${value})`;
  if (type === 'SET') {
    const weekday = /^XXXX-WXX-(\d)$/.exec(value);
    if (weekday) return `a recurring day: every ${WEEKDAYS_ISO[Number(weekday[1]) - 1] ?? weekday[1]} (${value})`;
    const month = /^XXXX-(\d\d)$/.exec(value);
    if (month) return `a recurring month: every ${monthName(Number(month[1]))} (${value})`;
    return `a recurring period: every ${describePeriod(value, true)} (${value})`;
  }
  if (value === 'PAST_REF') return 'an unspecified time in the past (PAST_REF)';
  if (value === 'PRESENT_REF') return 'the present (PRESENT_REF)';
  if (value === 'FUTURE_REF') return 'an unspecified time in the future (FUTURE_REF)';
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d:\d\d|MO|AF|EV|NI))?$/.exec(value);
  if (m) {
    const day = describeDay({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    if (!m[4]) return day;
    return PARTS_OF_DAY[m[4]] ? `${PARTS_OF_DAY[m[4]]} of ${day}` : `${m[4]} on ${day}`;
  }
  m = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value);
  if (m) {
    const monday = isoWeekMonday({ year: Number(m[1]), week: Number(m[2]) });
    if (m[3]) return `the weekend of the ISO week ${value.slice(0, -3)} (${describeDay(addDays(monday, 5))} and ${describeDay(addDays(monday, 6))})`;
    return `the ISO week ${value} (${describeDay(monday)} to ${describeDay(addDays(monday, 6))})`;
  }
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) return `${monthName(Number(m[2]))} ${m[1]} (${value})`;
  m = /^(\d{4})-Q(\d)$/.exec(value);
  if (m) return `the ${ORDINALS[Number(m[2]) - 1] ?? m[2]} quarter of ${m[1]} (${value})`;
  m = /^(\d{4})-H(\d)$/.exec(value);
  if (m) return `the ${m[2] === '1' ? 'first' : 'second'} half of ${m[1]} (${value})`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2] ?? ''] ?? m[2]} ${m[1]} (${value})`;
  if (/^\d{4}$/.test(value)) return `the year ${value}`;
  if (/^\d{3}$/.test(value)) return `the decade ${value}0–${value}9 (${value})`;
  if (/^\d{2}$/.test(value)) return `the century ${value}00–${value}99 (${value})`;
  return value;
}

const DATE_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', Q: 'quarter' };
const TIME_UNITS: Record<string, string> = { H: 'hour', M: 'minute', S: 'second' };

/** "PT4H" → "4 hours", "P2Y6M" → "2 years 6 months", "PXM" → "some months"; `singular` for "every year". */
function describePeriod(value: string, singular = false): string {
  const m = /^P([^T]*)(?:T(.*))?$/.exec(value);
  if (!m) return value;
  const parts: string[] = [];
  for (const [section, units] of [[m[1] ?? '', DATE_UNITS], [m[2] ?? '', TIME_UNITS]] as const) {
    for (const [, count = '', letter = ''] of section.matchAll(/(\d+(?:\.\d+)?|X)([A-Z])/g)) {
      const unit = units[letter];
      if (!unit) return value;
      if (count === 'X') parts.push(`some ${unit}s`);
      else if (count === '1') parts.push(singular ? unit : `1 ${unit}`);
      else parts.push(`${count} ${unit}s`);
    }
  }
  return parts.length > 0 ? parts.join(' ') : value;
}

/** One human sentence about the mention. */
export function explain(text: string, timex: Timex, reference: CalendarDate): string {
  const anchor = timex.anchored ? `, relative to the publication date ${describeDay(reference)},` : '';
  const why = timex.direction && timex.reason ? ` (the ${timex.direction === 'past' ? 'previous' : 'next'} one: ${timex.reason})` : '';
  const note = timex.note ? `, ${timex.note}` : '';
  return `“${text}”${anchor} is ${describeValue(timex.type, timex.value)}${why}${note}.`;
}

/** A date read at the granularity the text speaks at: "two weeks ago" is a week, "a year ago" a year. */
export function unitTimex(date: CalendarDate, unit: Unit): Timex {
  const timex = (value: string, inferred: DatePart[]): Timex => ({ type: 'DATE', value, anchored: true, stated: [], inferred });
  switch (unit) {
    case 'week': return timex(formatWeek(isoWeek(date)), ['year', 'week']);
    case 'month': return timex(formatMonth(date.year, date.month), ['year', 'month']);
    case 'quarter': return timex(`${formatYear(date.year)}-Q${Math.ceil(date.month / 3)}`, ['year', 'month']);
    case 'year': return timex(formatYear(date.year), ['year']);
    default: return timex(formatDate(date), ['year', 'month', 'day']);
  }
}

/** The date `amount` units after `date` (negative: before). */
export function shiftDate(date: CalendarDate, unit: Unit, amount: number): CalendarDate {
  switch (unit) {
    case 'week': return addDays(date, 7 * amount);
    case 'month': return addMonths(date, amount);
    case 'quarter': return addMonths(date, 3 * amount);
    case 'year': return addMonths(date, 12 * amount);
    default: return addDays(date, unit === 'day' ? amount : 0);
  }
}
