import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activateExtension, hoverTextAt, SAMPLE_000, waitFor, workspaceFile } from './workspace';

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
    await vscode.workspace.fs.writeFile(sidecar, encode('schema: 1\nannotations:\n  - {id: place-muscat, type: place, text: Muscat, start: 23, end: 27}\n'));
    const [diagnostic] = await diagnosticsOf(sidecar, /not at 23–27/);
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic!.message, /found "Rome"/);
  });

  it('clears the problem once the file is fixed', async () => {
    const sidecar = workspaceFile('broken.txt.annotations.yaml');
    await vscode.workspace.fs.writeFile(sidecar, encode('schema: 1\nannotations: []\n'));
    await waitFor(() => (vscode.languages.getDiagnostics(sidecar).length === 0 ? true : undefined), 'the diagnostics to clear');
  });
});

describe('an article edited in the editor keeps its annotations', () => {
  const article = (): vscode.Uri => workspaceFile('edited-article.txt');
  const sidecar = (): vscode.Uri => workspaceFile('edited-article.txt.annotations.yaml');

  interface Stored {
    annotations: Array<{ id: string; text: string; start: number; end: number; status: string }>;
    orphans?: Array<{ id: string }>;
  }
  const readStored = async (): Promise<{ text: string; data: Stored }> => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar()));
    return { text, data: parse(text) as Stored };
  };
  /**
   * For polling while the extension rewrites the sidecar: VS Code's rename with overwrite deletes
   * the target first, so for a moment there may be no file.
   */
  const readStoredIfThere = async (): Promise<{ text: string; data: Stored } | undefined> => {
    try {
      return await readStored();
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  };

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.copy(workspaceFile(SAMPLE_000), article(), { overwrite: true });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article()));
    assert.ok(await vscode.commands.executeCommand('articleAnnotator.annotate'));
    // A person accepts the first "Abbas Araqchi" and the date "last week".
    const { text } = await readStored();
    const accepted = text.replace(/(- id: person-abbas-araqchi\n(?:\s{4}.*\n)*?\s{4}status:) suggested/, '$1 accepted').replace(/(- id: date-last-week\n(?:\s{4}.*\n)*?\s{4}status:) suggested/, '$1 accepted');
    assert.notEqual(accepted, text);
    await vscode.workspace.fs.writeFile(sidecar(), encode(accepted));
  });

  it('re-attaches accepted annotations when a paragraph is inserted and the article saved', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article()));
    const before = (await readStored()).data.annotations.find((a) => a.id === 'person-abbas-araqchi')!;
    const inserted = '(Editor’s note 😀: this copy was updated after publication.) ';
    const at = editor.document.positionAt(editor.document.getText().indexOf('An Iranian delegation'));
    await editor.edit((edit) => edit.insert(at, inserted));
    assert.ok(await editor.document.save());
    const after = await waitFor(async () => {
      const found = (await readStoredIfThere())?.data.annotations.find((a) => a.id === 'person-abbas-araqchi');
      return found && found.start !== before.start ? found : undefined;
    }, 'the sidecar to follow the edit');
    assert.equal(after.status, 'accepted');
    assert.equal(after.start, before.start + Array.from(inserted).length);
    const codePoints = Array.from(editor.document.getText());
    assert.equal(codePoints.slice(after.start, after.end).join(''), after.text);
    // Highlights and hovers follow the edit too.
    const hover = await hoverTextAt(editor.document, 'Abbas Araqchi', 2);
    assert.match(hover, /\*\*Person\*\* · Abbas Araqchi/);
  });

  it('keeps an accepted annotation whose text was deleted, as an orphan, and the file stays valid', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article()));
    const phrase = ' following a shift in tone last week';
    const start = editor.document.getText().indexOf(phrase);
    assert.ok(start > 0);
    await editor.edit((edit) => edit.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + phrase.length))));
    assert.ok(await editor.document.save());
    const stored = await waitFor(async () => {
      const current = await readStoredIfThere();
      return current?.data.orphans?.some((a) => a.id === 'date-last-week') ? current : undefined;
    }, 'the deleted annotation to be listed as an orphan');
    assert.equal(stored.data.annotations.some((a) => a.id === 'date-last-week'), false);
    await waitFor(() => (vscode.languages.getDiagnostics(sidecar()).length === 0 ? true : undefined), 'the updated sidecar to have no problems');
  });
});
