/** `article-annotator annotate`: writes a sidecar beside each article. */
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
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
    const line = await annotateFile(path, options).catch((error: Error) => ({ ok: false as const, message: `${path}: ${error.message}` }));
    if (line.ok) console.log(line.message);
    else {
      console.error(`error: ${line.message}`);
      failures++;
    }
  }
  if (paths.length > 1) console.log(`${paths.length - failures} of ${paths.length} articles annotated`);
  return failures > 0 ? 1 : 0;
}

async function annotateFile(path: string, options: AnnotateOptions): Promise<{ ok: boolean; message: string }> {
  const info = await stat(path);
  // Refuse a huge file before reading it into memory.
  const tooLarge = sizeRefusal(info.size, options.maxBytes);
  if (tooLarge) return { ok: false, message: `${path} ${tooLarge}` };
  const bytes = await readFile(path);
  const sidecarPath = sidecarNameFor(path);
  const existingSidecar = await readFile(sidecarPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  const result = annotateArticle({ fileName: basename(path), bytes, existingSidecar, modifiedMillis: info.mtimeMs, maxBytes: options.maxBytes, nameModel: nameModel() });
  if (!result.ok) return { ok: false, message: result.message };
  if (result.changed) await writeAtomically(sidecarPath, result.sidecarText);
  const { dates, names, kept, moved, orphaned, orphans, published, publishedFrom } = result.summary;
  const keptNote = kept > 0 ? `, ${kept} human decisions kept` : '';
  const movedNote = moved > 0 ? `, ${moved} re-attached to the changed text` : '';
  const orphanNote = orphans > 0 ? `, ${orphans} orphans (${orphaned} new; listed under "orphans" in the sidecar)` : '';
  return { ok: true, message: `${path}: published ${published} (${publishedFrom}), ${names} names, ${dates} dates${keptNote}${movedNote}${orphanNote} -> ${sidecarPath}${result.changed ? '' : ' (unchanged)'}` };
}

/** Temporary file then rename: a crash never leaves a half-written sidecar. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}
