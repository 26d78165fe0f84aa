#!/usr/bin/env node
// Installs the VS Code that the integration tests run in: code-server 4.100.3 (= VS Code 1.100.3,
// the last code-server for Node 20), into .vscode-test/code-server/ inside the repo (gitignored).
// It is deliberately not a dependency of the project: its own install scripts refuse to run as root
// and download ripgrep from GitHub, so it is installed here with --ignore-scripts and the few native
// pieces it needs are built from source, offline (npm registry only).
//
// Idempotent: a complete install is marked by .vscode-test/code-server/.installed.json; a second run
// is a no-op. An install is made in a staging folder and renamed into place only when complete.
//
//   node scripts/install-test-vscode.mjs           install if needed
//   node scripts/install-test-vscode.mjs --force   reinstall
//
// Needs (Debian): chromium ripgrep, and a C/C++ toolchain with python3 for node-gyp (build-essential).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TEST_ROOT = path.join(REPO, '.vscode-test');
export const INSTALL_DIR = path.join(TEST_ROOT, 'code-server');
export const MARKER = path.join(INSTALL_DIR, '.installed.json');
export const CODE_SERVER_ENTRY = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
export const RIPGREP = '/usr/bin/rg';
const LOG = path.join(TEST_ROOT, 'install-code-server.log');
const APT_HINT = 'run: apt-get install chromium ripgrep';

// Native modules of VS Code's server (lib/vscode) that are built from source here, each checked by
// running the suite without it:
//   @vscode/spdlog   the server's and extension host's log files (without it: errors, no log files)
//   native-watchdog  the extension host's parent watchdog (without it: an error at extension host start)
//   node-pty         the pty host: integrated terminals and tasks (the suite passes without it, but any
//                    test that opens a terminal would not; 6 s to build)
// Not built: kerberos (only for Kerberos proxy authentication, loaded lazily; it would need
// libkrb5-dev), @parcel/watcher (its prebuilt linux binary ships as an optional npm package),
// @vscode/deviceid and the Windows-only modules. argon2, a dependency of code-server itself, is
// required at startup (even with --auth none) and is built too.
const VSCODE_NATIVE = ['@vscode/spdlog', 'native-watchdog', 'node-pty'];
// What `require` must load once built (in lib/vscode).
const VSCODE_NATIVE_CHECK = [...VSCODE_NATIVE, '@parcel/watcher'];

const markerContent = () => ({
  codeServer: CODE_SERVER_VERSION,
  vscode: VSCODE_VERSION,
  node: process.versions.modules, // native modules are built for this Node ABI
  platform: `${process.platform}-${process.arch}`,
});

function say(message) {
  process.stdout.write(`install-test-vscode: ${message}\n`);
}

function fail(message) {
  const error = new Error(message);
  error.oneLine = true;
  throw error;
}

/** True when a complete install for this version and Node ABI is in place. */
export function isInstalled() {
  try {
    const marker = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
    const want = markerContent();
    return (
      Object.keys(want).every((key) => marker[key] === want[key]) && fs.existsSync(CODE_SERVER_ENTRY)
    );
  } catch {
    return false;
  }
}

/** The system programs the harness needs; fails with one line telling what to install. */
export function checkPrerequisites() {
  const missing = [CHROMIUM, RIPGREP].filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    fail(`missing ${missing.join(' and ')}; ${APT_HINT}`);
  }
}

function checkBuildTools() {
  const missing = ['make', 'g++', 'python3'].filter(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0,
  );
  if (missing.length > 0) {
    fail(`missing build tools (${missing.join(', ')}) for node-gyp; run: apt-get install build-essential python3`);
  }
}

// The environment for nested npm commands. When this script runs under `npm run`/`npm test`, npm
// exports its own context (npm_config_local_prefix=<repo>, npm_package_*, ...): a nested
// `npm install` would then install into the repo itself. Drop that context, keep the user's config.
function npmEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    const k = key.toLowerCase();
    if (
      k.startsWith('npm_package_') ||
      k.startsWith('npm_lifecycle_') ||
      k === 'npm_command' ||
      k === 'npm_config_local_prefix' ||
      k === 'npm_config_prefix' ||
      k === 'npm_config_global_prefix' ||
      k === 'npm_config_call' ||
      k === 'npm_config_argv' ||
      k === 'init_cwd'
    ) {
      continue;
    }
    env[key] = value;
  }
  // node-gyp would download Node's headers from nodejs.org (unreachable here): use the installed
  // headers of this very Node when they exist (Debian/NodeSource packages put them in /usr/include/node).
  const prefix = path.dirname(path.dirname(process.execPath));
  if (!env.npm_config_nodedir && fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = prefix;
  }
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

function run(label, command, args, cwd, env = npmEnv()) {
  const started = Date.now();
  fs.appendFileSync(LOG, `\n### ${label}\n$ (cd ${cwd} && ${command} ${args.join(' ')})\n`);
  const out = fs.openSync(LOG, 'a');
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error || result.status !== 0) {
    const tail = fs.readFileSync(LOG, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
    process.stderr.write(`${tail}\n`);
    fail(`${label} failed (${result.error?.message ?? `exit ${result.status}`}); full log: ${path.relative(process.cwd(), LOG) || LOG}`);
  }
  say(`${label} (${seconds}s)`);
}

function step(label, fn) {
  const started = Date.now();
  try {
    fn();
  } catch (error) {
    if (error.oneLine) throw error;
    fail(`${label} failed: ${error.message}`);
  }
  say(`${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}

function requireCheck(dir, modules) {
  // Load each native module in a fresh Node, as the server would.
  const script = `for (const m of ${JSON.stringify(modules)}) require(require.resolve(m, { paths: [${JSON.stringify(dir)}] }));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) {
    fs.appendFileSync(LOG, result.stderr);
    fail(`a native module does not load: ${result.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? result.stderr.trim()}`);
  }
}

function withLock(fn) {
  const lock = path.join(TEST_ROOT, 'code-server.lock');
  const deadline = Date.now() + 15 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // the owner is between mkdir and writing its pid
      }
      let alive = false;
      if (Number.isInteger(owner) && owner > 0) {
        try {
          process.kill(owner, 0);
          alive = true;
        } catch {
          alive = false;
        }
      } else {
        alive = true;
      }
      if (!alive) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) fail(`another install holds ${lock}`);
      say(`waiting for another install (pid ${owner}) to finish`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Installs code-server unless a complete install is there already. Throws on failure. */
export function ensureInstalled({ force = false } = {}) {
  checkPrerequisites();
  if (!force && isInstalled()) {
    say(`code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) already installed in ${path.relative(REPO, INSTALL_DIR)}`);
    return;
  }
  fs.mkdirSync(TEST_ROOT, { recursive: true });
  withLock(() => {
    if (!force && isInstalled()) return; // another process finished it while we waited
    install();
  });
}

function install() {
  checkBuildTools();
  const started = Date.now();
  const staging = `${INSTALL_DIR}.staging-${process.pid}`;
  for (const name of fs.readdirSync(TEST_ROOT)) {
    if (name.startsWith('code-server.staging-')) fs.rmSync(path.join(TEST_ROOT, name), { recursive: true, force: true });
  }
  fs.writeFileSync(LOG, `install of code-server ${CODE_SERVER_VERSION}, ${new Date().toISOString()}, node ${process.version}\n`);
  say(`installing code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) into ${path.relative(REPO, INSTALL_DIR)}; log: ${path.relative(REPO, LOG)}`);

  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(
    path.join(staging, 'package.json'),
    `${JSON.stringify(
      {
        name: 'article-annotator-test-vscode',
        private: true,
        description: 'code-server for the integration tests; installed by scripts/install-test-vscode.mjs',
      },
      null,
      2,
    )}\n`,
  );
  const codeServer = path.join(staging, 'node_modules', 'code-server');
  const vscodeDir = path.join(codeServer, 'lib', 'vscode');

  // 1. code-server itself, without its postinstall (it refuses root and would run step 2 with scripts).
  run(`npm install code-server@${CODE_SERVER_VERSION}`, 'npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-save'], staging);

  // 2. VS Code's own dependencies; scripts off: @vscode/ripgrep's postinstall downloads from GitHub.
  run('npm install (lib/vscode)', 'npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir);

  // 3. Build the native modules from source (node-gyp; Node's headers from nodedir, see npmEnv).
  // npm 11 warns that these install scripts are "not yet covered by allowScripts" but runs them;
  // with strict-allow-scripts set in a user's config it would refuse, so these two commands, which
  // rebuild an explicit list of packages, bypass that policy. npm_config_yes: node-pty's postinstall
  // runs `npx node-gyp` (fetched from the npm registry). JOBS: parallel make inside each module.
  const buildEnv = npmEnv({ npm_config_yes: 'true', npm_config_dangerously_allow_all_scripts: 'true', JOBS: 'max' });
  run(`npm rebuild ${VSCODE_NATIVE.join(' ')} (lib/vscode)`, 'npm', ['rebuild', '--foreground-scripts', ...VSCODE_NATIVE], vscodeDir, buildEnv);
  // argon2's install (node-pre-gyp) would first try a prebuilt binary from GitHub; build from source.
  // (npm warns that build-from-source is no npm config of its own: node-pre-gyp reads it from the env.)
  run('npm rebuild argon2 (code-server)', 'npm', ['rebuild', '--foreground-scripts', 'argon2'], staging, { ...buildEnv, npm_config_build_from_source: 'true' });

  // 4. ripgrep for search: the system's binary where @vscode/ripgrep expects its download.
  step('ripgrep from /usr/bin/rg', () => {
    const bin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.copyFileSync(RIPGREP, path.join(bin, 'rg'));
    fs.chmodSync(path.join(bin, 'rg'), 0o755);
  });

  // 5. What code-server's postinstall would have done: node_modules.asar -> node_modules (VS Code
  // and built-in extensions look for files there) and the shared dependency of the built-in
  // extensions (typescript, for the TS/JS/HTML language features).
  step('node_modules.asar link', () => {
    fs.rmSync(path.join(vscodeDir, 'node_modules.asar'), { recursive: true, force: true });
    fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  });
  run('npm install (lib/vscode/extensions)', 'npm', ['install', '--omit=dev'], path.join(vscodeDir, 'extensions'));

  // 6. Check that every native piece loads, then mark the install complete and move it into place.
  step('native modules load', () => {
    requireCheck(path.join(vscodeDir, 'node_modules'), VSCODE_NATIVE_CHECK);
    requireCheck(path.join(staging, 'node_modules'), ['argon2']);
  });
  fs.writeFileSync(path.join(staging, '.installed.json'), `${JSON.stringify({ ...markerContent(), installedAt: new Date().toISOString() }, null, 2)}\n`);
  fs.rmSync(INSTALL_DIR, { recursive: true, force: true });
  fs.renameSync(staging, INSTALL_DIR);
  say(`done in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    ensureInstalled({ force: process.argv.includes('--force') });
  } catch (error) {
    process.stderr.write(`install-test-vscode: ${error.oneLine ? error.message : error.stack}\n`);
    process.exit(1);
  }
}
