import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, waitFor, workspaceFile } from './workspace';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function diagnosticsOf(uri: vscode.Uri, matching: RegExp): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => matching.test(d.message));
    return found.length > 0 ? found : undefined;
  }, `a diagnostic matching ${matching} on ${uri.path}`);
}

describe('annotation files in a real VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('reports a sidecar that is not valid YAML on the line at fault, when it changes on disk', async () => {
    await vscode.workspace.fs.writeFile(workspaceFile('broken.txt'), encode('date 2025-04-19\nTalks resume next week.\n'));
    const sidecar = workspaceFile('broken.txt.annotations.yaml');
    await vscode.workspace.fs.writeFile(sidecar, encode('schema: 1\nannotations:\n  - {type: date, text: "next week"\n'));
    const [diagnostic] = await diagnosticsOf(sidecar, /not valid YAML/);
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic!.message, /will not overwrite it/);
  });

  it('marks a sidecar from a newer version as read-only', async () => {
    const sidecar = workspaceFile('newer.txt.annotations.yaml');
    await vscode.workspace.fs.writeFile(sidecar, encode('schema: 7\nannotations: []\n'));
    const [diagnostic] = await diagnosticsOf(sidecar, /read-only/);
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Information);
  });

  it('warns when an annotation no longer matches the article text', async () => {
    await vscode.workspace.fs.writeFile(workspaceFile('moved.txt'), encode('The talks were held in Rome.\n'));
    const sidecar = workspaceFile('moved.txt.annotations.yaml');
    await vscode.workspace.fs.writeFile(sidecar, encode('schema: 1\nannotations:\n  - {id: place-muscat, type: place, text: Muscat, start: 23, end: 29}\n'));
    const [diagnostic] = await diagnosticsOf(sidecar, /not at 23–29/);
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic!.message, /found "Rome\."/);
  });

  it('clears the problem once the file is fixed', async () => {
    const sidecar = workspaceFile('broken.txt.annotations.yaml');
    await vscode.workspace.fs.writeFile(sidecar, encode('schema: 1\nannotations: []\n'));
    await waitFor(() => (vscode.languages.getDiagnostics(sidecar).length === 0 ? true : undefined), 'the diagnostics to clear');
  });
});
