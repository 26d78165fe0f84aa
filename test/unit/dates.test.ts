import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates, isoWeek, weekdayName, type CalendarDate, type DateMention } from '../../src/core/dates';

const SAT_0419: CalendarDate = { year: 2025, month: 4, day: 19 };
const SUN_0420: CalendarDate = { year: 2025, month: 4, day: 20 };

const sample = (name: string): string => readFileSync(join(__dirname, '../../../samples', name), 'utf8');
const SAMPLE_000 = '000_56f81b581865dfc8.txt';
const SAMPLE_001 = '001_3cb9e0cab7a863e9.txt';

/** The one mention whose text is `text` (the n-th if repeated). */
function mention(mentions: DateMention[], text: string, nth = 0): DateMention {
  const found = mentions.filter((m) => m.text === text)[nth];
  assert.ok(found, `no mention "${text}" in ${JSON.stringify(mentions.map((m) => m.text))}`);
  return found;
}

/** [text, type, value] of every mention, for compact assertions on short inputs. */
const brief = (text: string, reference: CalendarDate = SUN_0420): Array<[string, string, string]> =>
  findDates(text, reference).map((m) => [m.text, m.type, m.value]);

describe('dates: calendar helpers', () => {
  it('names weekdays', () => {
    assert.equal(weekdayName(SAT_0419), 'Saturday');
    assert.equal(weekdayName(SUN_0420), 'Sunday');
    assert.equal(weekdayName({ year: 2000, month: 2, day: 29 }), 'Tuesday');
    assert.equal(weekdayName({ year: 1900, month: 1, day: 1 }), 'Monday');
  });

  it('computes ISO weeks, including the year edges', () => {
    assert.deepEqual(isoWeek(SAT_0419), { year: 2025, week: 16 });
    assert.deepEqual(isoWeek(SUN_0420), { year: 2025, week: 16 });
    assert.deepEqual(isoWeek({ year: 2025, month: 4, day: 21 }), { year: 2025, week: 17 });
    assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 3 }), { year: 2020, week: 53 });
    assert.deepEqual(isoWeek({ year: 2024, month: 12, day: 30 }), { year: 2025, week: 1 });
    assert.deepEqual(isoWeek({ year: 2026, month: 1, day: 1 }), { year: 2026, week: 1 });
  });

  it('rejects an invalid reference date', () => {
    assert.throws(() => findDates('today', { year: 2025, month: 2, day: 30 }), RangeError);
  });
});

describe('dates: sample 000 (published Saturday 2025-04-19)', () => {
  const text = sample(SAMPLE_000);
  const mentions = findDates(text, SAT_0419);

  it('reads the dateline "2025-04-19" as a fully stated date', () => {
    const m = mention(mentions, '2025-04-19');
    assert.equal(m.type, 'DATE');
    assert.equal(m.value, '2025-04-19');
    assert.equal(m.anchor, null);
    assert.deepEqual(m.stated, ['year', 'month', 'day']);
    assert.equal(text.indexOf('2025-04-19'), m.start);
  });

  it('reads "next week" as the ISO week after the publication week', () => {
    const m = mention(mentions, 'next week');
    assert.equal(m.value, '2025-W17');
    assert.equal(m.anchor, '2025-04-19');
    assert.deepEqual(m.inferred, ['year', 'week']);
    assert.equal(
      m.explanation,
      '“next week”, relative to the publication date Saturday 2025-04-19, is the ISO week 2025-W17 (Monday 2025-04-21 to Sunday 2025-04-27).',
    );
  });

  it('reads "last week" as 2025-W15', () => {
    assert.equal(mention(mentions, 'last week').value, '2025-W15');
  });

  it('reads "recently" as PAST_REF and "the last few months" as a vague duration', () => {
    assert.equal(mention(mentions, 'recently').value, 'PAST_REF');
    const months = mention(mentions, 'the last few months');
    assert.equal(months.type, 'DURATION');
    assert.equal(months.value, 'PXM');
  });

  it('does not tag the discourse adverb "now", "the interim" or "long-term"', () => {
    const texts = mentions.map((m) => m.text.toLowerCase());
    assert.ok(!texts.includes('now'), JSON.stringify(texts));
    assert.ok(!texts.some((t) => t.includes('interim') || t.includes('long-term')), JSON.stringify(texts));
  });

  it('tags "annual" as a yearly set', () => {
    const m = mention(mentions, 'annual');
    assert.equal(m.type, 'SET');
    assert.equal(m.value, 'P1Y');
  });
});

describe('dates: sample 001 (published Sunday 2025-04-20)', () => {
  const text = sample(SAMPLE_001);
  const mentions = findDates(text, SUN_0420);

  it('reads the fully stated dates without an anchor', () => {
    const apr20 = mention(mentions, 'Apr. 20, 2025');
    assert.equal(apr20.value, '2025-04-20');
    assert.equal(apr20.anchor, null);
    const apr19 = mention(mentions, 'April 19, 2025');
    assert.equal(apr19.value, '2025-04-19');
    assert.equal(apr19.anchor, null);
  });

  it('reads "Saturday\'s second round" in a present-perfect sentence as the Saturday just gone', () => {
    const m = mention(mentions, 'Saturday');
    assert.ok(text.slice(m.start, m.end + 2) === "Saturday's", 'the mention is the weekday without the possessive');
    assert.equal(m.type, 'DATE');
    assert.equal(m.value, '2025-04-19');
    assert.equal(m.direction, 'past');
    assert.equal(m.anchor, '2025-04-20');
  });

  it('reads "next Saturday" as the coming Saturday', () => {
    const m = mention(mentions, 'next Saturday');
    assert.equal(m.value, '2025-04-26');
    assert.equal(
      m.explanation,
      '“next Saturday”, relative to the publication date Sunday 2025-04-20, is Saturday 2025-04-26.',
    );
  });

  it('reads "four hours" as PT4H', () => {
    const m = mention(mentions, 'four hours');
    assert.equal(m.type, 'DURATION');
    assert.equal(m.value, 'PT4H');
    assert.equal(m.anchor, null);
  });

  it('reads the years in "of 2015—which … from in 2018—are"', () => {
    assert.equal(mention(mentions, '2015').value, '2015');
    assert.equal(mention(mentions, '2018').value, '2018');
    assert.equal(mention(mentions, '2018').type, 'DATE');
  });

  it('reads "next week" from a Sunday as the week starting the next day', () => {
    assert.equal(mention(mentions, 'next week').value, '2025-W17');
  });
});

describe('dates: invariants', () => {
  for (const [name, reference] of [[SAMPLE_000, SAT_0419], [SAMPLE_001, SUN_0420]] as const) {
    it(`returns sorted, non-overlapping mentions whose text is the slice (${name})`, () => {
      const text = sample(name);
      const mentions = findDates(text, reference);
      assert.ok(mentions.length > 5);
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        assert.equal(m.text, text.slice(m.start, m.end));
        assert.ok(m.start < m.end);
        if (i > 0) assert.ok(mentions[i - 1]!.end <= m.start, `${mentions[i - 1]!.text} overlaps ${m.text}`);
        assert.ok(m.explanation.startsWith(`“${m.text}”`), m.explanation);
        assert.equal(m.anchor === null, !m.explanation.includes('relative to'));
      }
    });
  }

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    const run = (): string => JSON.stringify([
      findDates(sample(SAMPLE_000), SAT_0419),
      findDates(sample(SAMPLE_001), SUN_0420),
      findDates('On March 30 at 2:30 a.m., clocks changed; yesterday and tomorrow, last month and next year.', { year: 2025, month: 3, day: 30 }),
    ]);
    try {
      process.env.TZ = 'UTC';
      const utc = run();
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        assert.equal(run(), utc, zone);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('is deterministic across calls', () => {
    const text = sample(SAMPLE_001);
    assert.deepEqual(findDates(text, SUN_0420), findDates(text, SUN_0420));
  });

  it('handles empty and date-free text', () => {
    assert.deepEqual(findDates('', SUN_0420), []);
    assert.deepEqual(findDates('No dates here at all.', SUN_0420), []);
  });
});

describe('dates: weekdays and tense', () => {
  it('resolves a bare weekday by the tense of its sentence', () => {
    assert.deepEqual(brief('The ministers will meet on Saturday.'), [['Saturday', 'DATE', '2025-04-26']]);
    assert.deepEqual(brief('The talks are set to resume Saturday.'), [['Saturday', 'DATE', '2025-04-26']]);
    assert.deepEqual(brief('The ministers met on Saturday.'), [['Saturday', 'DATE', '2025-04-19']]);
    assert.deepEqual(brief('Officials have hailed Friday’s agreement.'), [['Friday', 'DATE', '2025-04-18']]);
  });

  it('reads tense cues spelt with a long s or a Kelvin sign, as Unicode case folding does', () => {
    assert.deepEqual(brief('The ministers ſhall meet on Saturday.'), [['Saturday', 'DATE', '2025-04-26']]);
    assert.deepEqual(brief('The vote, due to ta\u212Ae place on Saturday, matters.'), [['Saturday', 'DATE', '2025-04-26']]);
    assert.deepEqual(brief('The vote, due to tame place on Saturday, matters.'), [['Saturday', 'DATE', '2025-04-19']]);
  });

  it('takes a weekday equal to the reference weekday as the reference day itself', () => {
    const [m] = findDates('The talks took place Sunday.', SUN_0420);
    assert.equal(m?.value, '2025-04-20');
    assert.equal(m?.direction, undefined);
  });

  it('explains the direction it chose', () => {
    const [m] = findDates('They will meet on Saturday.', SUN_0420);
    assert.equal(m?.direction, 'future');
    assert.match(m?.explanation ?? '', /is Saturday 2025-04-26 \(the next one: the sentence speaks of the future\)\.$/);
  });

  it('reads modified weekdays', () => {
    assert.deepEqual(brief('They met last Friday.'), [['last Friday', 'DATE', '2025-04-18']]);
    assert.deepEqual(brief('Next Saturday, they meet.'), [['Next Saturday', 'DATE', '2025-04-26']]);
  });
});

describe('dates: relative days, weeks, months and years', () => {
  it('reads yesterday, today and tomorrow', () => {
    assert.deepEqual(brief('He left yesterday, is here today and returns tomorrow.'), [
      ['yesterday', 'DATE', '2025-04-19'], ['today', 'DATE', '2025-04-20'], ['tomorrow', 'DATE', '2025-04-21'],
    ]);
  });

  it('reads weeks as ISO weeks', () => {
    assert.deepEqual(brief('It was quiet last week; this week is busy; next week too.', SAT_0419), [
      ['last week', 'DATE', '2025-W15'], ['this week', 'DATE', '2025-W16'], ['next week', 'DATE', '2025-W17'],
    ]);
    assert.deepEqual(brief('Two weeks ago the talks stalled.', SAT_0419), [['Two weeks ago', 'DATE', '2025-W14']]);
  });

  it('reads months and years', () => {
    assert.deepEqual(brief('Prices rose last month and will fall next month.'), [
      ['last month', 'DATE', '2025-03'], ['next month', 'DATE', '2025-05'],
    ]);
    assert.deepEqual(brief('Growth slowed this year after last year.'), [['this year', 'DATE', '2025'], ['last year', 'DATE', '2024']]);
    assert.deepEqual(brief('A year ago, nobody cared.'), [['A year ago', 'DATE', '2024']]);
  });

  it('reads bare months by nearness and tense', () => {
    assert.deepEqual(brief('The talks began in March.'), [['March', 'DATE', '2025-03']]);
    assert.deepEqual(brief('The talks will resume in May.'), [['May', 'DATE', '2025-05']]);
    assert.deepEqual(brief('The law was passed in October.'), [['October', 'DATE', '2024-10']]);
    assert.deepEqual(brief('The vote will be held in October.'), [['October', 'DATE', '2025-10']]);
    assert.deepEqual(brief('It happened last March.'), [['last March', 'DATE', '2025-03']]);
    assert.deepEqual(brief('It happened last May.'), [['last May', 'DATE', '2024-05']]);
    assert.deepEqual(brief('In January this year, talks began.'), [['January this year', 'DATE', '2025-01']]);
  });

  it('reads a month or a day in the year that "last/next/this year" names', () => {
    // Chrono alone reads "July 23" as the nearest July 23 and "next year" apart.
    assert.deepEqual(brief('The games will open on July 23 next year.'), [['July 23 next year', 'DATE', '2026-07-23']]);
    assert.deepEqual(brief('He was arrested on Jan. 5 last year.'), [['Jan. 5 last year', 'DATE', '2024-01-05']]);
    assert.deepEqual(brief('Prices peaked in October of last year.'), [['October of last year', 'DATE', '2024-10']]);
    assert.deepEqual(brief('The law takes effect in January of next year.'), [['January of next year', 'DATE', '2026-01']]);
    assert.deepEqual(brief('Sales rose in Sept. last year.'), [['Sept. last year', 'DATE', '2024-09']]);
    // A day the month lacks is no date: only "last year" is.
    assert.deepEqual(brief('It was due on February 30 last year.').map(([text]) => text), ['last year']);
  });

  it('reads stated months and years without an anchor', () => {
    const [m] = findDates('March 2024 was cold.', SUN_0420);
    assert.equal(m?.value, '2024-03');
    assert.equal(m?.anchor, null);
    assert.deepEqual(brief('It was founded in 1979 and reformed in mid-1998.'), [['1979', 'DATE', '1979'], ['1998', 'DATE', '1998']]);
  });

  it('reads month-and-day dates without a year as the nearest occurrence', () => {
    assert.deepEqual(brief('The deadline is Nov. 21.', { year: 1989, month: 10, day: 30 }), [['Nov. 21', 'DATE', '1989-11-21']]);
    assert.deepEqual(brief('It is payable Jan. 2.', { year: 1989, month: 11, day: 2 }), [['Jan. 2', 'DATE', '1990-01-02']]);
  });
});

describe('dates: years, decades, centuries and periods', () => {
  it('reads years after prepositions and before dashes', () => {
    assert.deepEqual(brief('It started in 2018.'), [['2018', 'DATE', '2018']]);
    assert.deepEqual(brief('the agreement of 2015—which failed'), [['2015', 'DATE', '2015']]);
    assert.deepEqual(brief('in fiscal 1998'), [['fiscal 1998', 'DATE', '1998']]);
  });

  it('reads decades and centuries as TIMEX3 truncated values', () => {
    assert.deepEqual(brief('In the 1990s, prices rose.'), [['the 1990s', 'DATE', '199']]);
    assert.deepEqual(brief('since the mid-1980s and the \'90s'), [['the mid-1980s', 'DATE', '198'], ['the \'90s', 'DATE', '199']]);
    assert.deepEqual(brief('in the 20th century'), [['the 20th century', 'DATE', '19']]);
  });

  it('reads quarters, following the quarter the story reports on', () => {
    const reference = { year: 1989, month: 10, day: 30 };
    assert.deepEqual(brief('Profit rose in the third quarter. In the quarter, sales fell from a year ago.', reference), [
      ['the third quarter', 'DATE', '1989-Q3'], ['the quarter', 'DATE', '1989-Q3'], ['a year ago', 'DATE', '1988-Q3'],
    ]);
    assert.deepEqual(brief('Fourth-quarter profit fell.', { year: 1990, month: 1, day: 15 }), [['Fourth-quarter', 'DATE', '1989-Q4']]);
  });

  it('reads a quarter named by its months ("the July-September quarter"), and no other range of months as a quarter', () => {
    const reference = { year: 2020, month: 11, day: 10 };
    assert.deepEqual(brief('GDP contracted in the April-June period and grew in the July-September quarter.', reference), [
      ['the April-June period', 'DATE', '2020-Q2'], ['the July-September quarter', 'DATE', '2020-Q3'],
    ]);
    assert.deepEqual(brief('Profit fell in the October-December quarter of 2019 and the Jan.-March months.', reference), [
      ['the October-December quarter of 2019', 'DATE', '2019-Q4'], ['the Jan.-March months', 'DATE', '2020-Q1'],
    ]);
    assert.ok(!brief('Sales rose in the June-August period.', reference).some(([, , value]) => /Q/.test(value)));
  });

  it('reads seasons, halves and holidays', () => {
    assert.deepEqual(brief('It was hot last summer.'), [['last summer', 'DATE', '2024-SU']]);
    assert.deepEqual(brief('Sales grew in the first half of 2024.'), [['the first half of 2024', 'DATE', '2024-H1']]);
    assert.deepEqual(brief('They met on Christmas Day.'), [['Christmas Day', 'DATE', '2024-12-25']]);
    assert.deepEqual(brief('Thanksgiving Day 2024'), [['Thanksgiving Day 2024', 'DATE', '2024-11-28']]);
    const NOV_10_2020 = { year: 2020, month: 11, day: 10 };
    assert.deepEqual(brief('Trump lost on Election Day.', NOV_10_2020), [['Election Day', 'DATE', '2020-11-03']]);
    assert.deepEqual(brief('Stores will open early on Black Friday.', NOV_10_2020), [['Black Friday', 'DATE', '2020-11-27']]);
    assert.deepEqual(brief('Election Day 2016'), [['Election Day 2016', 'DATE', '2016-11-08']]);
    assert.deepEqual(brief("Mother's Day 2021"), [["Mother's Day 2021", 'DATE', '2021-05-09']]);
    assert.deepEqual(brief('Juneteenth 2020'), [['Juneteenth 2020', 'DATE', '2020-06-19']]);
  });

  it('reads weekends as the weekend of an ISO week', () => {
    assert.deepEqual(brief('It rained last weekend.', { year: 2025, month: 4, day: 22 }), [['last weekend', 'DATE', '2025-W16-WE']]);
  });

  it('reads years in words', () => {
    assert.deepEqual(brief('The convictions were thrown out in nineteen ninety-six.'), [['nineteen ninety-six', 'DATE', '1996']]);
  });
});

describe('dates: durations, sets and vague references', () => {
  it('reads durations', () => {
    assert.deepEqual(brief('The talks lasted four hours.'), [['four hours', 'DURATION', 'PT4H']]);
    assert.deepEqual(brief('They waited two days.'), [['two days', 'DURATION', 'P2D']]);
    assert.deepEqual(brief('He served three years.'), [['three years', 'DURATION', 'P3Y']]);
    assert.deepEqual(brief('They lived there for 2 1/2 years.'), [['2 1/2 years', 'DURATION', 'P2Y6M']]);
    assert.deepEqual(brief('It took half an hour.'), [['half an hour', 'DURATION', 'PT30M']]);
    assert.deepEqual(brief('a two-year truce'), [['two-year', 'DURATION', 'P2Y']]);
    assert.deepEqual(brief('over the past two months'), [['the past two months', 'DURATION', 'P2M']]);
    assert.deepEqual(brief('the highest level in five years'), [['five years', 'DURATION', 'P5Y']]);
    assert.deepEqual(brief('It will be finished within a week.'), [['a week', 'DURATION', 'P1W']]);
  });

  it('reads "in N units" in a future sentence as a date', () => {
    assert.deepEqual(brief('They will meet again in two weeks.'), [['two weeks', 'DATE', '2025-W18']]);
  });

  it('reads sets', () => {
    assert.deepEqual(brief('an annual drill'), [['annual', 'SET', 'P1Y']]);
    assert.deepEqual(brief('They meet every week.'), [['every week', 'SET', 'P1W']]);
    assert.deepEqual(brief('Flights leave twice a day.'), [['a day', 'SET', 'P1D']]);
    assert.deepEqual(brief('Markets open each Monday.'), [['each Monday', 'SET', 'XXXX-WXX-1']]);
  });

  it('reads vague references to the past, present and future', () => {
    assert.deepEqual(brief('He was in Moscow recently.'), [['recently', 'DATE', 'PAST_REF']]);
    assert.deepEqual(brief('The current situation is calm.'), [['current', 'DATE', 'PRESENT_REF']]);
    assert.deepEqual(brief('It has not happened until now.'), [['now', 'DATE', 'PRESENT_REF']]);
    assert.deepEqual(brief('In the future, talks may resume.'), [['the future', 'DATE', 'FUTURE_REF']]);
    assert.deepEqual(brief('It happened several years ago.'), [['several years ago', 'DATE', 'PAST_REF']]);
  });
});

describe('dates: times', () => {
  it('reads clock times on the reference day', () => {
    assert.deepEqual(brief('They met at 3 p.m.'), [['3 p.m.', 'TIME', '2025-04-20T15:00']]);
    assert.deepEqual(brief('on April 18 at 10:30 a.m.'), [['April 18 at 10:30 a.m.', 'TIME', '2025-04-18T10:30']]);
  });

  it('reads parts of the day', () => {
    assert.deepEqual(brief('He spoke this morning.'), [['this morning', 'TIME', '2025-04-20TMO']]);
    assert.deepEqual(brief('The attack began Saturday night.'), [['Saturday night', 'TIME', '2025-04-19TNI']]);
  });
});

// The recogniser runs a parser only on sentences holding its keyword (recogniser.ts, and the
// keyword of each of our parsers); each sentence here holds just what one parser needs.
describe('dates: sentences with a single cue', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    // chrono's numeric dates
    ['He arrived on 12/03/2024 with 40 men.', [['12/03/2024', 'DATE', '2024-12-03']]],
    ['They met on 30.8.96 in Rome.', [['30.8.96', 'DATE', '1996-08-30']]],
    ['They met 08-30-1996 in Rome.', [['08-30-1996', 'DATE', '1996-08-30']]],
    ['It was built in 1996.', [['1996', 'DATE', '1996']]],
    ['Profit rose 1996.5 percent in 1996-97.', [['1996', 'DATE', '1996']]],
    ['Sales were 1,996 in FY1997.', [['FY1997', 'DATE', '1997']]],
    ['The vote on 1996-08-30 was close.', [['1996-08-30', 'DATE', '1996-08-30']]],
    ['It opened on 2024 Aug 30 in Paris.', [['2024 Aug 30', 'DATE', '2024-08-30']]],
    ['He paid 3/2024 dues.', [['3/2024', 'DATE', '2024-03']]],
    // chrono's month names
    ['Results are due Aug. 30, he said.', [['Aug. 30', 'DATE', '2025-08-30']]],
    ['Results are due August 30th, he said.', [['August 30th', 'DATE', '2025-08-30']]],
    ['They met on the fifth of May 1996.', [['fifth of May 1996', 'DATE', '1996-05-05']]],
    // (August 2025 is more than a quarter ahead of the publication day: the past tense says 2024.)
    ['They met 30th of August.', [['30th of August', 'DATE', '2024-08-30']]],
    ['They met in 1996 March.', [['1996 March', 'DATE', '1996-03']]],
    ['Sales rose in March.', [['March', 'DATE', '2025-03']]],
    // chrono's weekdays and words
    ["He lost on Friday's final.", [['Friday', 'DATE', '2025-04-18']]],
    ['He lost Saturday last week.', [['Saturday last week', 'DATE', '2025-04-19']]],
    ['He spoke tonight.', [['tonight', 'TIME', '2025-04-20TNI']]],
    // chrono's end-of-period refiner (skipped without "day of" / "end of")
    ['It must be done by the end of this month.', [['end of this month', 'DATE', '2025-04']]],
    ['Pay by the last day of March.', [['last day of March', 'DATE', '2025-03-31']]],
    // chrono's times of day: the only cue is digits
    ['The match starts at 10:30 GMT.', [['10:30 GMT', 'TIME', '2025-04-20T10:30']]],
    ['Trading closed at 4 pm in New York.', [['4 pm', 'TIME', '2025-04-20T16:00']]],
    ["Polls close at 8 o'clock.", [["8 o'clock", 'TIME', '2025-04-20T08:00']]],
    // chrono's relative dates: the only cue is the unit
    ['He left three days ago.', [['three days ago', 'DATE', '2025-04-17']]],
    ['They met 2 hours earlier, he said.', [['2 hours earlier', 'DATE', '2025-04-20']]],
    ['They met two weeks later.', [['two weeks later', 'DATE', '2025-W18']]],
    // our durations and sets
    ['He rested for five days.', [['five days', 'DURATION', 'P5D']]],
    ['It was a 15-day truce.', [['15-day', 'DURATION', 'P15D']]],
    ['He lived there for years.', [['years', 'DURATION', 'PXY']]],
    ['The show airs every week.', [['every week', 'SET', 'P1W']]],
    ['An annual meeting was held.', [['annual', 'SET', 'P1Y']]],
  ];
  for (const [text, expected] of cases) {
    it(`reads: ${text}`, () => assert.deepEqual(brief(text), expected));
  }
});

describe('dates: things that are not dates', () => {
  for (const text of [
    'Iran’s foreign minister is now supposed to visit Beijing.',
    'relations between the two countries are now at a strategic level',
    'Now Tehran appears to hope for a deal.',
    'It was a crime. Now, he says, it is not.',
    'The company now expects a loss.',
    '15 people were hurt and 4 were killed.',
    'Officials may meet. It may rain.',
    'The march was peaceful; they march again.',
    'talks would continue in the interim',
    'long-term cooperation',
    'Saturday Night Live aired a sketch.',
    'He held a second round of talks.',
    'He earned $2.07 a share.',
    'The result was 10-30 and 2.46 billion.',
    'Iraq imports about three-quarters of its food.',
    'Some 2000 troops arrived.',
    'In the fall of the government, the sun rose.',
  ]) {
    it(`finds nothing in: ${text}`, () => assert.deepEqual(brief(text), []));
  }
});

describe('dates: a month after "since" is the one before', () => {
  // Publication day 2020-11-09: the nearest March is 2021's, four months ahead; "since" rules it out.
  const NOV_09: CalendarDate = { year: 2020, month: 11, day: 9 };
  for (const [text, value] of [
    ['Schools have been closed since March.', '2020-03'],
    ['Prices have risen since mid-March.', '2020-03'],
    ['He has lived there since Jan. 5.', '2020-01-05'],
    ['They will meet in March.', '2021-03'],
  ] as const) {
    it(`reads ${value} in: ${text}`, () => assert.equal(brief(text, NOV_09)[0]?.[2], value));
  }
});

describe('dates: a month more than a quarter ahead goes by the tense', () => {
  // Publication day 2020-11-09: the nearest March (2021) is 112 days ahead, the nearest February 84.
  const NOV_09: CalendarDate = { year: 2020, month: 11, day: 9 };
  for (const [text, value] of [
    ['Prices fell in mid-March as the pandemic spread.', '2020-03'],
    ['He stepped down in March for health reasons.', '2020-03'],
    ['Talks will resume in March.', '2021-03'],
    // Within a quarter the nearest one is taken whatever the tense; so it is after "by", "through", "effective".
    ['The company said it would pay the dividend in February.', '2021-02'],
    ['KKR said it planned to pay down the loan by March.', '2021-03'],
    ['It created an office of the chairman, effective March 1.', '2021-03-01'],
    ['Lenders extended the loans through March.', '2021-03'],
  ] as const) {
    it(`reads ${value} in: ${text}`, () => assert.equal(brief(text, NOV_09)[0]?.[2], value));
  }

  it('reads a month or day within a quarter ahead as the one before after a verb of an event already over', () => {
    for (const [text, value] of [
      ['Kobe Bryant, killed in a helicopter crash in January, was honoured.', '2020-01'],
      ['Bryant was killed on Jan. 26.', '2020-01-26'],
      ['He died in January.', '2020-01'],
      // The verb must govern the date with nothing between that looks ahead.
      ['The vote was postponed until January.', '2021-01'],
      ['The vote was scheduled for January.', '2021-01'],
      ['The company agreed to acquire the bank in January.', '2021-01'],
      ['He was elected in November and will be sworn in in January.', '2021-01'],
    ] as const) {
      assert.equal(brief(text, NOV_09).at(-1)?.[2], value, text);
    }
    const killed = findDates('Bryant was killed on Jan. 26.', NOV_09)[0];
    assert.equal(killed?.direction, 'past');
    assert.match(killed?.explanation ?? '', /already over/);
  });

  it('reads no past tense in an adjective after an article and an adverb', () => {
    // "unspecified" is no verb: "would be paid" says the future.
    assert.deepEqual(brief('The split would be paid on a still unspecified date in March.', NOV_09), [['March', 'DATE', '2021-03']]);
  });
});

describe('dates: a day counted from the last day the story named', () => {
  const NOV_10: CalendarDate = { year: 2020, month: 11, day: 10 };
  it('reads "the next day", "the following day", "the day before" from the day named before them', () => {
    assert.deepEqual(brief('Fighting erupted on Sunday. The ceasefire collapsed the next day.', NOV_10), [['Sunday', 'DATE', '2020-11-08'], ['the next day', 'DATE', '2020-11-09']]);
    assert.deepEqual(brief('He was arrested on Oct. 3 and released the following day.', NOV_10), [['Oct. 3', 'DATE', '2020-10-03'], ['the following day', 'DATE', '2020-10-04']]);
    assert.deepEqual(brief('Troops arrived on Friday. The day before, rebels had fled.', NOV_10), [['Friday', 'DATE', '2020-11-06'], ['The day before', 'DATE', '2020-11-05']]);
    assert.deepEqual(brief('Talks will open on Monday and end the next day.', NOV_10), [['Monday', 'DATE', '2020-11-16'], ['the next day', 'DATE', '2020-11-17']]);
    const [, next] = findDates('Fighting erupted on Sunday. The ceasefire collapsed the next day.', NOV_10);
    assert.match(next?.explanation ?? '', /the day after the last day the story named \(2020-11-08\)/);
  });
  it('keeps "the next day" after the publication day when no day was named, and drops the others', () => {
    assert.deepEqual(brief('The ceasefire collapsed the next day.', NOV_10), [['the next day', 'DATE', '2020-11-11']]);
    assert.deepEqual(brief('Prices fell the previous day.', NOV_10), []);
    assert.deepEqual(brief('He died the same day.', NOV_10), []);
  });
  it('leaves "the day before" an event to the event', () => {
    assert.deepEqual(brief('He was last seen Nov. 3, the day before authorities issued a warning.', NOV_10), [['Nov. 3', 'DATE', '2020-11-03']]);
    assert.deepEqual(brief('He will leave the day after tomorrow.', NOV_10), [['the day after tomorrow', 'DATE', '2020-11-12']]);
  });
});

describe('dates: the present tense of a schedule looks ahead', () => {
  // Publication day Sunday 2025-04-20.
  for (const text of ['Trading resumes on Monday.', 'The trial opens Monday in Boston.', 'The new rule takes effect on Monday.', 'Results are due on Monday.', 'The report is due Monday.']) {
    it(`reads the coming Monday in: ${text}`, () => assert.equal(brief(text)[0]?.[2], '2025-04-21'));
  }
  it('still reads a past sentence as the Monday before', () => {
    assert.equal(brief('Trading resumed on Monday.')[0]?.[2], '2025-04-14');
    assert.equal(brief('The payment was due on Monday.')[0]?.[2], '2025-04-14');
  });
});

describe('dates: "now" as the time of writing', () => {
  // TempEval-3 marks these PRESENT_REF; "is now supposed to" and "Now, he says" stay adverbs.
  for (const text of ['Right now my evidence is scant.', 'It has gone on for five months now.', 'They are worth only half that now.', 'He will stay between now and Feb. 10.']) {
    it(`reads PRESENT_REF in: ${text}`, () => assert.ok(brief(text).some(([span, , value]) => span === 'now' && value === 'PRESENT_REF'), JSON.stringify(brief(text))));
  }
});

describe('dates: the year a report covers, and the year\'s end', () => {
  const NOV_11: CalendarDate = { year: 2020, month: 11, day: 11 };
  for (const [text, dates] of [
    ['Revenue was $76 million for the year ended March 31.', [['the year', 'DURATION', 'P1Y'], ['March 31', 'DATE', '2020-03-31']]],
    ['Net income in the fiscal year ending June 30, 2021, will fall.', [['the fiscal year', 'DURATION', 'P1Y'], ['June 30, 2021', 'DATE', '2021-06-30']]],
    ['They will complete the deal by year-end.', [['year-end', 'DATE', '2020-12-31']]],
    ['The percentage change is since year-end.', [['year-end', 'DATE', '2019-12-31']]],
    ['Year-end results were strong.', []],
  ] as const) {
    it(`reads ${JSON.stringify(dates)} in: ${text}`, () => assert.deepEqual(brief(text, NOV_11), dates));
  }
});

describe('dates: a time on the day named after it', () => {
  const NOV_11: CalendarDate = { year: 2020, month: 11, day: 11 };
  it('puts a time on the day that follows it across a bracketed time zone', () => {
    assert.deepEqual(brief('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', NOV_11), [['10:35 a.m.', 'TIME', '2020-11-06T10:35'], ['Friday', 'DATE', '2020-11-06']]);
    assert.deepEqual(brief('He spoke at 10 a.m. (1400 GMT) on Tuesday.', NOV_11), [['10 a.m.', 'TIME', '2020-11-10T10:00'], ['Tuesday', 'DATE', '2020-11-10']]);
  });
  it('reads the tense across "a.m." and "p.m.", which end no sentence', () => {
    assert.deepEqual(brief('The talks will resume at 10 a.m. (1400 GMT) Friday.', NOV_11), [['10 a.m.', 'TIME', '2020-11-13T10:00'], ['Friday', 'DATE', '2020-11-13']]);
  });
  it('reads the wire\'s 24-hour clock before a time zone as a time, never as a year', () => {
    assert.deepEqual(brief('Brent rose 4% to $33.84 a barrel by 1430 GMT.', NOV_11), [['1430 GMT', 'TIME', '2020-11-11T14:30']]);
    assert.deepEqual(brief('Trading opened at 0800 GMT on Monday.', NOV_11), [['0800 GMT on Monday', 'TIME', '2020-11-09T08:00']]);
    assert.deepEqual(brief('The index was flat at 1100 local time.', NOV_11), [['1100 local time', 'TIME', '2020-11-11T11:00']]);
    // A conversion in brackets after the time is no mention of its own (TimeBank marks none), nor a year.
    assert.deepEqual(brief('He spoke at 10 a.m. (1400 GMT) on Tuesday.', NOV_11).map(([text]) => text), ['10 a.m.', 'Tuesday']);
    // Not a clock: no time zone, or no hour of the day.
    assert.deepEqual(brief('It was founded in 1430 by monks.', NOV_11), [['1430', 'DATE', '1430']]);
    assert.deepEqual(brief('The score was 2561 GMT points.', NOV_11), []);
  });
  it('leaves a time on the publication day when another clause names the day', () => {
    assert.deepEqual(brief('He left at 9 p.m. and returned on Friday.', NOV_11), [['9 p.m.', 'TIME', '2020-11-11T21:00'], ['Friday', 'DATE', '2020-11-06']]);
  });
});

describe('dates: decades and centuries ago', () => {
  const NOV_11: CalendarDate = { year: 2020, month: 11, day: 11 };
  for (const [text, dates] of [
    ['The firm was founded a decade ago.', [['a decade ago', 'DATE', '2010']]],
    ['The firm was founded two decades ago.', [['two decades ago', 'DATE', '2000']]],
    ['The war ended a century ago.', [['a century ago', 'DATE', '1920']]],
    ['They met decades ago.', [['decades ago', 'DATE', 'PAST_REF']]],
  ] as const) {
    it(`reads ${JSON.stringify(dates)} in: ${text}`, () => assert.deepEqual(brief(text, NOV_11), dates));
  }
});

describe('dates: a month, a comma and a number', () => {
  // The number opens the clause after the comma: no day, no two-digit year.
  const NOV_11: CalendarDate = { year: 2020, month: 11, day: 11 };
  for (const [text, dates] of [
    ['In March, 2,000 people were arrested.', [['March', 'DATE', '2020-03']]],
    ['In May, 20 people died.', [['May', 'DATE', '2020-05']]],
    ['In June, 12 of them quit.', [['June', 'DATE', '2020-06']]],
    ['Between March and May, 20 million jobs were lost.', [['March', 'DATE', '2020-03'], ['May', 'DATE', '2020-05']]],
    ['The deal closed in July, 2019.', [['July, 2019', 'DATE', '2019-07']]],
    ['On May 20, 2020, he left.', [['May 20, 2020', 'DATE', '2020-05-20']]],
  ] as const) {
    it(`reads ${JSON.stringify(dates)} in: ${text}`, () => assert.deepEqual(brief(text, NOV_11), dates));
  }

  it('reads "May" after another month and a conjunction as the month, not the verb', () => {
    assert.deepEqual(brief('Sales fell in April and May.', NOV_11), [['April', 'DATE', '2020-04'], ['May', 'DATE', '2020-05']]);
    assert.deepEqual(brief('He may leave.', NOV_11), []);
  });
});

describe('dates: one night of several is no date', () => {
  // "night" after an ordinal once merged with the weekday after it into the publication day's night.
  for (const text of ['Protesters marched for a fourth night on Friday.', 'Crowds gathered for a third straight night on Friday.', 'a second night of protests on Friday']) {
    it(`reads only the weekday in: ${text}`, () => assert.deepEqual(brief(text), [['Friday', 'DATE', '2025-04-18']]));
  }
});

describe('dates: a form is found whether or not its sentence holds a number', () => {
  // The sentence pre-filter once let these through only when some digit was in the sentence.
  for (const [plain, phrase] of [
    ['He is busy at the moment.', 'the moment'],
    ['For the time being, talks stop.', 'the time being'],
  ] as const) {
    it(`finds "${phrase}" in: ${plain}`, () => {
      const withNumber = plain.replace(/\.$/, ', 5 aides said.');
      assert.deepEqual(brief(plain), [[phrase, 'DATE', 'PRESENT_REF']]);
      assert.deepEqual(brief(withNumber), brief(plain));
    });
  }
});
