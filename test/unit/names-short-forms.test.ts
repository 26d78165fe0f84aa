import { strict as assert } from 'node:assert';
import { findNames } from '../../src/core/names';
import { shortFormNames } from '../../src/core/names/short-forms';
import type { Span } from '../../src/core/names/tagger';
import { tokenize } from '../../src/core/names/tokenize';
import { shippedNameModel } from './name-model';

const found = (text: string): string[] => findNames(text, shippedNameModel()).map((name) => `${name.type}:${name.text}`);

function applied(text: string, tagged: Array<[number, number, Span['type']]> = []): string[] {
  const words = tokenize(text).tokens.map((t) => t.norm);
  return shortFormNames(tagged.map(([first, last, type]) => ({ first, last, type })), words).map((span) => `${span.type}:${words.slice(span.first, span.last + 1).join(' ')}`);
}

describe('short forms that are ordinary words', () => {
  it('makes a capitalised "Fed" the organisation, with a place before it', () => {
    assert.deepEqual(applied('Traders expect the Fed to cut rates.'), ['ORG:Fed']);
    assert.deepEqual(applied('Dallas Fed President Robert Kaplan dissented.', [[0, 0, 'LOC'], [3, 4, 'PER']]), ['ORG:Dallas Fed', 'PER:Robert Kaplan']);
  });

  it('leaves "fed", "Fed up" and "Fed Cup" alone', () => {
    assert.deepEqual(applied('He fed the cat.'), []);
    assert.deepEqual(applied('Fed up with delays, he left.'), []);
    assert.deepEqual(applied('the Fed Cup final', [[1, 2, 'MISC']]), ['MISC:Fed Cup']);
  });

  it('finds the Fed with the shipped model, which missed it', () => {
    assert.deepEqual(found('The Fed held rates steady on Wednesday.'), ['ORG:Fed']);
    assert.deepEqual(found('Fed Chair Jerome Powell said.'), ['ORG:Fed', 'PER:Jerome Powell']);
  });
});
