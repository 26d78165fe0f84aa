// Helpers for integration tests. Not a suite: index.ts only loads *.test.js files.
//
// captureScreenshot() is the test side of the screenshot handshake with scripts/test-code-server.mjs:
// the test writes `<name>.request` ({"path": "<png path>"}) into the folder named by
// ARTICLE_ANNOTATOR_TEST_EXCHANGE; the launcher, which drives the browser showing the workbench,
// takes a page screenshot to that path and answers with `<name>.done` ({"ok": true} or
// {"ok": false, "error": "..."}).
import * as fs from 'node:fs';
import * as path from 'node:path';

const POLL_MS = 100;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The exchange folder, when the suite runs under scripts/test-code-server.mjs; otherwise undefined. */
export function screenshotExchange(): string | undefined {
  return process.env.ARTICLE_ANNOTATOR_TEST_EXCHANGE || undefined;
}

/**
 * Asks the launcher to screenshot the whole workbench page into `outputPath` (PNG).
 *
 * Returns false, without failing, when no launcher takes screenshots (ARTICLE_ANNOTATOR_TEST_EXCHANGE
 * unset, e.g. under @vscode/test-electron). Returns true once the PNG is written. Throws when the
 * launcher reports an error or does not answer within `timeoutMs`.
 */
export async function captureScreenshot(name: string, outputPath: string, timeoutMs = 20000): Promise<boolean> {
  const exchange = screenshotExchange();
  if (!exchange) {
    return false;
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new Error(`captureScreenshot: name must be a plain file name, got ${JSON.stringify(name)}`);
  }
  const target = path.resolve(outputPath);
  const request = path.join(exchange, `${name}.request`);
  const done = path.join(exchange, `${name}.done`);

  fs.mkdirSync(exchange, { recursive: true });
  fs.rmSync(done, { force: true });
  const tmp = `${request}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ path: target }));
  fs.renameSync(tmp, request); // the launcher never sees a half-written request

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(done)) {
      let answer: { ok?: boolean; error?: string } = {};
      try {
        answer = JSON.parse(fs.readFileSync(done, 'utf8') || '{}') as typeof answer;
      } catch {
        answer = {};
      }
      fs.rmSync(done, { force: true });
      if (answer.ok === false) {
        throw new Error(`captureScreenshot(${name}): ${answer.error ?? 'the launcher could not take the screenshot'}`);
      }
      return true;
    }
    await sleep(POLL_MS);
  }
  fs.rmSync(request, { force: true });
  throw new Error(`captureScreenshot(${name}): no answer from the launcher within ${timeoutMs} ms (${exchange})`);
}
