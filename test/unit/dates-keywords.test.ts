import * as assert from 'node:assert/strict';
import { KeywordTester, anyOf, matching } from '../../src/core/dates/keywords';

describe('dates: keyword tester', () => {
  it('finds words anywhere, in any case, overlapping or inside one another', () => {
    const tester = new KeywordTester([anyOf('day'), anyOf('today'), anyOf('mon'), anyOf('month'), anyOf('week')]);
    assert.deepEqual(tester.verdicts('TODAY'), [true, true, false, false, false]);
    assert.deepEqual(tester.verdicts('Mondays'), [true, false, true, false, false]);
    assert.deepEqual(tester.verdicts('a monthly'), [false, false, true, true, false]);
  });

  it('needs a word and the pattern when both are given', () => {
    const tester = new KeywordTester([anyOf('ago', /days\s+ago/i), matching(/\d:\d\d/)]);
    assert.deepEqual(tester.verdicts('two days ago at 10:30'), [true, true]);
    assert.deepEqual(tester.verdicts('Chicago, days before 1030'), [false, false]);
  });

  it('escapes words that hold regex characters', () => {
    const tester = new KeywordTester([anyOf('year-|from now')]);
    assert.deepEqual(tester.verdicts('the year-ago period'), [true]);
    assert.deepEqual(tester.verdicts('a year ago, from then'), [false]);
  });

  it('refuses patterns that keep state between tests', () => {
    assert.throws(() => new KeywordTester([matching(/\d/g)]));
  });
});
