// Pure proleptic-Gregorian calendar arithmetic on plain integers.
// Nothing here touches `Date`, so results never depend on the machine's time zone or clock.

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface IsoWeek {
  year: number;
  week: number;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The month (1-12) of an English month name or its abbreviation, with or without a dot ("March", "Sept.", "jan"); 0 for none. */
export function monthNumber(name: string): number {
  const word = name.replace(/\.$/, '').toLowerCase();
  return word.length < 3 ? 0 : MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(word)) + 1;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil), exact for any year.
export function toDayNumber(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) && Number.isInteger(date.month) && Number.isInteger(date.day) &&
    date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)
  );
}

/** 0 = Sunday … 6 = Saturday (the convention of JS and chrono). */
export function dayOfWeek(date: CalendarDate): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function weekdayName(date: CalendarDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)] ?? '';
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/** ISO 8601 week: weeks start on Monday; week 1 is the week holding the year's first Thursday. */
export function isoWeek(date: CalendarDate): IsoWeek {
  const isoDow = dayOfWeek(date) || 7;
  const thursday = addDays(date, 4 - isoDow);
  const jan1 = toDayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

export function isoWeekMonday(week: IsoWeek): CalendarDate {
  const jan4 = { year: week.year, month: 1, day: 4 };
  const mondayOfWeek1 = addDays(jan4, 1 - (dayOfWeek(jan4) || 7));
  return addDays(mondayOfWeek1, (week.week - 1) * 7);
}

/** Moves to the closest occurrence of `weekday` strictly before (step -1) or after (step +1) `date`. */
export function stepToWeekday(date: CalendarDate, weekday: number, step: 1 | -1): CalendarDate {
  const diff = (((weekday - dayOfWeek(date)) * step) % 7 + 7) % 7 || 7;
  return addDays(date, diff * step);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

const pad = (n: number, width: number): string => {
  const digits = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${digits}` : digits;
};

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${formatYear(year)}-${pad(month, 2)}`;
export const formatDate = (date: CalendarDate): string => `${formatMonth(date.year, date.month)}-${pad(date.day, 2)}`;
export const formatWeek = (week: IsoWeek): string => `${formatYear(week.year)}-W${pad(week.week, 2)}`;
export const formatTime = (hour: number, minute: number): string => `${pad(hour, 2)}:${pad(minute, 2)}`;

/** "Saturday 2025-04-19", the form used in explanations. */
export const describeDay = (date: CalendarDate): string => `${weekdayName(date)} ${formatDate(date)}`;
