/**
 * The name tagger's model ships in the extension (models/names.bin). It is read on first use,
 * not during activation, and once: every analysis shares it.
 */
import * as vscode from 'vscode';
import { loadNameModel, type NameModel } from '../core/names';

export class NameModelLoader {
  private loading: Promise<NameModel | null> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The model, or null when it cannot be loaded: then dates still work and the person is told once. */
  get(): Promise<NameModel | null> {
    this.loading ??= this.load().catch((error: Error) => {
      this.log.error(`the name model could not be loaded: ${error.message}`);
      void vscode.window.showErrorMessage(`Article Annotator: the model for people, places and organisations could not be loaded (${error.message}). Dates still work; reinstalling the extension should fix it.`);
      return null;
    });
    return this.loading;
  }

  private async load(): Promise<NameModel> {
    const started = performance.now();
    const uri = vscode.Uri.joinPath(this.extensionUri, 'models', 'names.bin');
    const model = loadNameModel(await vscode.workspace.fs.readFile(uri));
    this.log.info(`name model loaded in ${(performance.now() - started).toFixed(0)} ms`);
    return model;
  }
}
