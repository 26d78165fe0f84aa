/**
 * One article of `article-annotator annotate`: read it, analyse it, write its sidecar. Shared by
 * the in-process run and the worker threads (annotate-workers.ts).
 * The article is read and analysed with synchronous calls (each asynchronous read was a round
 * trip through libuv's thread pool, about as long as the read); the sidecar goes to `write`,
 * which may turn it into YAML and write it elsewhere while the next article is analysed
 * (sidecar-writer.ts): the YAML and the file took a third of the time of annotating an article.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { annotateArticleOutput, sidecarNameFor } from '../core/annotate-article';
import type { SidecarOutput } from '../core/model/sidecar-output';
import { sizeRefusal } from '../core/text-input';
import { nameModel } from './name-model-file';
import type { WriteSidecar } from './sidecar-writer';

export interface AnnotateOptions {
  maxBytes: number;
}

/** What is printed for one article: on stdout when ok, else as an error on stderr. */
export interface Line {
  ok: boolean;
  message: string;
}

/** Analyses the article now; the promise settles once its sidecar is written. Never rejects. */
export function annotateFileReportingErrors(path: string, options: AnnotateOptions, write: WriteSidecar): Promise<Line> {
  const failed = (error: unknown): Line => ({ ok: false, message: `${path}: ${(error as Error).message}` });
  try {
    const { line, sidecar } = annotateFile(path, options);
    return sidecar ? write(sidecar.path, sidecar.output).then(() => line, failed) : Promise.resolve(line);
  } catch (error) {
    return Promise.resolve(failed(error));
  }
}

/** The article's line, and the sidecar to write when it changed. */
function annotateFile(path: string, options: AnnotateOptions): { line: Line; sidecar?: { path: string; output: SidecarOutput } } {
  const info = statSync(path);
  // Refuse a huge file before reading it into memory.
  const tooLarge = sizeRefusal(info.size, options.maxBytes);
  if (tooLarge) return { line: { ok: false, message: `${path} ${tooLarge}` } };
  const bytes = readFileSync(path);
  const sidecarPath = sidecarNameFor(path);
  const existingSidecar = readTextIfExists(sidecarPath);
  const result = annotateArticleOutput({ fileName: basename(path), bytes, existingSidecar, modifiedMillis: info.mtimeMs, maxBytes: options.maxBytes, nameModel: nameModel() });
  if (!result.ok) return { line: { ok: false, message: result.message } };
  const { dates, names, kept, moved, orphaned, orphans, published, publishedFrom } = result.summary;
  const keptNote = kept > 0 ? `, ${kept} human decisions kept` : '';
  const movedNote = moved > 0 ? `, ${moved} re-attached to the changed text` : '';
  const orphanNote = orphans > 0 ? `, ${orphans} orphans (${orphaned} new; listed under "orphans" in the sidecar)` : '';
  const line = { ok: true, message: `${path}: published ${published} (${publishedFrom}), ${names} names, ${dates} dates${keptNote}${movedNote}${orphanNote} -> ${sidecarPath}${result.changed ? '' : ' (unchanged)'}` };
  return result.changed ? { line, sidecar: { path: sidecarPath, output: result.output } } : { line };
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
