import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSidecarWriter } from '../../src/cli/sidecar-writer';
import { annotateArticle, annotateArticleOutput } from '../../src/core/annotate-article';
import { shippedNameModel } from './name-model';
import { readSample, SAMPLE_000, SAMPLE_001 } from './samples';

/** The thread the CLI starts, as `npm run build` makes it. */
const BUILT_THREAD = join(__dirname, '..', '..', '..', 'dist', 'sidecar-writer.js');

const folder = (): string => mkdtempSync(join(tmpdir(), 'aa-writer-'));
const temporaries = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('the thread annotate writes sidecars on', () => {
  it('writes each sidecar and settles once it is in place', async () => {
    const dir = folder();
    const writer = startSidecarWriter(BUILT_THREAD);
    try {
      const paths = Array.from({ length: 40 }, (_, i) => join(dir, `${i}.txt.annotations.yaml`));
      await Promise.all(paths.map((path, i) => writer.write(path, { text: `schema: 1\n# ${i}\n` })));
      paths.forEach((path, i) => assert.equal(readFileSync(path, 'utf8'), `schema: 1\n# ${i}\n`));
      assert.deepEqual(temporaries(dir), []);
    } finally {
      await writer.close();
    }
  });

  it('writes a new sidecar sent as data with the bytes annotateArticle gives for it, on the thread and without it', async () => {
    const dir = folder();
    for (const threadScript of [BUILT_THREAD, join(dir, 'no-such-thread.js')]) {
      const writer = startSidecarWriter(threadScript);
      try {
        for (const name of [SAMPLE_000, SAMPLE_001]) {
          const input = { fileName: name, bytes: new TextEncoder().encode(readSample(name)), existingSidecar: null, modifiedMillis: 0, nameModel: shippedNameModel() };
          const result = annotateArticleOutput(input);
          assert.ok(result.ok && 'newSidecar' in result.output, 'a new file is left as data');
          const expected = annotateArticle(input);
          assert.ok(expected.ok);
          await writer.write(join(dir, `${name}.annotations.yaml`), result.output);
          assert.equal(readFileSync(join(dir, `${name}.annotations.yaml`), 'utf8'), expected.sidecarText);
        }
      } finally {
        await writer.close();
      }
    }
  });

  it('starts its thread with the first write, so a run with nothing to write starts none', async () => {
    const dir = folder();
    // A thread that leaves a mark when it starts, then writes as the real one does.
    const marking = join(dir, 'marking-thread.js');
    const marker = join(dir, 'started');
    writeFileSync(marking, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, '');\nrequire(${JSON.stringify(BUILT_THREAD)});\n`);
    const idle = startSidecarWriter(marking);
    await idle.close();
    assert.equal(existsSync(marker), false);
    const busy = startSidecarWriter(marking);
    try {
      await busy.write(join(dir, 'a.txt.annotations.yaml'), { text: 'schema: 1\n' });
      assert.equal(existsSync(marker), true);
      assert.equal(readFileSync(join(dir, 'a.txt.annotations.yaml'), 'utf8'), 'schema: 1\n');
    } finally {
      await busy.close();
    }
  });

  it('rejects a write it cannot make with the reason, leaves no temporary file, and goes on with the others', async () => {
    const dir = folder();
    const blocked = join(dir, 'a.txt.annotations.yaml');
    mkdirSync(blocked); // a folder where the sidecar should go: the rename onto it fails
    const writer = startSidecarWriter(BUILT_THREAD);
    try {
      await assert.rejects(writer.write(blocked, { text: 'schema: 1\n' }), /EISDIR|ENOTEMPTY|EEXIST|directory/i);
      await writer.write(join(dir, 'b.txt.annotations.yaml'), { text: 'schema: 1\n' });
      assert.equal(readFileSync(join(dir, 'b.txt.annotations.yaml'), 'utf8'), 'schema: 1\n');
      assert.deepEqual(temporaries(dir), []);
    } finally {
      await writer.close();
    }
  });

  it('writes on the calling thread when the writing thread cannot start: nothing is lost', async () => {
    const dir = folder();
    const writer = startSidecarWriter(join(dir, 'no-such-thread.js'));
    try {
      await writer.write(join(dir, 'a.txt.annotations.yaml'), { text: 'schema: 1\n' });
      assert.equal(readFileSync(join(dir, 'a.txt.annotations.yaml'), 'utf8'), 'schema: 1\n');
    } finally {
      await writer.close();
    }
  });

  it('writes what a thread that died had not confirmed, and everything after, on the calling thread', async () => {
    const dir = folder();
    // A thread that dies on its first job without writing anything.
    const dying = join(dir, 'dying-thread.js');
    writeFileSync(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const writer = startSidecarWriter(dying);
    try {
      const paths = Array.from({ length: 5 }, (_, i) => join(dir, `${i}.txt.annotations.yaml`));
      await Promise.all(paths.map((path) => writer.write(path, { text: 'schema: 1\n' })));
      await writer.write(join(dir, 'late.txt.annotations.yaml'), { text: 'schema: 1\n' });
      for (const path of [...paths, join(dir, 'late.txt.annotations.yaml')]) assert.equal(readFileSync(path, 'utf8'), 'schema: 1\n');
      assert.deepEqual(temporaries(dir), []);
    } finally {
      await writer.close();
    }
  });
});
