/**
 * Highlights people, places, organisations and dates in every visible article editor, each type
 * in its own theme colours (`articleAnnotator.<type>Background` / `<type>Border`, see package.json).
 * Repaints at once on editor switch, debounced while typing.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/analyze';
import { ANNOTATION_TYPES, type AnnotationType } from '../core/model/types';
import type { AnalysisCache } from './analysis-cache';
import { isArticle } from './article-documents';
import { affectsConfig, readConfig } from './config';
import { KeyedDebouncer } from './debouncer';

const TYPING_DELAY_MS = 250;

function createDecorationType(type: AnnotationType): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`articleAnnotator.${type}Background`),
    borderColor: new vscode.ThemeColor(`articleAnnotator.${type}Border`),
    borderStyle: 'none none solid none',
    borderWidth: '1px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/** The spans of each type in an analysis, as UTF-16 offsets. */
export function spansByType(analysis: ArticleAnalysis): Map<AnnotationType, Array<{ start: number; end: number }>> {
  const spans = new Map<AnnotationType, Array<{ start: number; end: number }>>(ANNOTATION_TYPES.map((type) => [type, []]));
  for (const mention of analysis.entityMentions) spans.get(mention.type)!.push(mention);
  spans.set('date', analysis.dates);
  return spans;
}

export class MentionDecorations implements vscode.Disposable {
  private readonly decorationTypes = new Map(ANNOTATION_TYPES.map((type) => [type, createDecorationType(type)]));
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
      for (const decorationType of this.decorationTypes.values()) editor.setDecorations(decorationType, []);
      return;
    }
    const version = document.version;
    const analysis = await this.analyses.get(document);
    // The document may have changed while we waited; the next paint will catch up.
    if (document.version !== version || editor.document !== document) return;
    const spans = analysis ? spansByType(analysis) : new Map<AnnotationType, Array<{ start: number; end: number }>>();
    for (const [type, decorationType] of this.decorationTypes) {
      const ranges = (spans.get(type) ?? []).map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
      editor.setDecorations(decorationType, ranges);
    }
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const decorationType of this.decorationTypes.values()) decorationType.dispose();
  }
}
