/**
 * The name tagger's model ships in the extension (models/names.bin). It is read on first use,
 * not during activation, and once: every analysis shares it.
 */
import * as vscode from 'vscode';
import { loadNameModel, type NameModel } from '../core/names';

export class NameModelLoader {
  private loading: Promise<NameModel> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get(): Promise<NameModel> {
    this.loading ??= this.load();
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
