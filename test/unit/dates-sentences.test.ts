import * as assert from 'node:assert/strict';
import { sentenceChunks } from '../../src/core/dates/sentences';

const pieces = (text: string): string[] => sentenceChunks(text).map(({ start, end }) => text.slice(start, end));

describe('dates: sentence chunks', () => {
  it('cuts after a newline, and after ".", "!" or "?" followed by a space and a capital or quote', () => {
    assert.deepEqual(pieces('It rained. "Stop!" he said? Then "go" Now\nNext'), ['It rained.', ' "Stop!" he said?', ' Then "go" Now\n', 'Next']);
  });

  it('does not cut after an abbreviation or before a lower-case word', () => {
    assert.deepEqual(pieces('Mr. Smith met Gen. Lee at 3 p.m. Friday. it was No. Yes.'), ['Mr. Smith met Gen. Lee at 3 p.m. Friday. it was No. Yes.']);
  });

  it('cuts a long run without sentence ends at the first space 2000 characters in', () => {
    const text = `${'word '.repeat(450)}end. More`;
    assert.deepEqual(sentenceChunks(text).map(({ start, end }) => [start, end]), [[0, 2005], [2005, 2254], [2254, 2259]]);
    assert.deepEqual(pieces('x'.repeat(2500)), ['x'.repeat(2500)]);
  });
});
