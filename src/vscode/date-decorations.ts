/**
 * Highlights dates in every visible article editor, in the theme colour
 * `articleAnnotator.dateBackground`. Repaints at once on editor switch, debounced while typing.
 */
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { isArticle } from './article-documents';
import { affectsConfig, readConfig } from './config';
import { KeyedDebouncer } from './debouncer';

const TYPING_DELAY_MS = 250;

export class DateDecorations implements vscode.Disposable {
  private readonly decorationType = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('articleAnnotator.dateBackground'),
    borderColor: new vscode.ThemeColor('articleAnnotator.dateBorder'),
    borderStyle: 'none none solid none',
    borderWidth: '1px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly debouncer = new KeyedDebouncer(TYPING_DELAY_MS);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analyses: AnalysisCache) {
    this.subscriptions = [
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => void this.paint(editor))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        const key = event.document.uri.toString();
        this.debouncer.schedule(key, () => this.paintDocument(event.document));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.debouncer.cancel(document.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsConfig(event)) this.paintAll();
      }),
    ];
    this.paintAll();
  }

  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.paint(editor);
  }

  private paintDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) void this.paint(editor);
    }
  }

  private async paint(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    if (!isArticle(document) || !readConfig(document).highlight) {
      editor.setDecorations(this.decorationType, []);
      return;
    }
    const version = document.version;
    const analysis = await this.analyses.get(document);
    // The document may have changed while we waited; the next paint will catch up.
    if (document.version !== version || editor.document !== document) return;
    const ranges = (analysis?.dates ?? []).map((date) => new vscode.Range(document.positionAt(date.start), document.positionAt(date.end)));
    editor.setDecorations(this.decorationType, ranges);
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.decorationType.dispose();
  }
}
