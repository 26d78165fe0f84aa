import { strict as assert } from 'node:assert';
import { findNames } from '../../src/core/names';
import { companiesByHolding } from '../../src/core/names/holdings';
import type { Span } from '../../src/core/names/tagger';
import { tokenize } from '../../src/core/names/tokenize';
import { shippedNameModel } from './name-model';

const found = (text: string): string[] => findNames(text, shippedNameModel()).map((name) => `${name.type}:${name.text}`);

/** companiesByHolding over a text, from tagger spans given as [first, last, type]; the result as "TYPE:words". */
function held(text: string, tagged: Array<[number, number, Span['type']]>): string[] {
  const words = tokenize(text).tokens.map((t) => t.norm);
  const spans = tagged.map(([first, last, type]) => ({ first, last, type }));
  return companiesByHolding(spans, words, (lowercase) => lowercase === 'china').map((span) => `${span.type}:${words.slice(span.first, span.last + 1).join(' ')}`);
}

describe('companies shares or stakes are held in', () => {
  it('makes the name after "shares of" or "stake in" an organisation, and its other mentions the tagger made places', () => {
    assert.deepEqual(held('He sold shares of Meridian. Meridian fell.', [[4, 4, 'LOC'], [6, 6, 'LOC']]), ['ORG:Meridian', 'ORG:Meridian']);
    assert.deepEqual(held('StatesWest has a 7.25% stake in Mesa.', [[0, 0, 'ORG'], [6, 6, 'LOC']]), ['ORG:StatesWest', 'ORG:Mesa']);
    assert.deepEqual(held('It bought the stock of Rally Inc.', [[5, 6, 'PER']]), ['ORG:Rally Inc.']);
  });

  it('cuts the phrase off a span that took it in at a sentence start', () => {
    assert.deepEqual(held('Shares of Tencent rose.', [[0, 2, 'ORG']]), ['ORG:Tencent']);
  });

  it('leaves other phrases, MISC, countries and people named elsewhere alone', () => {
    assert.deepEqual(held('three shares in the London market', [[4, 4, 'LOC']]), ['LOC:London']);
    assert.deepEqual(held('shares of France-registered firms', [[2, 2, 'MISC']]), ['MISC:France-registered']);
    assert.deepEqual(held('a stake in China', [[3, 3, 'LOC']]), ['LOC:China']);
    assert.deepEqual(held('shares of Jones. Jones said.', [[2, 2, 'LOC'], [4, 4, 'PER']]), ['ORG:Jones', 'PER:Jones']);
  });

  it('types companies the shipped model read as places', () => {
    assert.deepEqual(found('Shares of Moderna fell 3% after the report.'), ['ORG:Moderna']);
    assert.deepEqual(found('Shares of Huawei fell 3% after the report.'), ['ORG:Huawei']);
    assert.ok(found('The airline, which has a 7.25% stake in Mesa, said it may buy more Mesa stock.').every((name) => name === 'ORG:Mesa'));
    assert.ok(found('The airline, which has a 7.25% stake in Mesa, said it may buy more Mesa stock.').length === 2);
  });
});
