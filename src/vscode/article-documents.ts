/**
 * Which documents are articles: files matching `articleAnnotator.include`, never our own sidecars.
 */
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../core/annotate-article';
import { readConfig } from './config';

export function articleSelector(): vscode.DocumentFilter {
  return { scheme: 'file', pattern: readConfig().include };
}

export function isArticle(document: vscode.TextDocument): boolean {
  if (document.uri.path.endsWith(SIDECAR_SUFFIX)) return false;
  return vscode.languages.match(articleSelector(), document) > 0;
}
