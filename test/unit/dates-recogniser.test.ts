import * as assert from 'node:assert/strict';
import { casual, ParsingContext } from 'chrono-node';
import { quickToCompile } from '../../src/core/dates/recogniser';

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
