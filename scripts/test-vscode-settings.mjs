// Shared by the two integration-test launchers (test-code-server.mjs, test-electron.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** User settings of the throwaway profile the suite runs in: quiet, deterministic, offline. */
export const TEST_USER_SETTINGS = {
  'security.workspace.trust.enabled': false, // else the folder opens in Restricted Mode
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.localHistory.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'files.simpleDialog.enable': true,
  'editor.accessibilitySupport': 'off',
  'editor.wordWrap': 'on', // whole sentences in the README screenshot
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
};

/** Writes `<userDataDir>/User/settings.json`. */
export function writeUserSettings(userDataDir) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(TEST_USER_SETTINGS, null, 2)}\n`);
}

/**
 * Copies the repo's sample articles to `dest` (which must not exist), writable like a normal
 * checkout. Annotation files left in samples/ by `npm run demo` are not copied: the suite
 * starts from the articles alone.
 */
export function copySamples(repo, dest) {
  fs.cpSync(path.join(repo, 'samples'), dest, { recursive: true, filter: (source) => !source.endsWith('.annotations.yaml') });
  const makeWritable = (dir) => {
    fs.chmodSync(dir, 0o755);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) makeWritable(p);
      else fs.chmodSync(p, 0o644);
    }
  };
  makeWritable(dest);
}

/** Prints the per-test lines of a results file written by test/integration/index.ts; returns counts. */
export function printResults(results, write = (line) => process.stdout.write(`${line}\n`)) {
  const tests = Array.isArray(results?.tests) ? results.tests : [];
  for (const test of tests) {
    const mark = test.state === 'passed' ? 'pass' : test.state === 'pending' ? 'skip' : 'FAIL';
    const time = typeof test.duration === 'number' ? ` (${test.duration} ms)` : '';
    write(`  ${mark}  ${test.fullTitle ?? test.title}${time}`);
    if (test.state === 'failed' && test.error) {
      for (const line of (test.error.stack || test.error.message || '').split('\n').slice(0, 8)) write(`        ${line}`);
    }
  }
  for (const metric of Array.isArray(results?.metrics) ? results.metrics : []) {
    write(`  metric  ${metric.name}: ${metric.value} ${metric.unit}`);
  }
  return {
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
    pending: tests.filter((t) => t.state === 'pending').length,
  };
}
