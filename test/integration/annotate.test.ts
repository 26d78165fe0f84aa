import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activateExtension, openArticle, SAMPLE_000, SAMPLE_001, workspaceFile } from './workspace';

interface SidecarShape {
  schema: number;
  source: { file: string; published: string; published_from: string };
  annotations: Array<{ id: string; text: string; value?: string; status: string; start: number; end: number }>;
}

async function readSidecar(article: string): Promise<SidecarShape> {
  const bytes = await vscode.workspace.fs.readFile(workspaceFile(`${article}.annotations.yaml`));
  return parse(new TextDecoder().decode(bytes)) as SidecarShape;
}

describe('annotate commands in a real VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('lists its commands in the command palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['articleAnnotator.annotate', 'articleAnnotator.annotateWorkspace', 'articleAnnotator.showLog']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  it('"Annotate Article" writes the sidecar next to the open article', async () => {
    await openArticle(SAMPLE_001);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('articleAnnotator.annotate');
    assert.equal(written?.toString(), workspaceFile(`${SAMPLE_001}.annotations.yaml`).toString());
    const sidecar = await readSidecar(SAMPLE_001);
    assert.equal(sidecar.schema, 1);
    assert.equal(sidecar.source.file, SAMPLE_001);
    assert.equal(sidecar.source.published, '2025-04-20');
    const nextSaturday = sidecar.annotations.find((a) => a.text === 'next Saturday');
    assert.equal(nextSaturday?.value, '2025-04-26');
  });

  it('keeps an accepted annotation when annotating again', async () => {
    const uri = workspaceFile(`${SAMPLE_001}.annotations.yaml`);
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const accepted = original.replace(/(- id: date-next-saturday\n(?:\s{4}.*\n)*?\s{4}status:) suggested/, '$1 accepted');
    assert.notEqual(accepted, original);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(accepted));
    await openArticle(SAMPLE_001);
    await vscode.commands.executeCommand('articleAnnotator.annotate');
    const sidecar = await readSidecar(SAMPLE_001);
    assert.deepEqual(sidecar.annotations.filter((a) => a.status === 'accepted').map((a) => a.id), ['date-next-saturday']);
  });

  it('reports a corrupt sidecar and leaves it untouched', async () => {
    const uri = workspaceFile(`${SAMPLE_000}.annotations.yaml`);
    const corrupt = 'schema: 1\nannotations:\n  - {type: date, text: "next week"\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(corrupt));
    await openArticle(SAMPLE_000);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('articleAnnotator.annotate');
    assert.equal(written, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), corrupt);
    await vscode.workspace.fs.delete(uri);
  });

  it('"Annotate All Articles in Workspace" annotates every article', async () => {
    const totals = await vscode.commands.executeCommand<{ annotated: number; failed: number }>('articleAnnotator.annotateWorkspace');
    assert.ok(totals.annotated >= 2, `annotated ${totals.annotated}`);
    assert.equal(totals.failed, 0);
    const sidecar = await readSidecar(SAMPLE_000);
    assert.equal(sidecar.source.published, '2025-04-19');
    assert.ok(sidecar.annotations.some((a) => a.value === '2025-W17'));
  });
});
