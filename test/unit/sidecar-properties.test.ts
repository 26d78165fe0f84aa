/**
 * Properties of the sidecar, checked on random inputs with fast-check.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse } from 'yaml';
import { annotateArticle } from '../../src/core/annotate-article';
import { parseSidecar } from '../../src/core/model/yaml-read';
import { sidecarToYaml } from '../../src/core/model/yaml-write';
import type { Annotation, Sidecar } from '../../src/core/model/types';
import { shippedNameModel } from './name-model';
import { readSample, SAMPLE_001 } from './samples';

const awkwardText = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'Z', ' ', '\n', '\r\n', '"', "'", ':', '#', '- ', '{', '😀', '𠀀', 'e\u0301', 'ع', '\t', '2025-04-19', 'yes', 'null', '~'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 40 });

const annotation: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    type: fc.constantFrom('person', 'place', 'organization', 'date'),
    text: awkwardText,
    start: fc.nat(100_000),
    length: fc.nat(50),
    status: fc.constantFrom('suggested', 'accepted', 'rejected'),
    value: fc.option(fc.constantFrom('2025-04-26', '2025-W17', 'PAST_REF', 'P3D', '2015', 'yes'), { nil: undefined }),
    prefix: fc.option(awkwardText, { nil: undefined }),
    suffix: fc.option(awkwardText, { nil: undefined }),
    note: fc.option(awkwardText, { nil: undefined }),
  })
  .map(({ length, value, prefix, suffix, note, ...rest }) => ({
    ...rest,
    end: rest.start + length,
    ...(value !== undefined ? { value } : {}),
    ...(prefix !== undefined ? { prefix } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
    ...(note !== undefined ? { note } : {}),
  }));

const sidecar: fc.Arbitrary<Sidecar> = fc.record({
  schema: fc.constant(1),
  source: fc.record({ file: awkwardText, sha256: fc.stringMatching(/^[0-9a-f]{64}$/), published: fc.constantFrom('2025-04-19', '2025-04-20') }),
  entities: fc.array(fc.record({ id: fc.stringMatching(/^[a-z][a-z-]{0,10}$/), type: fc.constantFrom('person', 'place', 'organization'), name: awkwardText, aliases: fc.array(awkwardText, { maxLength: 3 }) }), { maxLength: 4 }),
  annotations: fc.array(annotation, { maxLength: 8 }),
});

describe('sidecar properties (fast-check)', function () {
  this.timeout(120_000);

  it('load, save, load is the identity', () => {
    fc.assert(
      fc.property(sidecar, (original) => {
        const written = sidecarToYaml(original);
        const read = parseSidecar(written);
        assert.ok(read.ok && !read.readOnly, written);
        // (fast-check builds objects without a prototype; compare plain data.)
        assert.deepEqual(read.sidecar, JSON.parse(JSON.stringify(original)));
        // Saving what was read gives the same bytes: nothing drifts from save to save.
        assert.equal(sidecarToYaml(read.sidecar, written), written);
      }),
      { numRuns: 300 },
    );
  });

  it('random edits to an article never lose an accepted annotation', () => {
    const text = readSample(SAMPLE_001);
    const model = shippedNameModel();
    const annotate = (article: string, existing: string | null): string => {
      const result = annotateArticle({ fileName: SAMPLE_001, bytes: new TextEncoder().encode(article), existingSidecar: existing, modifiedMillis: 0, nameModel: model });
      assert.ok(result.ok);
      return result.sidecarText;
    };
    const first = parse(annotate(text, null)) as Sidecar;
    const acceptedIds = first.annotations.filter((_, index) => index % 4 === 0).map((a) => a.id);
    for (const a of first.annotations) if (acceptedIds.includes(a.id)) a.status = 'accepted';
    const accepted = sidecarToYaml(first);
    const edit = fc.record({ at: fc.nat(text.length), remove: fc.nat(40), insert: awkwardText });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let article = text;
        for (const { at, remove, insert } of edits) {
          let start = Math.min(at, article.length);
          if (/[\uDC00-\uDFFF]/.test(article[start] ?? '')) start--; // never split a surrogate pair
          let end = Math.min(article.length, start + remove);
          if (/[\uDC00-\uDFFF]/.test(article[end] ?? '')) end++;
          article = article.slice(0, start) + insert + article.slice(end);
        }
        const after = parse(annotate(article, accepted)) as Sidecar;
        const codePoints = Array.from(article);
        const placed = after.annotations.filter((a) => acceptedIds.includes(a.id));
        const orphans = (after.orphans ?? []).filter((a) => acceptedIds.includes(a.id));
        assert.deepEqual([...placed, ...orphans].map((a) => a.id).sort(), [...acceptedIds].sort());
        for (const a of placed) {
          assert.equal(a.status, 'accepted');
          assert.equal(codePoints.slice(a.start, a.end).join(''), a.text);
        }
      }),
      { numRuns: 60 },
    );
  });
});
