import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, SAMPLE_001, workspaceFile } from './workspace';

interface CapturedToken {
  c: string;
  t: string;
}

describe('article grammar in a real VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('tokenises the date line, the dateline and quotations of sample 001', async function () {
    // The internal command VS Code's own colorizer tests use to read TextMate scopes. Only the
    // desktop workbench has it (test-electron); code-server's web workbench does not, and there
    // test/unit/grammar.test.ts covers the grammar with VS Code's own tokenizer (vscode-textmate).
    if (!(await vscode.commands.getCommands()).includes('_workbench.captureSyntaxTokens')) this.skip();
    const tokens = await vscode.commands.executeCommand<CapturedToken[]>('_workbench.captureSyntaxTokens', workspaceFile(SAMPLE_001));
    assert.ok(Array.isArray(tokens) && tokens.length > 0, 'no tokens captured');
    const scopeOf = (text: string): string => tokens.find((token) => token.c === text)?.t ?? '(not a token)';
    assert.match(scopeOf('Apr. 20, 2025'), /constant\.numeric\.date\.article/);
    assert.match(scopeOf('ERBIL'), /entity\.name\.section\.dateline\.article/);
    assert.ok(tokens.some((token) => /string\.quoted\.double\.article/.test(token.t) && token.c.includes('positive')));
  });
});
