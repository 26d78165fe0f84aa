/**
 * Reads and writes sidecar files through `vscode.workspace.fs`, so remote and virtual
 * workspaces work. Writes are atomic (temporary file, then rename) and chained per file
 * so two saves never interleave.
 */
import * as vscode from 'vscode';
import { sidecarNameFor } from '../core/annotate-article';

export function sidecarUriFor(article: vscode.Uri): vscode.Uri {
  return article.with({ path: sidecarNameFor(article.path) });
}

export class SidecarFiles {
  private readonly pendingWrites = new Map<string, Promise<unknown>>();

  /** The sidecar's text, or null when there is none. */
  async read(uri: vscode.Uri): Promise<string | null> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
      throw error;
    }
  }

  /**
   * Writes `text` unless the file no longer holds `expected` (what the caller read and based its
   * change on): then nothing is written and false is returned, so the caller can merge again.
   */
  writeIfUnchanged(uri: vscode.Uri, expected: string | null, text: string): Promise<boolean> {
    return this.chained(uri, async () => {
      if ((await this.read(uri)) !== expected) return false;
      await writeAtomically(uri, text);
      return true;
    });
  }

  /** Runs one write at a time per file, in order. */
  private chained<T>(uri: vscode.Uri, task: () => Promise<T>): Promise<T> {
    const key = uri.toString();
    const previous = this.pendingWrites.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.pendingWrites.set(key, next);
    void next.finally(() => {
      if (this.pendingWrites.get(key) === next) this.pendingWrites.delete(key);
    });
    return next;
  }
}

async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temporary = uri.with({ path: `${uri.path}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
