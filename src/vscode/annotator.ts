/**
 * Runs the shared annotate job for one article and writes its sidecar: used by the commands and
 * by the update on save. If the sidecar changes on disk meanwhile (git pull, another window),
 * the job runs again on the new version, so those changes are merged, never overwritten.
 */
import * as vscode from 'vscode';
import { annotateArticle, type AnnotateResult } from '../core/annotate-article';
import { modifiedMillis } from './analysis-cache';
import { readConfig } from './config';
import type { NameModelLoader } from './name-model';
import { sidecarUriFor, type SidecarFiles } from './sidecar-files';

const MAX_MERGE_ATTEMPTS = 3;

export type AnnotateOutcome = { ok: true; sidecar: vscode.Uri; result: Extract<AnnotateResult, { ok: true }> } | { ok: false; message: string };

export class ArticleAnnotator {
  constructor(
    private readonly sidecars: SidecarFiles,
    private readonly nameModel: NameModelLoader,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async annotate(article: vscode.Uri): Promise<AnnotateOutcome> {
    try {
      return await this.annotateOnce(article);
    } catch (error) {
      return { ok: false, message: `${vscode.workspace.asRelativePath(article)}: ${(error as Error).message}` };
    }
  }

  private async annotateOnce(article: vscode.Uri): Promise<AnnotateOutcome> {
    const { sidecars, nameModel, log } = this;
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
        const { names, dates, published, publishedFrom, moved, orphaned } = result.summary;
        log.info(`annotated ${vscode.workspace.asRelativePath(article)}: ${names} names, ${dates} dates, published ${published} (${publishedFrom}), ${moved} re-attached, ${orphaned} new orphans`);
        return { ok: true, sidecar, result };
      }
      if (attempt === MAX_MERGE_ATTEMPTS) {
        return { ok: false, message: `${vscode.workspace.asRelativePath(sidecar)} keeps changing on disk; not written. Try again when it is quiet.` };
      }
      log.info(`${vscode.workspace.asRelativePath(sidecar)} changed on disk while annotating; merging with the new version`);
    }
  }
}
