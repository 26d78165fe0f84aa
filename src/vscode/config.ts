/**
 * Typed access to the extension's settings. Read on every use, with the document as scope,
 * so workspace-folder settings apply and nothing goes stale.
 */
import * as vscode from 'vscode';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../core/text-input';

const SECTION = 'articleAnnotator';

export interface AnnotatorConfig {
  /** Glob of the files treated as articles. */
  include: string;
  maxFileBytes: number;
  highlight: boolean;
  /** Bring an article's sidecar up to date when the article is saved. */
  updateOnSave: boolean;
}

export function readConfig(scope?: vscode.ConfigurationScope): AnnotatorConfig {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const maxMb = config.get<number>('maxFileSizeMB', DEFAULT_MAX_ARTICLE_BYTES / (1024 * 1024));
  return {
    include: config.get<string>('include', '**/*.txt'),
    maxFileBytes: Math.max(1, maxMb) * 1024 * 1024,
    highlight: config.get<boolean>('highlight', true),
    updateOnSave: config.get<boolean>('updateOnSave', true),
  };
}

export function affectsConfig(event: vscode.ConfigurationChangeEvent, key?: keyof AnnotatorConfig | 'maxFileSizeMB'): boolean {
  return event.affectsConfiguration(key ? `${SECTION}.${key}` : SECTION);
}
