// A chrono parser for named holidays ("Christmas", "Thanksgiving Day", "Easter", "Election Day"), resolved to
// the occurrence the sentence's tense points to (or the nearest one).
import { type CalendarDate, addDays, dayOfWeek, daysInMonth, formatDate } from './calendar';
import { anyOf } from './keywords';
import { emit, referenceOf, regexParser, type KeyedParser } from './parser-kit';
import { pick } from './resolve';
import { tenseAround } from './tense';

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - dayOfWeek(first) + 7) % 7) + 7 * (n - 1));
}

const fixed = (month: number, day: number) => (year: number): CalendarDate => ({ year, month, day });

const HOLIDAYS: Array<[RegExp, (year: number) => CalendarDate]> = [
  [/^christmas\s+eve/i, fixed(12, 24)],
  [/^(?:christmas|xmas)/i, fixed(12, 25)],
  [/^new\s+year['’]?s\s+eve/i, fixed(12, 31)],
  [/^new\s+year/i, fixed(1, 1)],
  [/^boxing/i, fixed(12, 26)],
  [/^valentine/i, fixed(2, 14)],
  [/^halloween/i, fixed(10, 31)],
  [/^(?:independence\s+day|(?:the\s+)?fourth\s+of\s+july|july\s+fourth)/i, fixed(7, 4)],
  [/^thanksgiving/i, (year) => nthWeekday(year, 11, 4, 4)],
  [/^labou?r\s+day/i, (year) => nthWeekday(year, 9, 1, 1)],
  [/^memorial\s+day/i, (year) => nthWeekday(year, 5, 1, -1)],
  [/^good\s+friday/i, (year) => addDays(easter(year), -2)],
  // US Election Day: the Tuesday after the first Monday of November.
  [/^election\s+day/i, (year) => addDays(nthWeekday(year, 11, 1, 1), 1)],
  [/^black\s+friday/i, (year) => addDays(nthWeekday(year, 11, 4, 4), 1)],
  [/^veterans['’]?\s+day/i, fixed(11, 11)],
  [/^juneteenth/i, fixed(6, 19)],
  [/^mother['’]?s\s+day/i, (year) => nthWeekday(year, 5, 0, 2)],
  [/^father['’]?s\s+day/i, (year) => nthWeekday(year, 6, 0, 3)],
  [/^st\.?\s+patrick['’]?s\s+day/i, fixed(3, 17)],
  [/^easter/i, easter],
];

const holidayParser = regexParser(
  /\b(?:Christmas(?:\s+(?:Day|Eve))?|Xmas|New\s+Year['’]?s(?:\s+(?:Day|Eve))|Boxing\s+Day|Valentine['’]?s\s+Day|Halloween|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth|Thanksgiving(?:\s+Day)?|Labou?r\s+Day|Memorial\s+Day|Good\s+Friday|Easter(?:\s+Sunday)?|Election\s+Day|Black\s+Friday|Veterans['’]?\s+Day|Juneteenth|Mother['’]?s\s+Day|Father['’]?s\s+Day|St\.?\s+Patrick['’]?s\s+Day)(?:,?\s+(\d{4}))?\b/,
  (context, match, index) => {
    const make = HOLIDAYS.find(([pattern]) => pattern.test(match[0]))?.[1];
    if (!make) return null;
    if (match[1]) {
      return emit(context, index, match[0], {
        type: 'DATE', value: formatDate(make(Number(match[1]))), anchored: false, stated: ['year', 'month', 'day'], inferred: [],
      });
    }
    const resolved = pick(make, referenceOf(context), () => tenseAround(context.text, index, index + match[0].length));
    return emit(context, index, match[0], {
      type: 'DATE', value: formatDate(resolved.value), anchored: true, stated: ['month', 'day'], inferred: ['year'],
      ...(resolved.direction ? { direction: resolved.direction } : {}), ...(resolved.reason ? { reason: resolved.reason } : {}),
    });
  },
  anyOf(
    'christmas|xmas|year|boxing|valentine|halloween|independence|fourth|thanksgiving|labor|labour|memorial|good|easter|election|black|veterans|juneteenth|mother|father|patrick',
    /Christmas|Xmas|Year|Boxing|Valentine|Halloween|Independence|Fourth|Thanksgiving|Labou?r|Memorial|Good|Easter|Election|Black|Veterans|Juneteenth|Mother|Father|Patrick/,
  ),
);

export const holidayParsers: KeyedParser[] = [holidayParser];
