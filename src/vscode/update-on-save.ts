/**
 * When an article that has annotations is saved, its sidecar is brought up to date at once:
 * human annotations are re-attached to the edited text (or listed as orphans), suggestions
 * refreshed. Setting: articleAnnotator.updateOnSave.
 */
import * as vscode from 'vscode';
import type { ArticleAnnotator } from './annotator';
import { isArticle } from './article-documents';
import { readConfig } from './config';
import { sidecarUriFor } from './sidecar-files';

export function updateSidecarsOnSave(annotator: ArticleAnnotator, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.workspace.onDidSaveTextDocument(async (document) => {
    if (!isArticle(document) || !readConfig(document).updateOnSave) return;
    if (!(await exists(sidecarUriFor(document.uri)))) return; // only articles someone annotated
    const outcome = await annotator.annotate(document.uri);
    if (!outcome.ok) {
      log.error(outcome.message);
      void vscode.window.showWarningMessage(`Article Annotator: the annotations of ${vscode.workspace.asRelativePath(document.uri)} were not updated: ${outcome.message}`);
      return;
    }
    const { orphaned } = outcome.result.summary;
    if (orphaned > 0) {
      void vscode.window.showWarningMessage(
        `Article Annotator: ${orphaned} annotation${orphaned === 1 ? '' : 's'} of ${vscode.workspace.asRelativePath(document.uri)} could not be placed in the edited text; they are kept under "orphans" in the annotation file.`,
      );
    }
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
