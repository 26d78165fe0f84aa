import * as assert from 'node:assert/strict';
import { casual, ParsingContext, type ParsedResult } from 'chrono-node';
import { quickToCompile, recogniser } from '../../src/core/dates/recogniser';

describe('dates: chrono regexes rewritten to compile quickly', () => {
  const context = new ParsingContext('', new Date(0));
  const rewritten = casual.clone().parsers
    .map((parser) => [parser.pattern(context), quickToCompile(parser, context).pattern(context)] as const)
    .filter(([original, quick]) => original !== quick);

  it('rewrites the "ago" and "later" regexes', () => {
    assert.equal(rewritten.length, 2);
  });

  it('matches what the original regexes match, with the same groups', () => {
    const subjects = [
      'He left three days ago.', 'two weeks later', 'a few hours   before dawn', '2 years, 3 months and 4 days earlier',
      'half an hour from now', '5 mins out', 'weeksago', 'days agox', 'x 10 d after', 'the year      before', 'one henceforth',
    ];
    for (const [original, quick] of rewritten) {
      for (const subject of subjects) {
        for (let i = 0; i < subject.length; i++) {
          const text = subject.slice(i);
          assert.deepEqual({ ...quick.exec(text) }, { ...original.exec(text) }, `${original.source.slice(-30)} on ${text}`);
        }
      }
    }
  });
});

describe('dates: parsers skipped by keyword', () => {
  const instant = new Date(2025, 3, 20, 12);
  const shown = (results: ParsedResult[]): string =>
    JSON.stringify(results.map(({ index, text, start }) => [index, text, start.date().toISOString(), [...start.tags()].sort()]));

  // Each keyword must hold in every sentence its parser finds something in; these sentences sit
  // on the edges of the keywords (glued words, odd spacing, numbers a parser declines).
  const phrases = [
    '1996-08-30', '1996/08/30', '1996-08-30T10:30', '2019-05-06t10:30Z', '2019-5-6', '2019-13-05', '2019-05-45', '2019-00-05',
    '2019-05-00', '2019-13-45', '2019-31-12', '1999.12.31-2020-05-06', '2019 05 45-2019-05-06', '2019-05-06-07', '30.8.96', '08-30-1996', '3/4', '3-1', '2.46', '1996.5 percent',
    '1996-97', '1,996', 'FY1997', '$2000', '1999%', 'in 1996', '3/2024', 'Aug. 30', 'August 30th', '30th of August',
    'Mayfirst', 'InMay', 'inMay', 'Mayof 1996', '1996 March', '300 BC May', 'the fifth of May', 'may', 'Friday',
    'Mondaynextweek', 'Sat.', 'saturdays', '10:30 GMT', '4 pm', '8 o clock', "8 o'clock", 'noon', 'at 38', '1030',
    'tonight', 'tmrw', 'overmorrow', 'last night', 'this morning', 'midnight', 'end of the month', 'last day of month',
    'this week', 'last yr', 'next 2 mo', 'past d', 'after this month', 'this s', 'the 1990s', "the '90s", 'the nineties',
    'every week', 'annual', 'per cent', 'for years', 'recently', 'until now', 'the weekend', 'Christmas', 'the third quarter',
  ];
  // Each keyword must hold in every sentence its parser finds something in; these sentences sit
  // on the edges of the keywords (glued words, odd spacing, numbers a parser declines).
  const sentences: string[] = phrases.flatMap((phrase) => [phrase, `He said ${phrase}.`]);
  const starts = ['in', 'for', 'within', 'In', 'this', 'last', 'next', 'after', '+', '-', 'in about', 'for around ~', 'within roughly'];
  const amounts = ['5', '5.5', 'two', 'a', 'a few', 'half an', 'the', 'a couple of'];
  for (const start of starts) {
    for (const amount of amounts) {
      for (const unit of ['days', 'd', 'mins', 'quarter']) {
        sentences.push(`It ends ${start} ${amount} ${unit}.`, `It ends ${start}${amount}${unit} ago, then ${start}  ${amount}  ${unit} later.`);
      }
    }
  }

  it('gives what chrono with every parser gives', () => {
    for (const sentence of sentences) {
      assert.equal(shown(recogniser.parse(sentence, instant)), shown(recogniser.parseWithEveryParser(sentence, instant)), sentence);
    }
  });
});
