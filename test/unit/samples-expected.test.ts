/**
 * The samples against hand-checked expectations (test/fixtures/samples-expected.yaml).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { analyzeArticle, type ArticleAnalysis } from '../../src/core/analyze';
import { formatIsoDate } from '../../src/core/article-metadata';
import { shippedNameModel } from './name-model';
import { readSample } from './samples';

interface Expected {
  published: string;
  names: Array<{ text: string; type: 'person' | 'place' | 'organization'; exact?: boolean; known_miss?: string }>;
  dates: Array<{ text: string; value: string }>;
  not_dates: string[];
  not_names?: string[];
}

const expectations = parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'samples-expected.yaml'), 'utf8')) as Record<string, Expected>;

function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of text.matchAll(pattern)) found.push(match.index);
  return found;
}

for (const [file, expected] of Object.entries(expectations)) {
  describe(`sample ${file} against hand-checked annotations`, () => {
    const text = readSample(file);
    let analysis: ArticleAnalysis;
    before(() => {
      analysis = analyzeArticle(text, { fallbackDate: { year: 2000, month: 1, day: 1 }, nameModel: shippedNameModel() });
    });

    it(`is published ${expected.published}`, () => {
      assert.equal(formatIsoDate(analysis.reference.date), expected.published);
    });

    for (const name of expected.names) {
      const test = name.known_miss ? it.skip : it;
      test(`finds every "${name.text}" as a ${name.type}${name.known_miss ? ` (known miss: ${name.known_miss})` : ''}`, () => {
        const starts = occurrences(text, name.text);
        assert.ok(starts.length > 0, `"${name.text}" is not in the article`);
        for (const start of starts) {
          const end = start + name.text.length;
          // What the product shows and saves: the tagger's names after entity clustering.
          const covering = analysis.entityMentions.filter((mention) => mention.start <= start && end <= mention.end);
          const context = text.slice(Math.max(0, start - 30), end + 30).replace(/\n/g, ' ');
          assert.ok(covering.some((mention) => mention.type === name.type), `"${name.text}" at ${start} (…${context}…) found as ${JSON.stringify(covering.map((m) => `${m.text}/${m.type}`))}`);
          if (name.exact) assert.ok(covering.some((mention) => mention.start === start && mention.end === end), `"${name.text}" at ${start} has another extent: ${JSON.stringify(covering.map((m) => m.text))}`);
        }
      });
    }

    for (const date of expected.dates) {
      it(`resolves "${date.text}" to ${date.value}`, () => {
        const start = occurrences(text, date.text)[0];
        assert.ok(start !== undefined, `"${date.text}" is not in the article`);
        const mention = analysis.dates.find((found) => found.start === start && found.end === start + date.text.length);
        assert.ok(mention, `no date mention exactly on "${date.text}"; near it: ${JSON.stringify(analysis.dates.filter((d) => Math.abs(d.start - start) < 40).map((d) => d.text))}`);
        assert.equal(mention.value, date.value);
      });
    }

    if (expected.not_names) {
      const notNames = expected.not_names;
      it('does not show these phrases as names: ' + notNames.join(', '), () => {
        for (const phrase of notNames) {
          const start = text.indexOf(phrase);
          assert.ok(start >= 0, `"${phrase}" is not in the article`);
          const shown = analysis.entityMentions.filter((m) => m.start < start + phrase.length && start < m.end);
          assert.deepEqual(shown.map((m) => `${m.text}/${m.type}`), [], `in "${phrase}"`);
        }
      });
    }

    it('does not take these phrases for dates: ' + expected.not_dates.join(', '), () => {
      for (const phrase of expected.not_dates) {
        const start = text.indexOf(phrase);
        assert.ok(start >= 0, `"${phrase}" is not in the article`);
        const tagged = analysis.dates.filter((d) => d.start < start + phrase.length && start < d.end);
        assert.deepEqual(tagged.map((d) => d.text), [], `in "${phrase}"`);
      }
    });
  });
}
