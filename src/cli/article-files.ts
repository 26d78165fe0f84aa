/** Expands the command line's files and folders into article paths. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SIDECAR_SUFFIX } from '../core/annotate-article';
import { UsageError } from './usage-error';

const SKIPPED_FOLDERS = new Set(['node_modules']);

export async function articlePaths(inputs: string[]): Promise<string[]> {
  if (inputs.length === 0) throw new UsageError('annotate needs at least one file or folder');
  const paths: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new UsageError(`${input}: no such file or folder`);
    }
    if (info.isDirectory()) paths.push(...(await textFilesUnder(input)));
    else paths.push(input);
  }
  return paths;
}

async function textFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await textFilesUnder(path)));
    else if (entry.isFile() && entry.name.endsWith('.txt') && !entry.name.endsWith(SIDECAR_SUFFIX)) found.push(path);
  }
  return found;
}
