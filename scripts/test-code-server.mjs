#!/usr/bin/env node
// `npm run test:integration`: runs the integration suite (out/test/integration) inside a real
// VS Code, offline: code-server 4.100.3 (VS Code 1.100.3, installed by install-test-vscode.mjs)
// serves the workbench, headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
// opens it with the extension under development, and the suite runs in code-server's Node
// extension host, exactly as @vscode/test-electron runs it in a desktop VS Code.
//
// Every run gets a fresh user-data-dir, extensions-dir, browser profile and a copy of samples/ as
// the workspace (tests may write sidecar files there). The suite reports through files, named in
// environment variables that the extension host inherits from code-server:
//   ARTICLE_ANNOTATOR_TEST_RESULTS   JSON results written by test/integration/index.ts
//   ARTICLE_ANNOTATOR_TEST_EXCHANGE  folder for screenshot requests (test/integration/harness.ts)
//
// Options (environment):
//   ARTICLE_ANNOTATOR_TEST_TIMEOUT   overall timeout in seconds (default 300)
//   ARTICLE_ANNOTATOR_KEEP_TMP=1     keep the temporary folder (logs, workspace) after the run
//   ARTICLE_ANNOTATOR_HEADFUL=1      show the browser (needs a display)
//
// Argument:
//   --vsix <file>  test the packaged extension as users receive it: install the .vsix with
//                  `code-server --install-extension` and run the suite against the installed copy.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CHROMIUM,
  CODE_SERVER_ENTRY,
  REPO,
  VSCODE_VERSION,
  checkPrerequisites,
  ensureInstalled,
  isInstalled,
} from './install-test-vscode.mjs';
import { copySamples, printResults, writeUserSettings } from './test-vscode-settings.mjs';

const vsixFlag = process.argv.indexOf('--vsix');
const VSIX = vsixFlag === -1 ? undefined : process.argv[vsixFlag + 1];
const TESTS_ENTRY = path.join(REPO, 'out', 'test', 'integration', 'index.js');
const TIMEOUT_MS = Number(process.env.ARTICLE_ANNOTATOR_TEST_TIMEOUT || 300) * 1000;
const KEEP_TMP = process.env.ARTICLE_ANNOTATOR_KEEP_TMP === '1';
const STARTUP_TIMEOUT_MS = 60_000;
const TAIL_LINES = 40;

const log = (message) => process.stdout.write(`test-code-server: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Cleanup: code-server (its whole process group: server, extension host, pty host, watcher) and
// the browser are always ended, on success, failure, timeout and Ctrl-C.
let codeServer;
let browserContext;
let tmp;
let cleaning;
let interrupted = false;

async function cleanup() {
  if (cleaning) return cleaning;
  cleaning = (async () => {
    if (browserContext) {
      await Promise.race([browserContext.close().catch(() => {}), sleep(5000)]);
    }
    if (codeServer && codeServer.exitCode === null && codeServer.signalCode === null) {
      killGroup(codeServer.pid, 'SIGTERM');
      const exited = await Promise.race([
        new Promise((resolve) => codeServer.once('exit', () => resolve(true))),
        sleep(5000).then(() => false),
      ]);
      if (!exited) killGroup(codeServer.pid, 'SIGKILL');
    }
    if (codeServer) killGroup(codeServer.pid, 'SIGKILL'); // leftovers of the group, if any
    if (tmp && !KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    else if (tmp) log(`kept ${tmp}`);
  })();
  return cleaning;
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

// Last resort (an exit that skipped cleanup): no code-server may outlive the launcher.
process.on('exit', () => {
  if (codeServer) killGroup(codeServer.pid, 'SIGKILL');
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping code-server and the browser`);
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
  });
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function tail(file, lines = TAIL_LINES) {
  return readText(file).trimEnd().split('\n').slice(-lines).join('\n') || '(empty)';
}

// ---------------------------------------------------------------------------------------------
async function main() {
  checkPrerequisites();
  if (!isInstalled()) ensureInstalled();

  if (!fs.existsSync(TESTS_ENTRY)) {
    log('out/test/integration/index.js is missing: running npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
    if (build.status !== 0 || !fs.existsSync(TESTS_ENTRY)) throw new Error('npm run build failed');
  }
  const { chromium } = await import('playwright-core');

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-it-'));
  const dirs = {
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    workspace: path.join(tmp, 'workspace'),
    exchange: path.join(tmp, 'exchange'),
    browserProfile: path.join(tmp, 'chromium-profile'),
    xdgConfig: path.join(tmp, 'xdg-config'),
    xdgData: path.join(tmp, 'xdg-data'),
    xdgCache: path.join(tmp, 'xdg-cache'),
    tmp: path.join(tmp, 'tmp'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  writeUserSettings(dirs.userData);
  fs.rmSync(dirs.workspace, { recursive: true });
  copySamples(REPO, dirs.workspace);
  const resultsFile = path.join(tmp, 'results.json');
  const serverLog = path.join(tmp, 'code-server.log');
  const consoleLog = path.join(tmp, 'browser-console.log');

  const extensionUnderTest = VSIX ? installVsix(VSIX, dirs) : REPO;

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const configFile = path.join(tmp, 'code-server.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  // code-server and, through it, the extension host inherit this environment.
  const env = {
    ...process.env,
    ARTICLE_ANNOTATOR_TEST_RESULTS: resultsFile,
    ARTICLE_ANNOTATOR_TEST_EXCHANGE: dirs.exchange,
    ARTICLE_ANNOTATOR_EXPECTED_VSCODE_VERSION: VSCODE_VERSION,
    // keep code-server's own config/state (config.yaml, logs, heartbeat) out of $HOME
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    // VS Code's sockets (vscode-ipc-*.sock) and the tests' os.tmpdir() files go away with the run
    TMPDIR: dirs.tmp,
  };
  delete env.VSCODE_IPC_HOOK_CLI; // when launched from a VS Code terminal
  delete env.ELECTRON_RUN_AS_NODE;

  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  const logFd = fs.openSync(serverLog, 'a');
  const started = Date.now();
  log(`starting code-server on ${origin} (tmp ${tmp})`);
  codeServer = spawn(process.execPath, args, {
    cwd: tmp,
    env,
    detached: true, // own process group, so cleanup ends the extension host and helpers too
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  let serverExit;
  codeServer.on('exit', (code, signal) => {
    serverExit = signal ?? `exit ${code}`;
  });

  while ((await httpStatus(`${origin}/healthz`)) !== 200) {
    if (serverExit) throw new DiagnosedError(`code-server ended (${serverExit}) before it answered`, serverLog);
    if (Date.now() - started > STARTUP_TIMEOUT_MS) throw new DiagnosedError('code-server did not answer within 60 s', serverLog);
    await sleep(200);
  }
  log(`code-server is up (${((Date.now() - started) / 1000).toFixed(1)}s)`);

  browserContext = await chromium.launchPersistentContext(dirs.browserProfile, {
    executablePath: CHROMIUM,
    env: { ...process.env, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_CACHE_HOME: dirs.xdgCache },
    headless: process.env.ARTICLE_ANNOTATOR_HEADFUL !== '1',
    // Playwright's own signal handlers would exit the process before code-server is stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-dev-shm-usage',
    ],
  });
  let browserClosed = false;
  browserContext.on('close', () => {
    browserClosed = true;
  });
  const page = browserContext.pages()[0] ?? (await browserContext.newPage());
  const consoleOut = fs.createWriteStream(consoleLog, { flags: 'a' });
  page.on('console', (message) => consoleOut.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => consoleOut.write(`[pageerror] ${error.stack ?? error.message}\n`));
  page.on('crash', () => consoleOut.write('[crash] the page crashed\n'));

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionUnderTest)],
    ['extensionTestsPath', remote(TESTS_ENTRY)],
  ];
  const url = `${origin}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: STARTUP_TIMEOUT_MS });
  log('workbench opened in Chromium; waiting for the suite');

  // Wait for the results, serving screenshot requests meanwhile.
  const deadline = Date.now() + TIMEOUT_MS;
  let results;
  let hostExitedAt;
  for (;;) {
    await serveScreenshots(page, dirs.exchange);
    if (fs.existsSync(resultsFile)) {
      results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
      break;
    }
    if (serverExit) throw new DiagnosedError(`code-server ended (${serverExit}) before the suite finished`, serverLog, consoleLog);
    if (hostExitedAt === undefined && /Extension Host Process exited/.test(readText(serverLog))) hostExitedAt = Date.now();
    if (hostExitedAt !== undefined && Date.now() - hostExitedAt > 3000 && !fs.existsSync(resultsFile)) {
      throw new DiagnosedError('the extension host exited without writing results (crash, or run() never finished)', serverLog, consoleLog);
    }
    if (browserClosed) throw new DiagnosedError('the browser closed before the suite finished', serverLog, consoleLog);
    if (Date.now() > deadline) {
      throw new DiagnosedError(`timeout: no results after ${TIMEOUT_MS / 1000} s`, serverLog, consoleLog);
    }
    await sleep(200);
  }
  consoleOut.end();
  return report(results, (Date.now() - started) / 1000, serverLog, consoleLog);
}

/** Installs the .vsix into the run's extensions dir, as a user would, and returns the installed folder. */
function installVsix(vsix, dirs) {
  const file = path.resolve(REPO, vsix);
  if (!fs.existsSync(file)) throw new Error(`${vsix} not found: run npm run package first`);
  log(`installing ${path.relative(REPO, file)} with code-server --install-extension`);
  const install = spawnSync(
    process.execPath,
    [CODE_SERVER_ENTRY, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', file],
    { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData, TMPDIR: dirs.tmp } },
  );
  const output = `${install.stdout}${install.stderr}`.trim();
  if (install.status !== 0) throw new Error(`code-server --install-extension failed (exit ${install.status}):\n${output}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const installed = path.join(dirs.extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  if (!fs.existsSync(path.join(installed, 'package.json'))) throw new Error(`the .vsix installed, but ${installed} is missing:\n${output}`);
  log(`installed: ${output.split('\n').pop()}`);
  return installed;
}

const handled = new Set();
async function serveScreenshots(page, exchange) {
  let names;
  try {
    names = fs.readdirSync(exchange);
  } catch {
    return;
  }
  for (const file of names) {
    if (!file.endsWith('.request')) continue;
    const requestPath = path.join(exchange, file);
    const name = file.slice(0, -'.request'.length);
    let answer;
    try {
      const { path: output } = JSON.parse(fs.readFileSync(requestPath, 'utf8'));
      if (typeof output !== 'string' || !path.isAbsolute(output)) throw new Error('"path" must be an absolute path');
      fs.mkdirSync(path.dirname(output), { recursive: true });
      await page.screenshot({ path: output, animations: 'disabled', caret: 'hide', timeout: 15_000 });
      answer = { ok: true };
      if (!handled.has(name)) log(`screenshot ${name} -> ${output}`);
      handled.add(name);
    } catch (error) {
      answer = { ok: false, error: error.message };
      log(`screenshot ${name} failed: ${error.message}`);
    }
    fs.rmSync(requestPath, { force: true });
    const done = path.join(exchange, `${name}.done`);
    fs.writeFileSync(`${done}.tmp`, JSON.stringify(answer));
    fs.renameSync(`${done}.tmp`, done);
  }
}

function report(results, seconds, serverLog, consoleLog) {
  log(`suite ran in VS Code ${results.vscodeVersion} (${results.appName ?? '?'}, ${results.uiKind ?? '?'} UI, extension host: ${results.remoteName ? `remote ${results.remoteName}` : 'local'})`);
  const { passed, failed, pending } = printResults(results);
  log(`finished in ${seconds.toFixed(1)}s${pending ? `, ${pending} skipped` : ''}`);
  if (passed + failed === 0) {
    log('no test ran');
    printTail('code-server log', serverLog);
    printTail('browser console', consoleLog);
  }
  process.stdout.write(`integration: ${passed} passed, ${failed} failed\n`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

function printTail(title, file) {
  process.stdout.write(`----- ${title} (last ${TAIL_LINES} lines of ${file}) -----\n${tail(file)}\n`);
}

class DiagnosedError extends Error {
  constructor(message, ...logs) {
    super(message);
    this.logs = logs;
  }
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (interrupted) await new Promise(() => {}); // the signal handler cleans up and exits
  process.stderr.write(`test-code-server: ${error instanceof DiagnosedError || error.oneLine ? error.message : error.stack}\n`);
  if (error instanceof DiagnosedError) {
    const [serverLog, consoleLog] = error.logs;
    if (serverLog) printTail('code-server log', serverLog);
    if (consoleLog) printTail('browser console', consoleLog);
  }
  process.stdout.write('integration: 0 passed, 1 failed\n');
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
