/** Annotation ids: readable, numbered only on repeats, the same however they are found. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { IdAllocator, slug, uniqueId } from '../../src/core/model/ids';

describe('ids', () => {
  it('numbers repeats of a quote from 2, around ids already taken', () => {
    const ids = new IdAllocator(['person-trump-3']);
    const made = ['Trump', 'Trump', 'Trump 2', 'Trump', 'Trump'].map((quote) => ids.next('person', quote));
    assert.deepEqual(made, ['person-trump', 'person-trump-2', 'person-trump-2-2', 'person-trump-4', 'person-trump-5']);
  });

  it('gives the first free number, as a scan from 2 does', () => {
    const quote = fc.constantFrom('Rome', 'rome', 'Rome 2', 'Rome-2', 'Oman', '2', '');
    const taken = fc.array(fc.constantFrom('place-rome', 'place-rome-2', 'place-rome-3', 'place-rome-2-2', 'place-x', 'person-oman-2'), { maxLength: 4 });
    fc.assert(
      fc.property(taken, fc.array(fc.tuple(fc.constantFrom('place', 'person'), quote), { maxLength: 30 }), (initial, requests) => {
        const ids = new IdAllocator(initial);
        const used = new Set<string>(initial);
        for (const [type, text] of requests) {
          const expected = uniqueId(`${type}-${slug(text)}`, used);
          used.add(expected);
          assert.equal(ids.next(type, text), expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('makes a slug of any text as the accent-stripping form does, ASCII text taking a shorter path', () => {
    assert.equal(slug('Esmaeil Baqaeï'), 'esmaeil-baqaei');
    assert.equal(slug('São Paulo’s'), 'sao-paulo-s');
    assert.equal(slug('الخميني'), 'x');
    const full = (text: string): string => {
      const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/g, '');
      return ascii === '' ? 'x' : ascii;
    };
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('é', 'ï', 'ﬁ', 'Å', '’', ' ', '-'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 50 }), (text) => {
      assert.equal(slug(text), full(text));
    }), { numRuns: 1000 });
  });
});
