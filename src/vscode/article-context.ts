/**
 * Keeps the context key `articleAnnotator.isArticle` true while the active editor shows an
 * article, so commands and menus appear only where they apply.
 */
import * as vscode from 'vscode';
import { isArticle } from './article-documents';
import { affectsConfig } from './config';

export function trackArticleContext(): vscode.Disposable {
  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'articleAnnotator.isArticle', document ? isArticle(document) : false);
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((event) => affectsConfig(event, 'include') && update()),
  );
}
