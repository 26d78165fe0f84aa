/**
 * One analysis per document version, shared by decorations, hovers and commands.
 * Concurrent requests for the same version share one promise; closed documents are dropped.
 */
import * as vscode from 'vscode';
import { analyzeArticle, calendarDateOf, type ArticleAnalysis } from '../core/analyze';
import { sizeRefusal } from '../core/text-input';
import { readConfig } from './config';
import type { NameModelLoader } from './name-model';

interface Entry {
  version: number;
  analysis: Promise<ArticleAnalysis | null>;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly refusedWarned = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly nameModel: NameModelLoader,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => {
      this.entries.delete(document.uri.toString());
      this.refusedWarned.delete(document.uri.toString());
    });
  }

  /** The analysis of the document as it is now, or null when the document is refused (too large). */
  get(document: vscode.TextDocument): Promise<ArticleAnalysis | null> {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.analyze(document);
    this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  private async analyze(document: vscode.TextDocument): Promise<ArticleAnalysis | null> {
    const text = document.getText();
    // UTF-16 length is a cheap upper bound on what matters here; the exact byte check is in annotate.
    const refusal = sizeRefusal(text.length, readConfig(document).maxFileBytes);
    if (refusal) {
      if (!this.refusedWarned.has(document.uri.toString())) {
        this.refusedWarned.add(document.uri.toString());
        this.log.warn(`${vscode.workspace.asRelativePath(document.uri)} ${refusal}; not analysed`);
      }
      return null;
    }
    const [nameModel, modified] = await Promise.all([this.nameModel.get(), modifiedMillis(document.uri)]);
    const started = performance.now();
    const analysis = analyzeArticle(text, { fallbackDate: calendarDateOf(modified), nameModel });
    this.log.debug(`analysed ${vscode.workspace.asRelativePath(document.uri)} v${document.version} in ${(performance.now() - started).toFixed(1)} ms`);
    return analysis;
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}

export async function modifiedMillis(uri: vscode.Uri): Promise<number> {
  try {
    return (await vscode.workspace.fs.stat(uri)).mtime;
  } catch {
    // Not on disk yet (never saved): today is the best anchor there is.
    return Date.now();
  }
}
