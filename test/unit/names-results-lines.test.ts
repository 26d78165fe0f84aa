import { strict as assert } from 'node:assert';
import { findNames } from '../../src/core/names';
import { teamsInResults } from '../../src/core/names/results-lines';
import type { Span } from '../../src/core/names/tagger';
import { tokenize } from '../../src/core/names/tokenize';
import { shippedNameModel } from './name-model';

/** teamsInResults over a text, from tagger spans given as [first, last, type]; the result as "TYPE:words". */
function applied(text: string, tagged: Array<[number, number, Span['type']]> = []): string[] {
  const { tokens, sentences } = tokenize(text);
  const words = tokens.map((t) => t.norm);
  const spans = tagged.map(([first, last, type]) => ({ first, last, type }));
  return teamsInResults(spans, words, sentences, (lowercase) => lowercase === 'uganda' || lowercase === 'ethiopia').map((span) => `${span.type}:${words.slice(span.first, span.last + 1).join(' ')}`);
}

describe('teams in results lines', () => {
  it('makes both teams of a results line organisations, whatever the tagger made of them', () => {
    assert.deepEqual(applied('Sale 31 Wasps 33', [[0, 0, 'ORG'], [2, 2, 'PER']]), ['ORG:Sale', 'ORG:Wasps']);
    assert.deepEqual(applied('Treorchy 17 Newbridge 23', [[0, 0, 'ORG']]), ['ORG:Treorchy', 'ORG:Newbridge']);
    assert.deepEqual(applied("Currie 45 Heriot 's F.P. 5", [[0, 2, 'PER']]), ['ORG:Currie', "ORG:Heriot 's F.P."]);
  });

  it('leaves a bracketed note out of the team and keeps national teams as places', () => {
    assert.deepEqual(applied('Zemun 1 Rad ( B ) 0', [[0, 0, 'ORG'], [2, 5, 'ORG']]), ['ORG:Zemun', 'ORG:Rad']);
    assert.deepEqual(applied('Ethiopia 1 Uganda 1', [[0, 0, 'LOC'], [2, 2, 'LOC']]), ['LOC:Ethiopia', 'LOC:Uganda']);
  });

  it('reads only lines of two teams and two scores', () => {
    assert.deepEqual(applied('Aug 27 Aug 26'), []);
    assert.deepEqual(applied('Sampras beat Agassi 6 4', [[0, 0, 'PER'], [2, 2, 'PER']]), ['PER:Sampras', 'PER:Agassi']);
    assert.deepEqual(applied('Essex 250 for 6', [[0, 0, 'ORG']]), ['ORG:Essex']);
  });

  it("makes the team of a ranked race result an organisation, not the tagger's person; a car (MISC) stays", () => {
    const text = '1. Alex Zanardi ( Italy ) , Reynard Honda , 53.980\n2. Gerhard Berger ( Austria ) Benetton 1:53.706\n3. Juha Kankkunen ( Finland ) Toyota Celica 12 seconds';
    const { tokens } = tokenize(text);
    const at = (word: string): number => tokens.findIndex((t) => t.norm === word);
    const tagged: Array<[number, number, Span['type']]> = [
      [at('Reynard'), at('Honda'), 'PER'],
      [at('Benetton'), at('Benetton'), 'LOC'],
      [at('Toyota'), at('Celica'), 'MISC'],
    ];
    assert.deepEqual(applied(text, tagged), ['ORG:Reynard Honda', 'ORG:Benetton', 'MISC:Toyota Celica']);
    // Without a rank, a list of golfers and their countries is left alone.
    assert.deepEqual(applied('Ernie Els ( South Africa ) , Scott Hoch 71', [[7, 8, 'PER']]), ['PER:Scott Hoch']);
  });

  it('types teams the shipped model read as persons', () => {
    const found = findNames('Premiership results on Saturday:\nOrrell 13 Bath 56\nSale 31 Wasps 33\n', shippedNameModel()).map((name) => `${name.type}:${name.text}`);
    assert.deepEqual(found, ['ORG:Orrell', 'ORG:Bath', 'ORG:Sale', 'ORG:Wasps']);
  });
});
