import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CONLL = `-DOCSTART- -X- -X- O

Ada NNP I-NP I-PER
Quill NNP I-NP I-PER
visited VBD I-VP O
Dunmore NNP I-NP I-LOC
. . O O
`;

describe('command line: eval', () => {
  it('explains a missing dataset in one line and exits 2', () => {
    const { status, stderr } = cli('eval');
    assert.equal(status, 2);
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.match(stderr, /^article-annotator: eval needs a dataset and files/);
  });

  it('rejects an unknown dataset and a dataset without files', () => {
    assert.match(cli('eval', 'muc').stderr, /unknown dataset "muc"/);
    const noFiles = cli('eval', 'timeml');
    assert.equal(noFiles.status, 2);
    assert.equal(noFiles.stderr.trim(), 'article-annotator: eval timeml needs at least one file or folder');
  });

  it('explains a missing file in one line and exits 2', () => {
    const { status, stderr } = cli('eval', 'conll', '/no/such/eng.testa', '--json');
    assert.equal(status, 2);
    assert.equal(stderr.trim(), 'article-annotator: /no/such/eng.testa: no such file or folder');
  });

  it('scores a CoNLL file with the real pipeline and prints JSON', () => {
    const folder = mkdtempSync(join(tmpdir(), 'aa-eval-'));
    const file = join(folder, 'tiny.conll');
    writeFileSync(file, CONLL);
    const { status, stdout } = cli('eval', 'conll', file, '--json');
    assert.equal(status, 0);
    const result = JSON.parse(stdout) as Record<string, unknown> & { types: Record<string, { gold: number }>; micro: { f1: number } };
    assert.equal(result.dataset, 'conll');
    assert.equal(result.documents, 1);
    assert.deepEqual(Object.keys(result.types), ['PER', 'LOC', 'ORG']);
    assert.equal(result.types.PER?.gold, 1);
    assert.ok(result.micro.f1 >= 0 && result.micro.f1 <= 1);
    assert.equal(typeof result.wordsPerSecond, 'number');
    assert.match(cli('eval', 'conll', file).stdout, /micro/);
  });

  it('reports an unreadable TimeML file and scores the rest', () => {
    const folder = mkdtempSync(join(tmpdir(), 'aa-eval-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'sub', 'a.tml'), '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-09" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>We met <TIMEX3 tid="t1" type="DATE" value="2001-03-08">yesterday</TIMEX3>.</TEXT></TimeML>');
    writeFileSync(join(folder, 'b.tml'), '<TimeML>no text</TimeML>');
    const { status, stdout, stderr } = cli('eval', 'timeml', folder, '--json');
    assert.equal(status, 1);
    assert.match(stderr, /b\.tml: not a TimeML document/);
    const result = JSON.parse(stdout) as { documents: number; value: { f1: number }; detection: { strict: { f1: number } } };
    assert.equal(result.documents, 1);
    assert.equal(result.detection.strict.f1, 1);
    assert.equal(result.value.f1, 1);
  });
});
