// Which occurrence a bare weekday, month or month-and-day means, from the tense of its sentence.
import { type CalendarDate, compareDates, dayOfWeek, stepToWeekday, toDayNumber } from './calendar';
import type { Lead, Tense } from './tense';

/** The tense of the mention's sentence, asked for only when the choice depends on it (it costs a scan of the sentence). */
export type TenseOf = () => Tense | null;
/** Whether a verb of an event already over governs the mention ("was killed in January"): see pastEventBefore in tense.ts. */
export type PastEventBefore = () => boolean;
import type { Direction } from './timex';

export interface Resolution<T> {
  value: T;
  direction?: Direction;
  reason?: string;
}

const TENSE_REASON: Record<Tense, string> = {
  past: 'the sentence is in the past tense',
  future: 'the sentence speaks of the future',
};
const PAST_EVENT_REASON = 'a verb of an event already over comes just before it ("was killed in", "died on")';

/**
 * A bare weekday in news: the reference day itself when it is that weekday (wire style names
 * the day instead of saying "today"); otherwise the previous occurrence in a past or
 * present-perfect sentence, the next one in a future sentence, and the previous one when the
 * sentence has no cue, since reports mostly look back.
 */
export function resolveWeekday(reference: CalendarDate, weekday: number, tenseOf: TenseOf): Resolution<CalendarDate> {
  if (dayOfWeek(reference) === weekday) return { value: reference };
  const tense = tenseOf();
  if (tense === 'future') return { value: stepToWeekday(reference, weekday, 1), direction: 'future', reason: TENSE_REASON.future };
  return {
    value: stepToWeekday(reference, weekday, -1),
    direction: 'past',
    reason: tense === 'past' ? TENSE_REASON.past : 'the sentence has no tense cue, and news reports mostly look back',
  };
}

/**
 * A month name without a year: the nearest occurrence when it is within five months back or
 * three ahead of the reference month (see pick); farther ones go by tense — the latest
 * occurrence not after the reference in a past sentence, the earliest not before it in a future
 * one, else still the nearest.
 * (Tense cues are noisy — "the reduced dividend is payable Jan. 2" — and a date a few weeks
 * away is nearly always the one meant; on TempEval-3 this beats both pure rules.)
 */
export function resolveMonth(reference: CalendarDate, month: number, tenseOf: TenseOf, lead: Lead = null, pastEvent: PastEventBefore = NO_PAST_EVENT): Resolution<number> {
  const resolved = pick((year) => ({ year, month, day: 1 }), { ...reference, day: 1 }, tenseOf, lead, pastEvent);
  return { ...resolved, value: resolved.value.year };
}

/** A month and day without a year ("Nov. 21"): as resolveMonth, at day precision. */
export function resolveMonthDay(reference: CalendarDate, month: number, day: number, tenseOf: TenseOf, lead: Lead = null, pastEvent: PastEventBefore = NO_PAST_EVENT): Resolution<CalendarDate> {
  return pick((year) => ({ year, month, day }), reference, tenseOf, lead, pastEvent);
}

const NEAR_DAYS = 150;
/**
 * How far ahead the nearest occurrence may lie and still be taken whatever the tense: a past
 * sentence looks back further than a quarter ("prices fell in mid-March", written in November,
 * is the March before), unless the month ends or starts something planned ("pay down the loan by
 * February", "effective Feb. 1"). On TempEval-3 dev this asymmetry is worth 4 values (1,424 ->
 * 1,428: "stepped down in March", "the year ended March 31" in October articles), 1 on MEANTIME.
 */
const NEAR_DAYS_AHEAD = 90;

const NO_PAST_EVENT: PastEventBefore = () => false;

/**
 * A yearly date (`at` gives it for a year): the nearest occurrence, or when that is far (more
 * than NEAR_DAYS_AHEAD ahead, NEAR_DAYS back), the one the tense says. After "since" ("closed
 * since March") only the latest one not after the reference will do, however near the next one
 * is; so after a verb of an event already over ("was killed in January", written in November),
 * which says more than a tense.
 */
export function pick(at: (year: number) => CalendarDate, reference: CalendarDate, tenseOf: TenseOf, lead: Lead = null, pastEvent: PastEventBefore = NO_PAST_EVENT): Resolution<CalendarDate> {
  const candidates = [at(reference.year - 1), at(reference.year), at(reference.year + 1)];
  if (lead === 'since') {
    const latest = candidates.filter((c) => compareDates(c, reference) <= 0).pop() as CalendarDate;
    return compareDates(latest, reference) === 0 ? { value: latest } : { value: latest, direction: 'past', reason: 'it follows "since"' };
  }
  const refDay = toDayNumber(reference);
  const nearest = candidates.reduce((best, c) => (Math.abs(toDayNumber(c) - refDay) < Math.abs(toDayNumber(best) - refDay) ? c : best));
  const ahead = toDayNumber(nearest) - refDay;
  const near = ahead > 0 && lead !== 'until' ? ahead <= NEAR_DAYS_AHEAD : Math.abs(ahead) <= NEAR_DAYS;
  if (ahead > 0 && pastEvent()) {
    const latest = candidates.filter((c) => compareDates(c, reference) <= 0).pop() as CalendarDate;
    return { value: latest, direction: 'past', reason: PAST_EVENT_REASON };
  }
  const tense = near ? null : tenseOf();
  let chosen = nearest;
  if (tense === 'past') chosen = candidates.filter((c) => compareDates(c, reference) <= 0).pop() ?? nearest;
  else if (tense === 'future') chosen = candidates.find((c) => compareDates(c, reference) >= 0) ?? nearest;
  const order = compareDates(chosen, reference);
  if (order === 0) return { value: chosen };
  return { value: chosen, direction: order < 0 ? 'past' : 'future', reason: tense ? TENSE_REASON[tense] : 'it is the nearest one' };
}
