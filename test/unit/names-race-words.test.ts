import { strict as assert } from 'node:assert';
import { findNames } from '../../src/core/names';
import { withoutRaceWords } from '../../src/core/names/race-words';
import type { Span } from '../../src/core/names/tagger';
import { tokenize } from '../../src/core/names/tokenize';
import { shippedNameModel } from './name-model';

describe('race words', () => {
  const kept = (text: string): string[] => {
    const words = tokenize(text).tokens.map((t) => t.norm);
    const spans: Span[] = words.flatMap((word, t): Span[] => (/^[A-Z]/.test(word) ? [{ first: t, last: t, type: 'PER' }] : []));
    return withoutRaceWords(spans, words).map((span) => words[span.first] as string);
  };

  it('drops a capitalised race word that describes people', () => {
    assert.deepEqual(kept('a Black man died'), []);
    assert.deepEqual(kept('Black and Latino voters'), []);
    assert.deepEqual(kept('White, Black and Asian workers'), []);
    assert.deepEqual(kept('many Black Americans'), ['Americans']);
  });

  it('keeps the same word as a name', () => {
    assert.deepEqual(kept('Black said on the phone'), ['Black']);
    assert.deepEqual(kept('a deal with Black and Decker'), ['Black', 'Decker']);
    assert.deepEqual(kept('sold to White , the owner'), ['White']);
  });

  it('leaves "a Black man" unnamed with the shipped model', () => {
    const found = findNames('George Floyd, a Black man, died in Minneapolis.', shippedNameModel()).map((name) => `${name.type}:${name.text}`);
    assert.deepEqual(found, ['PER:George Floyd', 'LOC:Minneapolis']);
  });
});
