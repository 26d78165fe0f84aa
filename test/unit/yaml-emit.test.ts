/**
 * The direct writer of new sidecars (yaml-emit.ts) against the yaml Document API it stands in for:
 * the same bytes for any sidecar, awkward text included.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Scalar, parse } from 'yaml';
import { annotateArticle } from '../../src/core/annotate-article';
import type { Annotation, Entity, Sidecar } from '../../src/core/model/types';
import { blockText, emitYaml, isPlainAsItIs } from '../../src/core/model/yaml-emit';
import { TO_STRING_OPTIONS, needsDoubleQuotes, newSidecarDocument } from '../../src/core/model/yaml-style';
import { newSidecarYamlThroughDocument, sidecarToYaml } from '../../src/core/model/yaml-write';
import { shippedNameModel } from './name-model';
import { readSample, SAMPLE_000, SAMPLE_001 } from './samples';

/** Pieces of text that YAML quotes, escapes, folds or reads as something else than text. */
const TRICKY = [
  ...['', ' ', '\t', '\n', '\r\n', '\n\n', ' \n ', '"', "'", ':', ': ', ' #', '#', ',', '[', ']', '{', '}', '- ', '-', '? ', '?', '&a', '*a', '!x', '|', '>', '%', '@', '`'],
  ...['---', '...', '<<', '=', '~', 'null', 'Null', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'true', 'False', '.inf', '-.Inf', '.nan'],
  ...['0', '-0', '+1', '007', '0o17', '0b101', '0x1F', '1_000', '1e3', '.5', '1.', '12:30:45', '190:20:30', '2025-04-26', '2025-04-26 10:00:00', '2025-04-26T10:00:00Z'],
  ...['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ud800', '😀', '𠀀', 'e\u0301', 'ع'],
];
const text = fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ minLength: 1, maxLength: 1 }), fc.constantFrom('a', 'Z', ' ', 'word ')), maxLength: 30 });
/** Long enough, with line breaks, for yaml to spread a double-quoted string over several lines. */
const longText = fc.array(fc.oneof(text, fc.constantFrom('\n', 'the talks resumed in Rome ')), { minLength: 2, maxLength: 6 }).map((parts) => parts.join(''));
const anyText = fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: longText });
const offset = fc.oneof(fc.nat(100_000), fc.constant(-0));

/** A sidecar whose one-line collections (source, aliases, timex) hold `flowText`. */
function sidecarWith(flowText: fc.Arbitrary<string>): fc.Arbitrary<Sidecar> {
  const timex = fc.record(
    { type: fc.constantFrom('DATE', 'TIME', 'DURATION', 'SET'), anchor: flowText, inferred: fc.array(flowText, { maxLength: 3 }), direction: fc.constantFrom('past', 'future') },
    { requiredKeys: ['type'] },
  );
  const annotation = fc.record(
    { id: anyText, type: fc.constantFrom('person', 'place', 'organization', 'date'), text: anyText, start: offset, end: offset, status: fc.constantFrom('suggested', 'accepted', 'rejected'), entity: anyText, value: anyText, timex, prefix: anyText, suffix: anyText, note: anyText },
    { requiredKeys: ['id', 'type', 'text', 'start', 'end', 'status'] },
  ) as fc.Arbitrary<Annotation>;
  const entity = fc.record(
    { id: anyText, type: fc.constantFrom('person', 'place', 'organization'), name: anyText, aliases: fc.array(flowText, { maxLength: 3 }), role: anyText, key: anyText, status: fc.constantFrom('suggested', 'accepted', 'rejected') },
    { requiredKeys: ['id', 'type', 'name'] },
  ) as fc.Arbitrary<Entity>;
  // Keys in their canonical order, as the writer orders them; orphans are written only when there are some.
  return fc.record(
    {
      schema: fc.oneof(fc.constant(1), fc.nat()),
      source: fc.record({ file: flowText, sha256: flowText, published: flowText, published_from: flowText, generator: flowText }, { requiredKeys: ['file', 'sha256'] }),
      entities: fc.array(entity, { maxLength: 4 }),
      annotations: fc.array(annotation, { maxLength: 8 }),
      orphans: fc.array(annotation, { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: ['schema', 'source', 'entities', 'annotations'] },
  );
}

function machineSidecarText(fileName: string): string {
  const result = annotateArticle({ fileName, bytes: new TextEncoder().encode(readSample(fileName)), existingSidecar: null, modifiedMillis: 0, nameModel: shippedNameModel() });
  assert.ok(result.ok);
  return result.sidecarText;
}

describe('new sidecars written directly (yaml-emit)', function () {
  this.timeout(120_000);

  it('writes itself the bytes of the yaml Document API, and they read back as the sidecar', () => {
    fc.assert(
      fc.property(sidecarWith(anyText), (value) => {
        const emitted = emitYaml(value as unknown as Record<string, unknown>);
        assert.ok(emitted);
        assert.equal(emitted.text, newSidecarYamlThroughDocument(value));
        assert.equal(emitted.readsBack, true);
        // (fast-check builds objects without a prototype; a clone has the usual one.)
        assert.deepStrictEqual(parse(emitted.text), structuredClone(value));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the bytes of the yaml Document API for any sidecar', () => {
    fc.assert(
      fc.property(sidecarWith(anyText), (value) => {
        assert.equal(sidecarToYaml(value), newSidecarYamlThroughDocument(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes the machine sidecars of the samples itself', () => {
    for (const name of [SAMPLE_000, SAMPLE_001]) {
      const written = machineSidecarText(name);
      assert.deepEqual(emitYaml(parse(written) as Record<string, unknown>), { text: written, readsBack: true });
      assert.equal(newSidecarYamlThroughDocument(parse(written) as Sidecar), written);
    }
  });

  it('tells when reading the text back would not give the text written', () => {
    const withFile = (file: string) => emitYaml({ schema: 1, source: { file, sha256: 'x' }, entities: [], annotations: [] });
    // YAML 1.2 octal is quoted (a plain 0o17 would read back as a number).
    assert.deepEqual(withFile('0o17'), { text: 'schema: 1\nsource: {file: "0o17", sha256: x}\nentities: []\nannotations: []\n', readsBack: true });
    for (const file of ['a.txt', '2025', 'true', 'yes', '0x1F', '']) assert.equal(withFile(file)?.readsBack, true, file);
    const withNote = (note: string) => emitYaml({ schema: 1, source: { file: 'a.txt', sha256: 'x' }, entities: [], annotations: [{ id: 'a', type: 'date', text: 'x', start: 0, end: 1, status: 'accepted', note }] });
    // yaml's folded double-quoted form read " \n \n" back as " \n\\\n"; JSON's escapes keep it on one line and read back.
    const spacesAroundBreaks = withNote(' \n \n\nthe talks resumed in Rome word ');
    assert.equal(spacesAroundBreaks?.readsBack, true);
    assert.ok(spacesAroundBreaks?.text.includes('\n    note: " \\n \\n\\nthe talks resumed in Rome word "\n'));
    assert.equal(withNote('the talks resumed in Rome\n\nand went on in Oman')?.readsBack, true);
  });

  it('leaves to the Document API what a sidecar does not hold', () => {
    const base = { schema: 1, source: { file: 'a.txt', sha256: 'x' }, entities: [], annotations: [] };
    const timex = { type: 'DATE' };
    const date = (id: string) => ({ id, type: 'date', text: 'today', start: 0, end: 5, status: 'suggested', timex });
    const declined: Record<string, Record<string, unknown>> = {
      'a null': { ...base, schema: null },
      'a boolean': { ...base, source: { file: 'a.txt', sha256: true } },
      'a fraction': { ...base, schema: 1.5 },
      'a key of a person': { ...base, reviewer: 'Dana' },
      'a Date': { ...base, source: { file: 'a.txt', sha256: new Date(0) } },
      'one object in two places (an alias)': { ...base, annotations: [date('a'), date('b')] },
    };
    for (const [what, value] of Object.entries(declined)) {
      assert.equal(emitYaml(value), undefined, what);
      assert.equal(sidecarToYaml(value as unknown as Sidecar), newSidecarYamlThroughDocument(value as unknown as Sidecar), what);
    }
  });
});

describe('text written as it is (the plain fast path of yaml-emit)', () => {
  it('is text the yaml library writes as it is in a block mapping', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        if (!isPlainAsItIs(value)) return;
        const doc = newSidecarDocument();
        doc.set('text', value);
        assert.equal(doc.toString(TO_STRING_OPTIONS), `text: ${value}\n`);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes text in a block mapping and in a one-line list as the yaml library does, in its fast paths too', () => {
    // Every ASCII letter first, before what YAML reads as a number, a boolean or null ("E0", "on", "n").
    const initials = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const typeLike = initials.flatMap((letter) => [letter, `${letter}0`, `${letter}5`, `${letter}-3`, `${letter}es`, `${letter}ull`, `${letter}n`, `${letter}ff`, ` ${letter} `, `${letter}'s "x"`]);
    fc.assert(
      fc.property(fc.oneof(anyText, fc.constantFrom(...typeLike)), (value) => {
        // As the Document API writer styles it: double quotes for text with a line break.
        const doc = newSidecarDocument();
        const node = doc.createNode(value);
        if (needsDoubleQuotes(value)) node.type = Scalar.QUOTE_DOUBLE;
        doc.set('text', node);
        const written = blockText(value);
        if (written !== undefined) assert.equal(`text: ${written}\n`, doc.toString(TO_STRING_OPTIONS));
        const inList = emitYaml({ schema: 1, source: { file: value, sha256: 'x' }, entities: [], annotations: [] });
        if (inList) assert.equal(inList.text, newSidecarYamlThroughDocument({ schema: 1, source: { file: value, sha256: 'x' }, entities: [], annotations: [] } as unknown as Sidecar));
      }),
      { numRuns: 4000 },
    );
  });

  it('takes the common text of a sidecar', () => {
    for (const value of ['Abbas Araqchi', 'Iran’s talks, in Rome.', 'next Saturday']) assert.equal(isPlainAsItIs(value), true);
    for (const value of ['yes', '12', '2025-04-20', '~', 'a: b', ' lead', '0o17', 'line\nbreak', '']) assert.equal(isPlainAsItIs(value), false);
  });
});
