import * as vscode from 'vscode';

/** The one output channel of the extension ("Article Annotator" in the Output view). */
export function createLogger(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Article Annotator', { log: true });
}
