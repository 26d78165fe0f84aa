/**
 * `article-annotator annotate`: writes a sidecar beside each article.
 * Files are read and written with synchronous calls: articles go one after another anyway,
 * and each asynchronous call was a round trip through libuv's thread pool (about ten per
 * article, as long as writing its sidecar).
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { annotateArticle, sidecarNameFor } from '../core/annotate-article';
import { sizeRefusal } from '../core/text-input';
import { articlePaths } from './input-files';
import { nameModel } from './name-model-file';

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
  for (const path of paths) {
    const line = annotateFileReportingErrors(path, options);
    if (line.ok) console.log(line.message);
    else {
      console.error(`error: ${line.message}`);
      failures++;
    }
  }
  if (paths.length > 1) console.log(`${paths.length - failures} of ${paths.length} articles annotated`);
  return failures > 0 ? 1 : 0;
}

function annotateFileReportingErrors(path: string, options: AnnotateOptions): { ok: boolean; message: string } {
  try {
    return annotateFile(path, options);
  } catch (error) {
    return { ok: false, message: `${path}: ${(error as Error).message}` };
  }
}

function annotateFile(path: string, options: AnnotateOptions): { ok: boolean; message: string } {
  const info = statSync(path);
  // Refuse a huge file before reading it into memory.
  const tooLarge = sizeRefusal(info.size, options.maxBytes);
  if (tooLarge) return { ok: false, message: `${path} ${tooLarge}` };
  const bytes = readFileSync(path);
  const sidecarPath = sidecarNameFor(path);
  const existingSidecar = readTextIfExists(sidecarPath);
  const result = annotateArticle({ fileName: basename(path), bytes, existingSidecar, modifiedMillis: info.mtimeMs, maxBytes: options.maxBytes, nameModel: nameModel() });
  if (!result.ok) return { ok: false, message: result.message };
  if (result.changed) writeAtomically(sidecarPath, result.sidecarText);
  const { dates, names, kept, moved, orphaned, orphans, published, publishedFrom } = result.summary;
  const keptNote = kept > 0 ? `, ${kept} human decisions kept` : '';
  const movedNote = moved > 0 ? `, ${moved} re-attached to the changed text` : '';
  const orphanNote = orphans > 0 ? `, ${orphans} orphans (${orphaned} new; listed under "orphans" in the sidecar)` : '';
  return { ok: true, message: `${path}: published ${published} (${publishedFrom}), ${names} names, ${dates} dates${keptNote}${movedNote}${orphanNote} -> ${sidecarPath}${result.changed ? '' : ' (unchanged)'}` };
}

function readTextIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Temporary file then rename: a crash never leaves a half-written sidecar. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, path);
}
