import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { workerCount } from '../../src/cli/annotate-command';
import { SAMPLE_000, SAMPLE_001, SAMPLES_DIR } from './samples';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return cliWith({}, ...args);
}

function cliWith(env: Record<string, string>, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspaceWithSamples(): string {
  const folder = mkdtempSync(join(tmpdir(), 'aa-cli-'));
  for (const name of [SAMPLE_000, SAMPLE_001]) copyFileSync(join(SAMPLES_DIR, name), join(folder, name));
  return folder;
}

describe('command line', () => {
  it('annotates a folder: one line per file, a sidecar beside each article', () => {
    const folder = workspaceWithSamples();
    const { status, stdout } = cli('annotate', folder);
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 3, stdout);
    assert.match(lines[0]!, /000_56f81b581865dfc8\.txt: published 2025-04-19 \(header\), \d+ names, \d+ dates/);
    assert.match(lines[1]!, /001_3cb9e0cab7a863e9\.txt: published 2025-04-20 \(date-line\), \d+ names, \d+ dates/);
    const sidecar = parse(readFileSync(join(folder, `${SAMPLE_001}.annotations.yaml`), 'utf8')) as { annotations: Array<{ text: string; value: string }> };
    assert.equal(sidecar.annotations.find((a) => a.text === 'next Saturday')?.value, '2025-04-26');
  });

  it('writes the same sidecar whatever the locale of the machine (colleagues share them through git)', () => {
    // Danish sorts "aa" after "z", Lithuanian "y" between "i" and "k": a locale-aware order of
    // entity ids would give each colleague a different file.
    const article = 'date 2025-04-19 Ivan Petrov flew from Aarhus to Zurich on Monday. Petrov later spoke at Yale University and in Kiev.\n';
    const sidecarIn = (locale: string): string => {
      const folder = mkdtempSync(join(tmpdir(), 'aa-cli-locale-'));
      writeFileSync(join(folder, 'trip.txt'), article);
      const run = cliWith({ LANG: locale, LC_ALL: locale }, 'annotate', folder);
      assert.equal(run.status, 0, run.stderr);
      return readFileSync(join(folder, 'trip.txt.annotations.yaml'), 'utf8');
    };
    const english = sidecarIn('en_US.UTF-8');
    const ids = (parse(english) as { entities: Array<{ id: string }> }).entities.map((entity) => entity.id);
    assert.ok(['aarhus', 'zurich', 'yale-university', 'kiev'].every((id) => ids.includes(id)), ids.join(' '));
    assert.equal(sidecarIn('da_DK.UTF-8'), english);
    assert.equal(sidecarIn('lt_LT.UTF-8'), english);
  });

  it('reports an unchanged sidecar the second time', () => {
    const folder = workspaceWithSamples();
    cli('annotate', folder);
    assert.match(cli('annotate', join(folder, SAMPLE_000)).stdout, /\(unchanged\)/);
  });

  it('explains a missing file in one line and exits 2', () => {
    const { status, stderr } = cli('annotate', '/no/such/article.txt');
    assert.equal(status, 2);
    assert.equal(stderr.trim(), 'article-annotator: /no/such/article.txt: no such file or folder');
  });

  it('refuses a binary file politely and exits 1, annotating the rest', () => {
    const folder = workspaceWithSamples();
    writeFileSync(join(folder, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const { status, stdout, stderr } = cli('annotate', folder);
    assert.equal(status, 1);
    assert.match(stderr, /photo\.txt looks binary/);
    assert.match(stdout, /2 of 3 articles annotated/);
    assert.equal(existsSync(join(folder, 'photo.txt.annotations.yaml')), false);
  });

  it('refuses an article over --max-size', () => {
    const folder = workspaceWithSamples();
    const { status, stderr } = cli('annotate', join(folder, SAMPLE_000), '--max-size', '0.001');
    assert.equal(status, 1);
    assert.match(stderr, /over the 1\.0 KB limit/);
  });

  it('never overwrites a corrupt sidecar', () => {
    const folder = workspaceWithSamples();
    const sidecar = join(folder, `${SAMPLE_000}.annotations.yaml`);
    writeFileSync(sidecar, 'schema: 1\nannotations: [\n');
    const { status, stderr } = cli('annotate', join(folder, SAMPLE_000));
    assert.equal(status, 1);
    assert.match(stderr, /not valid YAML/);
    assert.equal(readFileSync(sidecar, 'utf8'), 'schema: 1\nannotations: [\n');
  });

  it('reports a sidecar it cannot write, in the order of the articles, and leaves no temporary file', () => {
    const folder = workspaceWithSamples();
    // A folder where the first article's sidecar should go: the rename onto it fails.
    mkdirSync(join(folder, `${SAMPLE_000}.annotations.yaml`));
    const { status, stdout, stderr } = cli('annotate', folder);
    assert.equal(status, 1);
    assert.match(stderr, new RegExp(`error: .*${SAMPLE_000}`));
    assert.match(stdout, new RegExp(`${SAMPLE_001}: published`));
    assert.match(stdout, /1 of 2 articles annotated/);
    assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.tmp')), []);
  });

  it('documents every command in --help, and rejects unknown ones', () => {
    const help = cli('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /article-annotator annotate <files or folders/);
    const unknown = cli('frobnicate');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
  });

  it('annotates on worker threads exactly as on one: the same lines in the same order, the same sidecars, the same errors', function () {
    this.timeout(60_000);
    const build = (): string => {
      const folder = mkdtempSync(join(tmpdir(), 'aa-cli-jobs-'));
      for (let i = 0; i < 4; i++) for (const name of [SAMPLE_000, SAMPLE_001]) copyFileSync(join(SAMPLES_DIR, name), join(folder, `${i}_${name}`));
      writeFileSync(join(folder, '2_photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
      writeFileSync(join(folder, `3_${SAMPLE_000}.annotations.yaml`), 'schema: 1\nannotations: [\n');
      return folder;
    };
    const sidecars = (folder: string): Record<string, string> =>
      Object.fromEntries(readdirSync(folder).filter((name) => name.endsWith('.yaml')).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
    const one = build();
    const many = build();
    const alone = cli('annotate', one, '--jobs', '1');
    const threaded = cli('annotate', many, '--jobs', '3');
    assert.equal(threaded.status, 1);
    assert.equal(threaded.status, alone.status);
    assert.equal(threaded.stdout.replaceAll(many, '<folder>'), alone.stdout.replaceAll(one, '<folder>'));
    assert.equal(threaded.stderr.replaceAll(many, '<folder>'), alone.stderr.replaceAll(one, '<folder>'));
    assert.match(threaded.stdout, /7 of 9 articles annotated/);
    assert.deepEqual(sidecars(many), sidecars(one));
    assert.deepEqual(readdirSync(many).filter((name) => name.endsWith('.tmp')), []);
  });

  it('rejects a bad --jobs in one line', () => {
    const run = cli('annotate', SAMPLES_DIR, '--jobs', '0');
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim(), 'article-annotator: --jobs takes a positive whole number');
  });

  it('annotates on this thread unless --jobs asks for more, and never on more threads than articles', () => {
    assert.equal(workerCount(100_000, undefined), 1);
    assert.equal(workerCount(5, 3), 3);
    assert.equal(workerCount(2, 3), 2);
    assert.equal(workerCount(500, 1), 1);
  });
});

