import { strict as assert } from 'node:assert';
import { matchSpans, overlaps, prf, ratio, scored } from '../../src/core/eval/scoring';
import { countTimexes, emptyTimexCounts, scoreTimexCounts } from '../../src/core/eval/timeml';

describe('evaluation arithmetic', () => {
  it('computes precision, recall and F1 as fractions, 0 where undefined', () => {
    assert.deepEqual(prf(4, 2, 2), { precision: 1, recall: 0.5, f1: 2 / 3 });
    assert.deepEqual(prf(0, 0, 0), { precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(prf(3, 0, 0), { precision: 0, recall: 0, f1: 0 });
    assert.equal(ratio(1, 0), 0);
    assert.deepEqual(scored({ gold: 2, predicted: 4, correct: 1 }), { gold: 2, predicted: 4, correct: 1, precision: 0.25, recall: 0.5, f1: 1 / 3 });
  });

  it('matches spans one to one: strict needs the same extent, relaxed any overlap', () => {
    const gold = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
      { start: 30, end: 35 },
    ];
    const predicted = [
      { start: 0, end: 5 },
      { start: 12, end: 14 },
      { start: 15, end: 25 },
      { start: 40, end: 45 },
    ];
    assert.deepEqual(matchSpans(gold, predicted, 'strict'), [[0, 0]]);
    // The second gold span overlaps two predictions: it takes the larger overlap, once.
    assert.deepEqual(matchSpans(gold, predicted, 'relaxed'), [
      [0, 0],
      [1, 2],
    ]);
    assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
    // One prediction covering two gold spans counts once.
    assert.equal(matchSpans([{ start: 0, end: 3 }, { start: 4, end: 8 }], [{ start: 0, end: 8 }], 'relaxed').length, 1);
  });

  it('scores TIMEX3 detection, value and type like TempEval-3', () => {
    const counts = emptyTimexCounts();
    const gold = [
      { start: 0, end: 10, type: 'DATE', value: '1998-01-08' },
      { start: 20, end: 27, type: 'DURATION', value: 'P1W' },
      { start: 40, end: 45, type: 'DATE', value: '1998' },
      { start: 60, end: 65, type: 'SET', value: 'P1D' },
    ];
    const predicted = [
      { start: 0, end: 10, type: 'DATE', value: '1998-01-08' }, // strict, value right
      { start: 20, end: 23, type: 'DATE', value: 'P1W' }, // relaxed only, value right, type wrong
      { start: 40, end: 45, type: 'DATE', value: '1997' }, // strict, value wrong
      { start: 50, end: 55, type: 'TIME', value: '1998-01-08T10:00' }, // false positive
      { start: 90, end: 99, type: 'DATE', value: '1998-01-08' }, // on an ignored span (the DCT)
    ];
    countTimexes(gold, predicted, [{ start: 90, end: 99 }], counts);
    const s = scoreTimexCounts(counts);
    assert.equal(counts.ignoredPredictions, 1);
    assert.deepEqual([s.gold, s.predicted], [4, 4]);
    assert.deepEqual([s.detection.strict.correct, s.detection.relaxed.correct], [2, 3]);
    assert.equal(s.detection.strict.f1, 0.5);
    assert.equal(s.detection.relaxed.precision, 0.75);
    assert.equal(s.value.correct, 2);
    assert.equal(s.value.precision, 0.5);
    assert.equal(s.value.recall, 0.5);
    assert.equal(s.value.accuracy, 2 / 3);
    assert.equal(s.typeMatch.correct, 2);
    assert.deepEqual(s.types.DATE, { gold: 2, predicted: 3, correct: 2, precision: 2 / 3, recall: 1, f1: 0.8 });
    assert.deepEqual([s.types.DURATION.gold, s.types.DURATION.predicted, s.types.DURATION.correct], [1, 0, 0]);
    assert.deepEqual([s.types.TIME.predicted, s.types.SET.gold], [1, 1]);
  });
});
