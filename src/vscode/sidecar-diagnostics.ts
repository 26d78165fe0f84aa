/**
 * Problems in annotation files, shown in the Problems view and on the YAML itself: a file that
 * is not valid YAML or not our schema (it will not be overwritten), a file from a newer version
 * (read-only), and annotations whose quote no longer matches the article.
 */
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../core/annotate-article';
import { findMismatches } from '../core/model/consistency';
import { parseSidecar } from '../core/model/yaml-read';
import { KeyedDebouncer } from './debouncer';

const SOURCE = 'Article Annotator';
const TYPING_DELAY_MS = 300;

export class SidecarDiagnostics implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('articleAnnotator');
  private readonly debouncer = new KeyedDebouncer(TYPING_DELAY_MS);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.subscriptions = [
      watcher,
      // Changes made outside (git pull, another window, the CLI) are picked up here.
      watcher.onDidCreate((uri) => void this.check(uri)),
      watcher.onDidChange((uri) => void this.check(uri)),
      watcher.onDidDelete((uri) => this.diagnostics.delete(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => isSidecar(document.uri) && void this.check(document.uri)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (isSidecar(event.document.uri)) this.debouncer.schedule(event.document.uri.toString(), () => void this.check(event.document.uri));
      }),
    ];
    for (const document of vscode.workspace.textDocuments) if (isSidecar(document.uri)) void this.check(document.uri);
  }

  /** Re-validates one annotation file; returns its diagnostics (also for tests). */
  async check(uri: vscode.Uri): Promise<readonly vscode.Diagnostic[]> {
    try {
      const text = await readText(uri);
      if (text === null) {
        this.diagnostics.delete(uri);
        return [];
      }
      const found = await this.diagnose(uri, text);
      this.diagnostics.set(uri, found);
      return found;
    } catch (error) {
      this.log.warn(`could not check ${vscode.workspace.asRelativePath(uri)}: ${(error as Error).message}`);
      return [];
    }
  }

  private async diagnose(uri: vscode.Uri, text: string): Promise<vscode.Diagnostic[]> {
    const parsed = parseSidecar(text);
    if (!parsed.ok) {
      const line = Math.max(0, (parsed.line ?? 1) - 1);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), `This annotation file is ${parsed.message}. Article Annotator will not overwrite it until it is fixed.`, vscode.DiagnosticSeverity.Error);
      diagnostic.source = SOURCE;
      return [diagnostic];
    }
    if (parsed.readOnly) {
      const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, Number.MAX_SAFE_INTEGER), `This annotation file was ${parsed.reason}.`, vscode.DiagnosticSeverity.Information);
      diagnostic.source = SOURCE;
      return [diagnostic];
    }
    const article = await readText(uri.with({ path: uri.path.slice(0, -SIDECAR_SUFFIX.length) }));
    if (article === null) return [];
    const lines = text.split('\n');
    return findMismatches(parsed.sidecar, article).map(({ annotation, found }) => {
      const line = Math.max(0, lines.findIndex((candidate) => candidate.includes(`id: ${annotation.id}`)));
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
        `"${annotation.text}" is not at ${annotation.start}–${annotation.end} in the article any more (found "${found}"). Annotate the article again to re-attach it.`,
        vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = SOURCE;
      return diagnostic;
    });
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.diagnostics.dispose();
  }
}

function isSidecar(uri: vscode.Uri): boolean {
  return uri.path.endsWith(SIDECAR_SUFFIX);
}

/** The open document's text if it is open (unsaved edits included), else the file's, else null. */
async function readText(uri: vscode.Uri): Promise<string | null> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}
