import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

// Shape only: a benchmark, so no timing is asserted.
describe('command line: bench', () => {
  it('prints sorted JSON with each figure, its target and pass/fail', function () {
    this.timeout(120000);
    const folder = mkdtempSync(join(tmpdir(), 'aa-bench-'));
    const conll = join(folder, 'tiny.conll');
    writeFileSync(conll, '-DOCSTART- O\n\nAda I-PER\nQuill I-PER\nsailed O\non O\nMonday O\n.\n');
    const run = spawnSync(process.execPath, [CLI, 'bench', '--json', '--conll', conll, '--runs', '1', '--copies', '1'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as {
      corpus: { source: string; words: number };
      figures: Record<string, { value: number; unit: string; target?: string; pass?: boolean }>;
      pass: boolean;
    };
    assert.deepEqual(Object.keys(report), [...Object.keys(report)].sort());
    assert.deepEqual(report.corpus.source, 'conll');
    assert.equal(report.corpus.words, 6);
    for (const name of ['modelLoadMs', 'heapAfterLoadMB', 'analysisWordsPerSecond', 'article10kWordsMs']) {
      const figure = report.figures[name];
      assert.ok(figure, name);
      assert.equal(typeof figure.value, 'number');
      assert.match(figure.target ?? '', /^(<=|>=) \d+$/);
      assert.equal(typeof figure.pass, 'boolean');
    }
    for (const name of ['annotateWordsPerSecond', 'annotateSteadyWordsPerSecond', 'annotateStartSeconds']) assert.equal(typeof report.figures[name]?.value, 'number', name);
    assert.equal(report.figures.annotateSteadyShareOfAnalysis?.target, '>= 0.8');
    assert.equal(typeof report.figures.annotateSteadyShareOfAnalysis?.pass, 'boolean');
    assert.equal(typeof report.pass, 'boolean');
  });

  it('rejects a bad --runs in one line', () => {
    const run = spawnSync(process.execPath, [CLI, 'bench', '--runs', 'many'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim(), 'article-annotator: --runs takes a positive whole number');
  });
});
