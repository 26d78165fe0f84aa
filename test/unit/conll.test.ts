import { strict as assert } from 'node:assert';
import {
  countMatches,
  emptyCounts,
  evaluateConll,
  parseConll,
  prf,
  rebuildDocument,
  scoreCounts,
} from '../../src/core/eval/conll';
import type { NameMention } from '../../src/core/names/index';

const IOB1 = `-DOCSTART- -X- -X- O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
Paul NNP I-NP B-PER

-DOCSTART- -X- -X- O

BRUSSELS NNP I-NP I-LOC
1996-08-22 CD I-NP O
`;

const IOB2_OFFSETS = `-DOCSTART- 0 0 O

New 0 3 B-LOC
York 4 8 I-LOC
Times 9 14 O
Acme 15 19 B-ORG
Bob 20 23 B-PER
Ray 24 27 B-PER
`;

describe('CoNLL evaluation', () => {
  it('parses IOB1 documents and rebuilds text with gold character spans', () => {
    const docs = parseConll(IOB1);
    assert.equal(docs.length, 2);
    const { text, gold } = rebuildDocument(docs[0]!);
    assert.equal(text, 'EU rejects German call .\nPeter Blackburn Paul');
    assert.deepEqual(
      gold.map((g) => [text.slice(g.start, g.end), g.type]),
      [
        ['EU', 'ORG'],
        ['German', 'MISC'],
        ['Peter Blackburn', 'PER'],
        ['Paul', 'PER'],
      ],
    );
  });

  it('parses IOB2 files whose middle columns are offsets (CoNLL++)', () => {
    const docs = parseConll(IOB2_OFFSETS);
    const { text, gold } = rebuildDocument(docs[0]!);
    assert.deepEqual(
      gold.map((g) => [text.slice(g.start, g.end), g.type]),
      [
        ['New York', 'LOC'],
        ['Acme', 'ORG'],
        ['Bob', 'PER'],
        ['Ray', 'PER'],
      ],
    );
  });

  it('scores exact span and type for PER, LOC, ORG only', () => {
    const counts = emptyCounts();
    const gold = [
      { start: 0, end: 2, type: 'ORG' },
      { start: 3, end: 9, type: 'MISC' },
      { start: 10, end: 20, type: 'PER' },
      { start: 21, end: 25, type: 'PER' },
    ];
    const predicted = [
      { start: 0, end: 2, type: 'ORG' }, // correct
      { start: 3, end: 9, type: 'LOC' }, // wrong (gold MISC is not scored)
      { start: 10, end: 25, type: 'PER' }, // wrong span
    ];
    countMatches(gold, predicted, counts);
    assert.deepEqual(counts, {
      PER: { gold: 2, predicted: 1, correct: 0 },
      LOC: { gold: 0, predicted: 1, correct: 0 },
      ORG: { gold: 1, predicted: 1, correct: 1 },
    });
    const result = scoreCounts(counts, 1);
    assert.equal(result.types.ORG.f1, 1);
    assert.equal(result.types.PER.recall, 0);
    assert.equal(result.micro.precision, 1 / 3);
    assert.equal(result.micro.recall, 1 / 3);
    assert.ok(Math.abs(result.micro.f1 - 1 / 3) < 1e-12);
    assert.deepEqual(prf(0, 0, 0), { precision: 0, recall: 0, f1: 0 });
  });

  it('runs a finder on the rebuilt text of each document', () => {
    const finder = (text: string): NameMention[] => {
      const out: NameMention[] = [];
      for (const name of ['EU', 'Peter Blackburn', 'BRUSSELS']) {
        const at = text.indexOf(name);
        if (at >= 0) out.push({ start: at, end: at + name.length, text: name, type: name === 'EU' ? 'ORG' : name === 'BRUSSELS' ? 'LOC' : 'PER' });
      }
      return out;
    };
    const result = evaluateConll(IOB1, finder);
    assert.equal(result.dataset, 'conll');
    assert.equal(result.documents, 2);
    assert.deepEqual([result.types.PER.gold, result.types.PER.correct], [2, 1]);
    assert.equal(result.types.LOC.f1, 1);
    assert.equal(result.micro.precision, 1);
    assert.equal(result.micro.recall, 0.75);
  });
});
