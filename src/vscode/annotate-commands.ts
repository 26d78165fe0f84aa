/**
 * "Annotate Article" and "Annotate All Articles in Workspace": run the shared core job
 * and write each sidecar next to its article.
 */
import * as vscode from 'vscode';
import type { ArticleAnnotator } from './annotator';
import { isArticle } from './article-documents';
import { readConfig } from './config';

export const ANNOTATE_COMMAND = 'articleAnnotator.annotate';
export const ANNOTATE_WORKSPACE_COMMAND = 'articleAnnotator.annotateWorkspace';

export function registerAnnotateCommands(annotator: ArticleAnnotator, log: vscode.LogOutputChannel): vscode.Disposable {
  async function annotateOne(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const document = target ? undefined : vscode.window.activeTextEditor?.document;
    const article = target ?? document?.uri;
    if (!article || (document && !isArticle(document))) {
      void vscode.window.showWarningMessage('Article Annotator: open an article (a file matching articleAnnotator.include) to annotate it.');
      return undefined;
    }
    const outcome = await annotator.annotate(article);
    if (!outcome.ok) {
      log.error(outcome.message);
      void vscode.window.showErrorMessage(`Article Annotator: ${outcome.message}`);
      return undefined;
    }
    const { names, dates, kept, moved, orphans } = outcome.result.summary;
    const keptNote = kept > 0 ? `, kept ${kept} of your decisions` : '';
    const movedNote = moved > 0 ? `, re-attached ${moved} to the changed text` : '';
    const orphanNote = orphans > 0 ? `. ${orphans} could not be placed and are listed under "orphans" in the file` : '';
    void vscode.window
      .showInformationMessage(`Annotated ${vscode.workspace.asRelativePath(article)}: ${names} names, ${dates} dates${keptNote}${movedNote}${orphanNote}.`, 'Open Annotations')
      .then((choice) => (choice ? vscode.window.showTextDocument(outcome.sidecar, { preview: true, viewColumn: vscode.ViewColumn.Beside }) : undefined));
    return outcome.sidecar;
  }

  async function annotateWorkspace(): Promise<{ annotated: number; failed: number; cancelled: boolean }> {
    const include = readConfig().include;
    const articles = (await vscode.workspace.findFiles(include, '**/node_modules/**')).filter((uri) => !uri.path.endsWith('.annotations.yaml'));
    articles.sort((a, b) => a.toString().localeCompare(b.toString()));
    const totals = { annotated: 0, failed: 0, cancelled: false };
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Article Annotator', cancellable: true },
      async (progress, token) => {
        for (const article of articles) {
          if (token.isCancellationRequested) {
            totals.cancelled = true;
            break;
          }
          progress.report({ message: vscode.workspace.asRelativePath(article), increment: 100 / articles.length });
          const outcome = await annotator.annotate(article);
          if (outcome.ok) totals.annotated++;
          else {
            totals.failed++;
            log.error(outcome.message);
          }
        }
      },
    );
    const summary = `Annotated ${totals.annotated} of ${articles.length} articles${totals.cancelled ? ' (cancelled)' : ''}.`;
    if (totals.failed > 0) {
      void vscode.window.showWarningMessage(`${summary} ${totals.failed} could not be annotated.`, 'Show Log').then((choice) => choice && log.show());
    } else {
      void vscode.window.showInformationMessage(summary);
    }
    return totals;
  }

  return vscode.Disposable.from(
    vscode.commands.registerCommand(ANNOTATE_COMMAND, annotateOne),
    vscode.commands.registerCommand(ANNOTATE_WORKSPACE_COMMAND, annotateWorkspace),
  );
}
