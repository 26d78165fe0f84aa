/**
 * The TextMate grammar, tokenised by the same engine VS Code uses (vscode-textmate + oniguruma).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { readSample, SAMPLE_000, SAMPLE_001 } from './samples';

const ROOT = join(__dirname, '..', '..', '..');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'text.article') return null;
      const path = join(ROOT, 'syntaxes', 'article.tmLanguage.json');
      return parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const grammar = await registry.loadGrammar('text.article');
  assert.ok(grammar);
  return grammar;
}

/** Every piece of text that got a scope containing `scope`, in order. */
function tokensWithScope(grammar: IGrammar, text: string, scope: string): string[] {
  let state = INITIAL;
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      if (token.scopes.some((s) => s.startsWith(scope))) found.push(line.slice(token.startIndex, token.endIndex));
    }
    state = result.ruleStack;
  }
  return found;
}

describe('TextMate grammar (syntaxes/article.tmLanguage.json)', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('scopes the header date of sample 000', () => {
    assert.deepEqual(tokensWithScope(grammar, readSample(SAMPLE_000), 'constant.numeric.date'), ['2025-04-19']);
    assert.deepEqual(tokensWithScope(grammar, readSample(SAMPLE_000), 'keyword.other.header'), ['date']);
  });

  it('scopes the date line and the dateline of sample 001', () => {
    const text = readSample(SAMPLE_001);
    assert.deepEqual(tokensWithScope(grammar, text, 'constant.numeric.date'), ['Apr. 20, 2025']);
    assert.deepEqual(tokensWithScope(grammar, text, 'entity.name.section.dateline'), ['ERBIL']);
  });

  it('scopes quotations, curly and straight, and stops at the end of the line', () => {
    const quotes = tokensWithScope(grammar, 'He said “We are not after nuclear bombs.” and "good enough for us."\nNext “open', 'string.quoted').join('');
    assert.ok(quotes.includes('We are not after nuclear bombs.'));
    assert.ok(quotes.includes('good enough for us.'));
    assert.ok(quotes.includes('open'));
    assert.ok(!quotes.includes('Next'));
  });

  it('leaves ordinary prose alone', () => {
    assert.deepEqual(tokensWithScope(grammar, 'The talks in Rome lasted four hours.', 'string'), []);
    assert.deepEqual(tokensWithScope(grammar, 'The talks in Rome lasted four hours.', 'entity'), []);
  });
});
