/**
 * `article-annotator annotate`: writes a sidecar beside each article.
 * Articles are read and analysed one after another with synchronous calls (each asynchronous
 * read was a round trip through libuv's thread pool, about as long as the read). Sidecars are
 * written asynchronously, a few at a time, while the next articles are analysed: creating and
 * renaming a file costs about a millisecond on some disks, as much as analysing a short article.
 * The lines are printed in the order of the articles, each once its sidecar is on disk.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { annotateArticle, sidecarNameFor } from '../core/annotate-article';
import { sizeRefusal } from '../core/text-input';
import { articlePaths } from './input-files';
import { nameModel } from './name-model-file';

/** Sidecars being written at once (libuv's thread pool has four threads). */
const WRITES_IN_FLIGHT = 8;

export interface AnnotateOptions {
  maxBytes: number;
}

export async function runAnnotate(inputs: string[], options: AnnotateOptions): Promise<number> {
  const paths = await articlePaths(inputs);
  if (paths.length === 0) {
    console.error('article-annotator: no .txt articles found in ' + inputs.join(', '));
    return 1;
  }
  let failures = 0;
  const report = (line: Line): void => {
    // (Written as it is: console.log's formatting cost 2% of a run of a few thousand articles.)
    if (line.ok) process.stdout.write(`${line.message}\n`);
    else {
      console.error(`error: ${line.message}`);
      failures++;
    }
  };
  const pending: Array<Promise<Line>> = [];
  for (const path of paths) {
    pending.push(annotateFileReportingErrors(path, options));
    if (pending.length > WRITES_IN_FLIGHT) report(await (pending.shift() as Promise<Line>));
  }
  for (const line of pending) report(await line);
  if (paths.length > 1) console.log(`${paths.length - failures} of ${paths.length} articles annotated`);
  return failures > 0 ? 1 : 0;
}

interface Line {
  ok: boolean;
  message: string;
}

/** Analyses the article now; the promise settles once its sidecar is written. Never rejects. */
function annotateFileReportingErrors(path: string, options: AnnotateOptions): Promise<Line> {
  const failed = (error: unknown): Line => ({ ok: false, message: `${path}: ${(error as Error).message}` });
  try {
    const { line, write } = annotateFile(path, options);
    return write ? write.then(() => line, failed) : Promise.resolve(line);
  } catch (error) {
    return Promise.resolve(failed(error));
  }
}

function annotateFile(path: string, options: AnnotateOptions): { line: Line; write?: Promise<void> } {
  const info = statSync(path);
  // Refuse a huge file before reading it into memory.
  const tooLarge = sizeRefusal(info.size, options.maxBytes);
  if (tooLarge) return { line: { ok: false, message: `${path} ${tooLarge}` } };
  const bytes = readFileSync(path);
  const sidecarPath = sidecarNameFor(path);
  const existingSidecar = readTextIfExists(sidecarPath);
  const result = annotateArticle({ fileName: basename(path), bytes, existingSidecar, modifiedMillis: info.mtimeMs, maxBytes: options.maxBytes, nameModel: nameModel() });
  if (!result.ok) return { line: { ok: false, message: result.message } };
  const { dates, names, kept, moved, orphaned, orphans, published, publishedFrom } = result.summary;
  const keptNote = kept > 0 ? `, ${kept} human decisions kept` : '';
  const movedNote = moved > 0 ? `, ${moved} re-attached to the changed text` : '';
  const orphanNote = orphans > 0 ? `, ${orphans} orphans (${orphaned} new; listed under "orphans" in the sidecar)` : '';
  const line = { ok: true, message: `${path}: published ${published} (${publishedFrom}), ${names} names, ${dates} dates${keptNote}${movedNote}${orphanNote} -> ${sidecarPath}${result.changed ? '' : ' (unchanged)'}` };
  return result.changed ? { line, write: writeAtomically(sidecarPath, result.sidecarText) } : { line };
}

/** (Asked first rather than caught: the exception a missing file throws cost more than the check, for every new sidecar.) */
function readTextIfExists(path: string): string | null {
  if (!existsSync(path)) return null;
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Temporary file then rename: a crash never leaves a half-written sidecar. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
