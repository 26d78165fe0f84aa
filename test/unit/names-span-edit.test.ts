import { strict as assert } from 'node:assert';
import { withSpanReplacing, withSpansReplacing } from '../../src/core/names/span-edit';
import type { Span } from '../../src/core/names/tagger';

const span = (first: number, last: number, type: Span['type'] = 'ORG'): Span => ({ first, last, type });

describe('span edits', () => {
  const spans = [span(0, 1, 'PER'), span(3, 3, 'LOC'), span(5, 7, 'ORG'), span(9, 9, 'MISC')];

  it('puts one span in place of those it overlaps', () => {
    assert.deepEqual(withSpanReplacing(spans, span(3, 5)), [span(0, 1, 'PER'), span(3, 5), span(9, 9, 'MISC')]);
    assert.deepEqual(withSpanReplacing(spans, span(2, 2)), [span(0, 1, 'PER'), span(2, 2), span(3, 3, 'LOC'), span(5, 7, 'ORG'), span(9, 9, 'MISC')]);
  });

  it('puts many spans in place in one pass, as one at a time would', () => {
    const replacements = [span(1, 1, 'LOC'), span(4, 6, 'PER'), span(10, 11)];
    const oneByOne = replacements.reduce((out, replacement) => withSpanReplacing(out, replacement), spans);
    assert.deepEqual(withSpansReplacing(spans, replacements), oneByOne);
    assert.deepEqual(withSpansReplacing(spans, []), spans);
    assert.deepEqual(withSpansReplacing([], replacements), replacements);
    // A span reaching over two replacements goes.
    assert.deepEqual(withSpansReplacing([span(0, 9)], [span(0, 1), span(8, 9)]), [span(0, 1), span(8, 9)]);
  });
});
