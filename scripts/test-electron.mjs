#!/usr/bin/env node
// `npm run test:integration:electron`: the same integration suite (out/test/integration) in a
// desktop VS Code downloaded by @vscode/test-electron. Needs internet access to the VS Code update
// service, and a display on Linux (it re-runs itself under xvfb-run when there is none). Offline,
// use `npm run test:integration` (code-server + headless Chromium) instead.
//
//   VSCODE_TEST_VERSION=1.100.3 (default) | stable | insiders | <x.y.z>
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copySamples, printResults, writeUserSettings } from './test-vscode-settings.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TESTS_ENTRY = path.join(REPO, 'out', 'test', 'integration', 'index.js');
const VERSION = process.env.VSCODE_TEST_VERSION || '1.100.3';
const log = (message) => process.stdout.write(`test-electron: ${message}\n`);

if (!fs.existsSync(TESTS_ENTRY)) {
  log('out/test/integration/index.js is missing: running npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0 || !fs.existsSync(TESTS_ENTRY)) {
    log('npm run build failed');
    process.exit(1);
  }
}

const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');

let executable;
try {
  log(`getting VS Code ${VERSION} (cache: .vscode-test/)`);
  executable = await downloadAndUnzipVSCode({ version: VERSION, cachePath: path.join(REPO, '.vscode-test'), timeout: 30_000 });
} catch (error) {
  const reason = String(error?.message ?? error).split('\n')[0];
  process.stderr.write(
    `test-electron: could not download VS Code ${VERSION} (${reason}). This launcher needs internet access to ` +
      `the VS Code update service; offline, run \`npm run test:integration\` (code-server + headless Chromium).\n`,
  );
  process.stdout.write('integration: 0 passed, 1 failed\n');
  process.exit(1);
}

// Electron needs an X display; CI machines usually have none.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.ARTICLE_ANNOTATOR_UNDER_XVFB) {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (xvfb) {
    log('no display: re-running under xvfb-run');
    const child = spawnSync(xvfb, ['-a', process.execPath, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, ARTICLE_ANNOTATOR_UNDER_XVFB: '1' },
    });
    process.exit(child.status ?? 1);
  }
  log('warning: no DISPLAY and no xvfb-run (apt-get install xvfb); VS Code may fail to start');
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-electron-'));
const workspace = path.join(tmp, 'workspace');
const userData = path.join(tmp, 'user-data');
const resultsFile = path.join(tmp, 'results.json');
copySamples(REPO, workspace);
writeUserSettings(userData);

let exitCode = 1;
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: REPO,
    extensionTestsPath: TESTS_ENTRY,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--user-data-dir', userData,
      '--extensions-dir', path.join(tmp, 'extensions'),
    ],
    extensionTestsEnv: {
      ARTICLE_ANNOTATOR_TEST_RESULTS: resultsFile,
      ...(/^\d+\.\d+\.\d+$/.test(VERSION) ? { ARTICLE_ANNOTATOR_EXPECTED_VSCODE_VERSION: VERSION } : {}),
    },
  });
  exitCode = 0;
} catch (error) {
  log(`VS Code reported a failure: ${error?.message ?? error}`);
  exitCode = 1;
}

if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  log(`suite ran in VS Code ${results.vscodeVersion}`);
  const { passed, failed } = printResults(results);
  if (failed > 0 || passed === 0) exitCode = 1;
  process.stdout.write(`integration: ${passed} passed, ${failed} failed\n`);
} else {
  log('the suite wrote no results');
  process.stdout.write('integration: 0 passed, 1 failed\n');
  exitCode = 1;
}
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(exitCode);
