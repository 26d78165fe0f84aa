// Smoke test of the integration harness: a real VS Code, the extension registered, the sample
// workspace open, and (under scripts/test-code-server.mjs) the screenshot handshake working.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { captureScreenshot } from './harness';
import { recordMetric } from './metrics';
import { EXTENSION_ID } from './workspace';

function versionParts(version: string): number[] {
  return (version.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

function atLeast(version: string, minimum: string): boolean {
  const a = versionParts(version);
  const b = versionParts(minimum);
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) {
      return x > y;
    }
  }
  return true;
}

describe('integration harness (smoke)', () => {
  it('runs inside a real VS Code of a supported version', () => {
    const expected = process.env.ARTICLE_ANNOTATOR_EXPECTED_VSCODE_VERSION;
    if (expected) {
      assert.equal(vscode.version, expected);
    }
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const engine = String(extension?.packageJSON?.engines?.vscode ?? '^1.90.0').replace(/^[\^~>=\s]+/, '');
    assert.ok(atLeast(vscode.version, engine), `VS Code ${vscode.version} is older than engines.vscode ${engine}`);
  });

  it(`registers the extension under development as ${EXTENSION_ID}`, () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    assert.equal(extension.packageJSON.name, 'article-annotator');
  });

  it('activates and reports how long activation took', async () => {
    const extension = vscode.extensions.getExtension<{ activationMillis: number }>(EXTENSION_ID);
    assert.ok(extension);
    const api = await extension.activate();
    assert.ok(Number.isFinite(api.activationMillis) && api.activationMillis >= 0, `activationMillis: ${api.activationMillis}`);
    recordMetric('activation (activate() in the extension host)', Math.round(api.activationMillis * 10) / 10, 'ms');
  });

  it('opens the sample articles as the workspace', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'expected exactly one workspace folder');
    const articles = await vscode.workspace.findFiles('*.txt');
    assert.ok(articles.length > 0, 'no sample article (*.txt) in the workspace');
    const first = articles.map((uri) => uri.fsPath).sort()[0] as string;
    const document = await vscode.workspace.openTextDocument(first);
    const editor = await vscode.window.showTextDocument(document);
    assert.ok(editor.document.getText().length > 0);
  });

  it('captures the workbench through the launcher (code-server launcher only)', async function () {
    const output = path.join(os.tmpdir(), `article-annotator-smoke-${process.pid}.png`);
    try {
      const taken = await captureScreenshot('smoke', output);
      if (!taken) {
        this.skip();
      }
      const png = fs.readFileSync(output);
      assert.ok(png.length > 1000, `screenshot is only ${png.length} bytes`);
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    } finally {
      fs.rmSync(output, { force: true });
    }
  });
});
