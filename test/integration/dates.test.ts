import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { captureScreenshot } from './harness';
import { activateExtension, hoverTextAt, openArticle, SAMPLE_000, SAMPLE_001, sleep } from './workspace';

describe('date hovers in a real VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('resolves "next Saturday" in sample 001 (published Sunday 2025-04-20) to Saturday 2025-04-26', async () => {
    const { document } = await openArticle(SAMPLE_001);
    const hover = await hoverTextAt(document, 'next Saturday', 5);
    assert.match(hover, /`2025-04-26`/);
    assert.match(hover, /Saturday 2025-04-26/);
    assert.match(hover, /Sunday 2025-04-20/);
    assert.match(hover, /Apr\. 20, 2025/, 'the hover says where the publication date was read');
  });

  it('resolves "Saturday\'s second round" in sample 001 to the day before publication, 2025-04-19', async () => {
    const { document } = await openArticle(SAMPLE_001);
    const hover = await hoverTextAt(document, "Saturday's second round", 2);
    assert.match(hover, /`2025-04-19`/);
    assert.match(hover, /Saturday 2025-04-19/);
  });

  it('resolves "next week" in sample 000 (published Saturday 2025-04-19) to the week 2025-W17', async () => {
    const { document } = await openArticle(SAMPLE_000);
    const hover = await hoverTextAt(document, 'next week', 5);
    assert.match(hover, /`2025-W17`/);
    assert.match(hover, /header line/);
  });

  it('shows no date hover on ordinary words', async () => {
    const { document } = await openArticle(SAMPLE_000);
    const hover = await hoverTextAt(document, 'delegation', 3);
    assert.doesNotMatch(hover, /TIMEX3/);
  });

  it('falls back to the file modification date when the text names none, and says so', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'undated.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Officials said the talks would resume next week in Muscat.\n'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const hover = await hoverTextAt(document, 'next week', 2);
    assert.match(hover, /No publication date found in the text/);
    assert.match(hover, /modification date/);
    assert.match(hover, /`\d{4}-W\d{2}`/);
  });

  it('shows the hover in the editor (screenshot for the README)', async function () {
    const editor = await openArticle(SAMPLE_001);
    const index = editor.document.getText().indexOf('next Saturday');
    const position = editor.document.positionAt(index + 5);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('notifications.clearAll');
    await sleep(500);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1500);
    const extension = await activateExtension();
    const captured = await captureScreenshot('hover-date', path.join(extension.extensionPath, 'out', 'screenshots', 'hover-date.png'));
    if (!captured) this.skip();
  });
});
