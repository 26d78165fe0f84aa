/** Expands the command line's files and folders into the files a command reads. */
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SIDECAR_SUFFIX } from '../core/annotate-article';
import { UsageError } from './usage-error';

const SKIPPED_FOLDERS = new Set(['node_modules']);

/** The file or folder named on the command line, or a one-line usage error. */
export async function statInput(input: string): Promise<Stats> {
  try {
    return await stat(input);
  } catch {
    throw new UsageError(`${input}: no such file or folder`);
  }
}

/** Files below `folder` whose name `accept`s, in a stable order; hidden folders and node_modules skipped. */
export async function filesUnder(folder: string, accept: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path, accept)));
    else if (entry.isFile() && accept(entry.name)) found.push(path);
  }
  return found;
}

const isArticleFile = (name: string): boolean => name.endsWith('.txt') && !name.endsWith(SIDECAR_SUFFIX);

/** Articles: the files named, and the *.txt files below the folders named. */
export async function articlePaths(inputs: string[]): Promise<string[]> {
  if (inputs.length === 0) throw new UsageError('annotate needs at least one file or folder');
  const paths: string[] = [];
  for (const input of inputs) {
    if ((await statInput(input)).isDirectory()) paths.push(...(await filesUnder(input, isArticleFile)));
    else paths.push(input);
  }
  return paths;
}
