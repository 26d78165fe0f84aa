/**
 * The composition root: builds the services once and hands them to each feature.
 * Every registration ends up in context.subscriptions.
 */
import * as vscode from 'vscode';
import { AnalysisCache } from './analysis-cache';
import { registerAnnotateCommands } from './annotate-commands';
import { ArticleAnnotator } from './annotator';
import { trackArticleContext } from './article-context';
import { articleSelector } from './article-documents';
import { affectsConfig } from './config';
import { MentionDecorations } from './decorations';
import { MentionHoverProvider } from './hovers';
import { createLogger } from './logger';
import { NameModelLoader } from './name-model';
import { SidecarDiagnostics } from './sidecar-diagnostics';
import { SidecarFiles } from './sidecar-files';
import { updateSidecarsOnSave } from './update-on-save';

/** What activate() returns to other extensions and to the integration tests. */
export interface ArticleAnnotatorApi {
  /** How long activate() took, in milliseconds. */
  activationMillis: number;
}

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  const started = performance.now();
  const log = createLogger();
  context.subscriptions.push(log);
  try {
    const nameModel = new NameModelLoader(context.extensionUri, log);
    const analyses = new AnalysisCache(nameModel, log);
    const annotator = new ArticleAnnotator(new SidecarFiles(), nameModel, log);
    context.subscriptions.push(
      analyses,
      new MentionDecorations(analyses),
      registerHovers(new MentionHoverProvider(analyses)),
      registerAnnotateCommands(annotator, log),
      updateSidecarsOnSave(annotator, log),
      trackArticleContext(),
      new SidecarDiagnostics(log),
      vscode.commands.registerCommand('articleAnnotator.showLog', () => log.show()),
    );
    const activationMillis = performance.now() - started;
    log.info(`Article Annotator ${String(context.extension.packageJSON.version)} activated in ${activationMillis.toFixed(1)} ms (VS Code ${vscode.version})`);
    return { activationMillis };
  } catch (error) {
    // Say so where the person will see it, then let VS Code record the failure too.
    log.error('activation failed', error);
    void vscode.window.showErrorMessage(`Article Annotator failed to start: ${(error as Error).message}`);
    throw error;
  }
}

/** Hovers follow the `include` setting: re-registered when it changes. */
function registerHovers(provider: vscode.HoverProvider): vscode.Disposable {
  let registration = vscode.languages.registerHoverProvider(articleSelector(), provider);
  const watcher = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!affectsConfig(event, 'include')) return;
    registration.dispose();
    registration = vscode.languages.registerHoverProvider(articleSelector(), provider);
  });
  return new vscode.Disposable(() => {
    watcher.dispose();
    registration.dispose();
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
