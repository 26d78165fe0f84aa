/**
 * "Annotate Article" and "Annotate All Articles in Workspace": run the shared core job
 * and write each sidecar next to its article.
 */
import * as vscode from 'vscode';
import { annotateArticle, type AnnotateResult } from '../core/annotate-article';
import { modifiedMillis } from './analysis-cache';
import { isArticle } from './article-documents';
import { readConfig } from './config';
import type { NameModelLoader } from './name-model';
import { sidecarUriFor, type SidecarFiles } from './sidecar-files';

export const ANNOTATE_COMMAND = 'articleAnnotator.annotate';
export const ANNOTATE_WORKSPACE_COMMAND = 'articleAnnotator.annotateWorkspace';

const MAX_MERGE_ATTEMPTS = 3;

type FileOutcome = { ok: true; sidecar: vscode.Uri; result: Extract<AnnotateResult, { ok: true }> } | { ok: false; message: string };

export function registerAnnotateCommands(sidecars: SidecarFiles, nameModel: NameModelLoader, log: vscode.LogOutputChannel): vscode.Disposable {
  async function annotateUri(article: vscode.Uri): Promise<FileOutcome> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === article.toString());
    // An open article is annotated as the person sees it, unsaved edits included.
    const bytes = open ? new TextEncoder().encode(open.getText()) : await vscode.workspace.fs.readFile(article);
    const sidecar = sidecarUriFor(article);
    const [modified, model] = await Promise.all([modifiedMillis(article), nameModel.get()]);
    // Without the model the sidecar would lose its name suggestions: better not to write it.
    if (!model) return { ok: false, message: 'the model for people, places and organisations could not be loaded (see Show Log); nothing was written' };
    // If the sidecar changes on disk while we work (git pull, another window), start again from
    // the new version, so its changes are merged rather than overwritten.
    for (let attempt = 1; ; attempt++) {
      const existingSidecar = await sidecars.read(sidecar);
      const result = annotateArticle({
        fileName: article.path.slice(article.path.lastIndexOf('/') + 1),
        bytes,
        existingSidecar,
        modifiedMillis: modified,
        maxBytes: readConfig(article).maxFileBytes,
        nameModel: model,
      });
      if (!result.ok) return { ok: false, message: result.message };
      if (!result.changed) return { ok: true, sidecar, result };
      const written = await sidecars.writeIfUnchanged(sidecar, existingSidecar, result.sidecarText);
      if (written) {
        log.info(`annotated ${vscode.workspace.asRelativePath(article)}: ${result.summary.names} names, ${result.summary.dates} dates, published ${result.summary.published} (${result.summary.publishedFrom})`);
        return { ok: true, sidecar, result };
      }
      if (attempt === MAX_MERGE_ATTEMPTS) {
        return { ok: false, message: `${vscode.workspace.asRelativePath(sidecar)} keeps changing on disk; not written. Try again when it is quiet.` };
      }
      log.info(`${vscode.workspace.asRelativePath(sidecar)} changed on disk while annotating; merging with the new version`);
    }
  }

  async function annotateOne(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const document = target ? undefined : vscode.window.activeTextEditor?.document;
    const article = target ?? document?.uri;
    if (!article || (document && !isArticle(document))) {
      void vscode.window.showWarningMessage('Article Annotator: open an article (a file matching articleAnnotator.include) to annotate it.');
      return undefined;
    }
    const outcome = await annotateUri(article).catch((error: Error): FileOutcome => ({ ok: false, message: error.message }));
    if (!outcome.ok) {
      log.error(outcome.message);
      void vscode.window.showErrorMessage(`Article Annotator: ${outcome.message}`);
      return undefined;
    }
    const { names, dates, kept } = outcome.result.summary;
    const keptNote = kept > 0 ? `, kept ${kept} of your decisions` : '';
    void vscode.window
      .showInformationMessage(`Annotated ${vscode.workspace.asRelativePath(article)}: ${names} names, ${dates} dates${keptNote}.`, 'Open Annotations')
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
          const outcome = await annotateUri(article).catch((error: Error): FileOutcome => ({ ok: false, message: error.message }));
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
