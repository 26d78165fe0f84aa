import { strict as assert } from 'node:assert';
import { findNames } from '../../src/core/names';
import { datelinePlaces } from '../../src/core/names/datelines';
import type { Span } from '../../src/core/names/tagger';
import { tokenize } from '../../src/core/names/tokenize';
import { shippedNameModel } from './name-model';

const LISTED_PLACES = new Set(['washington', 'geneva', 'new york']);
const isListedPlace = (lowercaseWords: readonly string[]): boolean => LISTED_PLACES.has(lowercaseWords.join(' '));

/** The dateline rule over a text, starting from the tagger spans given as [first, last, type]. */
function placesOf(text: string, tagged: Array<[number, number, Span['type']]> = []): string[] {
  const { tokens } = tokenize(text);
  const words = tokens.map((t) => t.norm);
  const lineStarts = tokens.flatMap((token, t) => (t === 0 || text.slice((tokens[t - 1] as { end: number }).end, token.start).includes('\n') ? [t] : []));
  const spans = datelinePlaces(tagged.map(([first, last, type]) => ({ first, last, type })), words, lineStarts, isListedPlace);
  return spans.map((span) => `${span.type}:${words.slice(span.first, span.last + 1).join(' ')}`);
}

describe('dateline places', () => {
  it('makes the place of an agency dateline a place, replacing what the tagger made of it', () => {
    assert.deepEqual(placesOf('GENEVA (Reuters) - The WHO said.', [[0, 0, 'ORG'], [2, 2, 'ORG']]), ['LOC:GENEVA', 'ORG:Reuters']);
    assert.deepEqual(placesOf('SAO PAULO, March 3 (AP) — Brazil said.', [[0, 1, 'PER']]), ['LOC:SAO PAULO']);
    assert.deepEqual(placesOf('LAGOS (AFP) - Nigeria said.'), ['LOC:LAGOS']);
  });

  it('makes each place of a dateline that joins them with slashes a place', () => {
    assert.deepEqual(placesOf('YEREVAN/BAKU (Reuters) - Armenia said.', [[0, 2, 'ORG']]), ['LOC:YEREVAN', 'LOC:BAKU']);
    // Before a long dash alone, every place must be a listed one.
    assert.deepEqual(placesOf('WASHINGTON/GENEVA -- The talks.'), ['LOC:WASHINGTON', 'LOC:GENEVA']);
    assert.deepEqual(placesOf('WASHINGTON/TOTAL -- The talks.'), []);
  });

  it('makes the region after the place a place too, but not a date', () => {
    assert.deepEqual(placesOf('OAKLAND, Calif., Nov. 7 (Reuters) - x'), ['LOC:OAKLAND', 'LOC:Calif.']);
    assert.deepEqual(placesOf('ERBIL, Kurdistan Region of Iraq - Iranian officials said.', [[2, 5, 'ORG']]), ['LOC:ERBIL', 'LOC:Kurdistan Region of Iraq']);
    assert.deepEqual(placesOf('LATTAKIA, Aug 10 - waiting time'), ['LOC:LATTAKIA']);
  });

  it("reads CoNLL-2003's own dateline, a place and an ISO date on a line, but keeps a listed organisation", () => {
    assert.deepEqual(placesOf('NEW YORK 1996-08-30\nMajor League Baseball', [[0, 1, 'ORG']]), ['LOC:NEW YORK']);
    assert.deepEqual(placesOf('ARLINGTON , Texas 1996-08-31\nJuan Gonzalez homered.', [[0, 0, 'LOC'], [2, 2, 'ORG']]), ['LOC:ARLINGTON', 'LOC:Texas']);
    assert.deepEqual(placesOf('UNITED NATIONS 1996-08-22\nThe council met.', [[0, 1, 'ORG']]), ['ORG:UNITED NATIONS']);
    // A date in running text is no dateline.
    assert.deepEqual(placesOf('NEW YORK 1996-08-30 was hot', [[0, 1, 'ORG']]), ['ORG:NEW YORK']);
  });

  it('keeps the dateline a place with the shipped model when the tables below name the team the same way', () => {
    const text = 'BASEBALL - STANDINGS .\nNEW YORK 1996-08-30\nW L PCT GB\nNEW YORK 74 59 .556 -\nBALTIMORE 70 63 .526 4\nBOSTON 69 65 .515 5\n';
    const found = findNames(text, shippedNameModel()).map((name) => `${name.type}:${name.text}`);
    assert.equal(found[0], 'LOC:NEW YORK');
  });

  it('takes a place and a long dash alone only for a listed place', () => {
    assert.deepEqual(placesOf('WASHINGTON — President Biden said.'), ['LOC:WASHINGTON']);
    // CoNLL-2003 table headings and section headlines have the same shape.
    assert.deepEqual(placesOf('TOTAL VOLUME -- 83,008 60,131'), []);
    assert.deepEqual(placesOf('IPO FILING -- Homegate Hospitality Inc .', [[3, 5, 'ORG']]), ['ORG:Homegate Hospitality Inc']);
    assert.deepEqual(placesOf('SOCCER - ENGLISH PREMIER LEAGUE RESULTS .'), []);
    assert.deepEqual(placesOf('BORROWER VENANTIUS AB ( SWEDISH NATIONAL MORTGAGE AGENCY )'), []);
  });

  it('only where a line starts', () => {
    assert.deepEqual(placesOf('He said. GENEVA (Reuters) - no', [[3, 3, 'ORG']]), ['ORG:GENEVA']);
    assert.deepEqual(placesOf('Headline\nGENEVA (Reuters) - yes'), ['LOC:GENEVA']);
  });

  it('finds the places of today\'s wire datelines with the shipped model', () => {
    // Each of these the tagger alone got wrong: an organisation, a person, or nothing.
    for (const place of ['GENEVA', 'HOUSTON', 'SEATTLE', 'SAO PAULO', 'LAGOS', 'MILAN', 'ATHENS', 'JOHANNESBURG']) {
      const text = `${place} (Reuters) - The company said on Monday it would cut jobs.`;
      const found = findNames(text, shippedNameModel()).map((name) => `${name.type}:${name.text}`);
      assert.deepEqual(found, [`LOC:${place}`, 'ORG:Reuters'], text);
    }
  });
});
