import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNames, loadNameModel, tokenize, trainNameModel, type NameModel, type TrainingDocument } from '../../src/core/names/index';
import { GAZ_CATEGORIES, Gazetteer, IntTable, extractFeatures, hashString, localFeatures } from '../../src/core/names/features';

const root = join(__dirname, '..', '..', '..');

function words(text: string): string[] {
  return tokenize(text).tokens.map((t) => text.slice(t.start, t.end));
}

describe('news tokenizer', () => {
  it('keeps UTF-16 offsets into the raw text and normalises quotes', () => {
    const text = 'Iran’s “useful” talks—in Rome 😀 today.';
    const { tokens } = tokenize(text);
    for (const t of tokens) assert.ok(t.end > t.start && text.slice(t.start, t.end).length > 0);
    assert.deepEqual(words(text), ['Iran', '’s', '“', 'useful', '”', 'talks', '—', 'in', 'Rome', '😀', 'today', '.']);
    assert.deepEqual(
      tokens.map((t) => t.norm),
      ['Iran', "'s", '"', 'useful', '"', 'talks', '--', 'in', 'Rome', '😀', 'today', '.'],
    );
    const rome = tokens[8]!;
    assert.equal(text.slice(rome.start, rome.end), 'Rome');
  });

  it('keeps abbreviations, hyphenated words and numbers whole', () => {
    assert.deepEqual(words('The U.S. envoy met Mr. Smith on Apr. 12 at 10:30 a.m.'), [
      'The', 'U.S.', 'envoy', 'met', 'Mr.', 'Smith', 'on', 'Apr.', '12', 'at', '10:30', 'a.m.',
    ]);
    assert.deepEqual(words('A U.S.-Iran deal worth $1,000.50, don\'t.'), [
      'A', 'U.S.-Iran', 'deal', 'worth', '$1,000.50', ',', 'do', "n't", '.',
    ]);
    assert.deepEqual(words("The countries' envoys (IRNA) said: \"yes\"."), [
      'The', 'countries', "'", 'envoys', '(', 'IRNA', ')', 'said', ':', '"', 'yes', '"', '.',
    ]);
  });

  it('splits a slash between words, as CoNLL-2003 does, but not in numbers or web addresses', () => {
    assert.deepEqual(words('WASHINGTON/BEIJING talks, U.S./Japan trade and/or 1996/97 at reuters.com/world and https://x.org/a'), [
      'WASHINGTON', '/', 'BEIJING', 'talks', ',', 'U.S.', '/', 'Japan', 'trade', 'and', '/', 'or', '1996/97', 'at', 'reuters.com/world', 'and', 'https://x.org/a',
    ]);
  });

  it('splits sentences at newlines and at final punctuation before a capital', () => {
    const text = 'Talks ended. He left Rome.\nHEADLINE HERE\n“Yes,” he said. the end';
    const { tokens, sentences } = tokenize(text);
    const joined = sentences.map(([a, b]) => tokens.slice(a, b).map((t) => t.norm).join(' '));
    assert.deepEqual(joined, ['Talks ended .', 'He left Rome .', 'HEADLINE HERE', '" Yes , " he said . the end']);
  });
});

describe('name tagger training', () => {
  const sentence = (line: string): { words: string[]; tags: string[] } => {
    const words: string[] = [];
    const tags: string[] = [];
    for (const part of line.split(' ')) {
      const [w, t] = part.split('/');
      words.push(w!);
      tags.push(t ?? 'O');
    }
    return { words, tags };
  };
  const docs: TrainingDocument[] = [
    { sentences: [sentence('Maria/I-PER Lopez/I-PER visited Paris/I-LOC on Monday .'), sentence('She/O met Acme/I-ORG Corp/I-ORG officials .')] },
    { sentences: [sentence('John/I-PER Smith/I-PER flew to Berlin/I-LOC .'), sentence('Globex/I-ORG Inc/I-ORG hired John/I-PER .')] },
    { sentences: [sentence('Anna/I-PER Berg/I-PER lives in Oslo/I-LOC .'), sentence('The/O firm/O Initech/I-ORG Ltd/I-ORG grew .')] },
  ];

  it('is deterministic and learns its training sentences', () => {
    const a = trainNameModel(docs, { epochs: 8, seed: 7, gazetteer: { city: ['Paris', 'Berlin'] } });
    const b = trainNameModel(docs, { epochs: 8, seed: 7, gazetteer: { city: ['Paris', 'Berlin'] } });
    assert.deepEqual(Buffer.from(a), Buffer.from(b));
    const model = loadNameModel(a);
    const text = 'John Smith flew to Berlin .';
    assert.deepEqual(
      findNames(text, model).map((m) => [m.text, m.type]),
      [
        ['John Smith', 'PER'],
        ['Berlin', 'LOC'],
      ],
    );
    // The same bytes as base64 load too.
    const fromString = loadNameModel(Buffer.from(a).toString('base64'));
    assert.equal(findNames(text, fromString).length, 2);
  });

  it('rejects data that is not a model', () => {
    assert.throws(() => loadNameModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])), /Not a name model/);
  });
});

describe('the shipped name model (models/names.bin)', () => {
  let model: NameModel;
  before(function () {
    this.timeout(10000);
    const started = Date.now();
    model = loadNameModel(readFileSync(join(root, 'models', 'names.bin')));
    assert.ok(Date.now() - started < 2000, 'model loads quickly');
  });

  const expectNames = (file: string, expected: Array<[string, string]>): void => {
    const text = readFileSync(join(root, 'samples', file), 'utf8');
    const found = findNames(text, model);
    for (let i = 1; i < found.length; i++) assert.ok(found[i]!.start >= found[i - 1]!.end, 'sorted, non-overlapping');
    for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
    for (const [name, type] of expected) {
      const hits = found.filter((m) => m.text === name);
      assert.ok(hits.length > 0, `${name} found`);
      assert.ok(
        hits.some((m) => m.type === type),
        `${name} is ${type} (got ${hits.map((m) => m.type).join(', ')})`,
      );
    }
  };

  it('finds the people, places and organisations of sample 000', () => {
    expectNames('000_56f81b581865dfc8.txt', [
      ['Abbas Araqchi', 'PER'],
      ['Rome', 'LOC'],
      ['Oman', 'LOC'],
      ['IRNA', 'ORG'],
      ['Donald Trump', 'PER'],
      ['Steve Witkoff', 'PER'],
    ]);
  });

  it('finds the people and places of sample 001', () => {
    expectNames('001_3cb9e0cab7a863e9.txt', [
      ['Abbas Araghchi', 'PER'],
      ['Muscat', 'LOC'],
      ['Tehran', 'LOC'],
    ]);
  });
});

describe('name tagger features', () => {
  it('looks words and phrases up in the gazetteer tables', () => {
    const gazetteer = Gazetteer.fromLists({ city: ['New York', 'Paris'], org: ['New York Times'], common: ['paris'] }, (p) => p.split(' '));
    const words = 'the New York Times in Paris'.split(' ');
    const lower = Int32Array.from(words, (w) => hashString(w.toLowerCase()));
    const out = new Uint32Array(2 * words.length);
    gazetteer.annotate(lower, 0, words.length, out);
    const city = GAZ_CATEGORIES.indexOf('city') * 3;
    const org = GAZ_CATEGORIES.indexOf('org') * 3;
    assert.equal(out[2], (1 << (city + 1)) | (1 << (org + 1)), 'New: first word of a city and of an org');
    assert.equal(out[4], (1 << (city + 2)) | (1 << (org + 2)), 'York: inside both');
    assert.equal(out[6], 1 << (org + 2), 'Times: inside the org');
    assert.equal(out[10], 1 << city, 'Paris: a one-word city');
    assert.equal(gazetteer.lex.get(hashString('paris')), 1);
    assert.equal(gazetteer.lex.get(hashString('rome')), 0);
    const table = new IntTable(Int32Array.of(5, -7, 0), Int32Array.of(1, 2, 3));
    assert.deepEqual([table.get(5), table.get(-7), table.get(0), table.get(9)], [1, 2, 3, 0]);
  });

  it('shares the document-level features of a word between its mentions exactly as training sees them', () => {
    const text = 'Pirelli said on Friday .\nThe Italian group Pirelli SpA said shares rose .\nPIRELLI SHARES RISE\nAnalysts like Pirelli .';
    const { tokens, sentences } = tokenize(text);
    const words = tokens.map((t) => t.norm);
    const expanded = extractFeatures(words, sentences, undefined);
    const shared = extractFeatures(words, sentences, undefined, new Map());
    for (let t = 0; t < words.length; t++) {
      if (shared.quiet![t] === 1) {
        // A quiet token is labelled O without scoring: tagging gives it no features at all.
        assert.equal(shared.offsets[t + 1]! - shared.offsets[t]!, 0, `features of quiet ${words[t]}`);
        assert.equal(shared.typeOf![t], -1);
        continue;
      }
      const all = [...expanded.feats.subarray(expanded.offsets[t], expanded.offsets[t + 1])].sort();
      const info = shared.info![t]!;
      const local = new Int32Array(64);
      const count = localFeatures(info.word, info.lw, info.lower, info.shape, info.cls, shared.caps[t]!, 0, local, 0);
      const block = shared.typeOf![t]!;
      const parts = [
        ...local.subarray(0, count),
        ...shared.feats.subarray(shared.offsets[t], shared.offsets[t + 1]),
        ...(block >= 0 ? shared.typeFeats!.subarray(shared.typeOffsets![block], shared.typeOffsets![block + 1]) : []),
      ].sort();
      assert.deepEqual(parts, all, `features of ${words[t]}`);
    }
  });

  it('leaves quiet only the lowercase and letterless tokens between such tokens, outside all-caps sentences', () => {
    const text = 'He said the Bank of the Republic raised rates by 2 percent on Friday .\nBANK OF THE REPUBLIC RAISES RATES';
    const { tokens, sentences } = tokenize(text);
    const words = tokens.map((t) => t.norm);
    const doc = extractFeatures(words, sentences, undefined, new Map());
    const quiet = words.filter((_, t) => doc.quiet![t] === 1);
    // Every other word of the first sentence touches a capitalised one; the headline is all caps.
    assert.deepEqual(quiet, ['rates', 'by', '2', 'percent']);
  });
});

