// One esbuild build for everything that runs: the extension, the CLI and the test bundles.
// Type checking is separate (`tsc --noEmit`, part of `npm run lint`).
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const testFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The thread the CLI writes sidecars on: its own small bundle, so it starts without the analysis code.
  { ...common, entryPoints: ['src/cli/sidecar-writer-thread.ts'], outfile: 'dist/sidecar-writer.js' },
  { ...common, entryPoints: ['src/cli/train.ts'], outfile: 'dist/train.js' },
  // Tests: one bundle per file so mocha can load them one by one.
  { ...common, entryPoints: testFiles('test/unit'), outdir: 'out/test/unit', external: ['mocha'] },
  { ...common, entryPoints: testFiles('test/integration'), outdir: 'out/test/integration', external: ['vscode', 'mocha'] },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
