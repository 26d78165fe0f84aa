// Entry point of the integration suite (the `extensionTestsPath` module).
//
// VS Code loads this file inside its extension host, with the extension under test already
// registered, and calls run(). Both launchers use it:
//   - scripts/test-code-server.mjs (offline: code-server's Node extension host, driven from headless
//     Chromium) reads the results file named by ARTICLE_ANNOTATOR_TEST_RESULTS;
//   - scripts/test-electron.mjs (@vscode/test-electron, needs a VS Code download) relies on the
//     rejection of run() and on the spec reporter's output.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { collectedMetrics, type Metric } from './metrics';

export interface TestResult {
  title: string;
  fullTitle: string;
  /** 'passed' | 'failed' | 'pending'; a failing before/after hook is reported as a failed entry. */
  state: 'passed' | 'failed' | 'pending';
  file?: string;
  duration?: number;
  error?: { message: string; stack?: string };
}

export interface SuiteResults {
  vscodeVersion: string;
  appName: string;
  uiKind: string;
  remoteName: string | undefined;
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
  metrics: Metric[];
}

function errorInfo(err: unknown): { message: string; stack?: string } {
  if (err instanceof Error) {
    return { message: err.message, stack: err.stack };
  }
  if (err && typeof err === 'object' && 'message' in err) {
    const { message, stack } = err as { message: unknown; stack?: unknown };
    return { message: String(message), stack: typeof stack === 'string' ? stack : undefined };
  }
  return { message: String(err) };
}

function writeResultsAtomically(file: string, results: SuiteResults): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(results, null, 2));
  fs.renameSync(tmp, file);
}

export async function run(): Promise<void> {
  const resultsFile = process.env.ARTICLE_ANNOTATOR_TEST_RESULTS;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });

  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) {
    mocha.addFile(path.join(__dirname, name));
  }

  const tests: TestResult[] = [];
  let failures = 0;
  let runError: unknown;

  try {
    failures = await new Promise<number>((resolve, reject) => {
      try {
        const runner = mocha.run((count) => resolve(count));
        const record = (test: Mocha.Test, state: TestResult['state'], err?: unknown): void => {
          tests.push({
            title: test.title,
            fullTitle: test.fullTitle(),
            state,
            file: test.file ? path.basename(test.file) : undefined,
            duration: state === 'pending' ? undefined : test.duration,
            ...(err === undefined ? {} : { error: errorInfo(err) }),
          });
        };
        runner.on('pass', (test) => record(test, 'passed'));
        runner.on('fail', (test, err) => record(test, 'failed', err));
        runner.on('pending', (test) => record(test, 'pending'));
      } catch (err) {
        // e.g. a test file that throws while it is loaded
        reject(err);
      }
    });
  } catch (err) {
    runError = err;
    tests.push({
      title: 'loading the integration suite',
      fullTitle: 'loading the integration suite',
      state: 'failed',
      error: errorInfo(err),
    });
  }

  const passed = tests.filter((t) => t.state === 'passed').length;
  const failed = tests.filter((t) => t.state === 'failed').length;
  const results: SuiteResults = {
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
    remoteName: vscode.env.remoteName,
    passed,
    failed,
    pending: tests.filter((t) => t.state === 'pending').length,
    tests,
    metrics: collectedMetrics(),
  };
  if (resultsFile) {
    writeResultsAtomically(resultsFile, results);
  }

  if (runError !== undefined) {
    throw runError instanceof Error ? runError : new Error(String(runError));
  }
  if (failures > 0 || failed > 0) {
    throw new Error(`${Math.max(failures, failed)} integration test(s) failed.`);
  }
  if (passed === 0) {
    throw new Error(`No integration test ran (looked for *.test.js in ${__dirname}).`);
  }
}
