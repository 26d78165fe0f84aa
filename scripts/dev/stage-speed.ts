/**
 * Time per stage of the analysis (dates, names, entities) over the CoNLL dev text, repeated for a
 * few seconds on this thread: where the time of `npm run bench`'s full analysis goes.
 *   npm run stage-speed [-- seconds] [--samples]
 * Like the bench, it first runs for WARMUP_MS untimed, so that the figures are of optimised code.
 * With --samples, over the sample articles instead (words split at white space).
 * The stages are timed in turn within each document, as analyzeArticle runs them: each is
 * slower so than run over all documents on its own (they evict each other from the caches), so
 * the stages' times here add up to the full analysis, not to the stages measured alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../../src/core/dates';
import { clusterEntities } from '../../src/core/entities';
import { findNames, loadNameModel } from '../../src/core/names';
import { ROOT, conllDevTexts, filesUnder } from './dev-texts';

const args = process.argv.slice(2);
const seconds = Number(args.find((arg) => !arg.startsWith('--')) ?? 8);
const model = loadNameModel(readFileSync(join(ROOT, 'models', 'names.bin')));
const { texts, words } = args.includes('--samples') ? sampleTexts() : conllDevTexts();

function sampleTexts(): { texts: string[]; words: number } {
  const texts = filesUnder(join(ROOT, 'samples'), '.txt').map((file) => readFileSync(file, 'utf8'));
  return { texts, words: texts.reduce((sum, text) => sum + text.split(/\s+/).filter((word) => word !== '').length, 0) };
}
const reference = { year: 2025, month: 4, day: 20 };
const WARMUP_MS = 2000;
const spent = { dates: 0, names: 0, entities: 0 };
let passes = 0;
const warmUpStarted = performance.now();
while (performance.now() - warmUpStarted < WARMUP_MS) {
  for (const text of texts) {
    findDates(text, reference);
    clusterEntities(text, findNames(text, model));
  }
}
const started = performance.now();
while (performance.now() - started < seconds * 1000) {
  for (const text of texts) {
    const a = performance.now();
    findDates(text, reference);
    const b = performance.now();
    const names = findNames(text, model);
    const c = performance.now();
    clusterEntities(text, names);
    spent.dates += b - a;
    spent.names += c - b;
    spent.entities += performance.now() - c;
  }
  passes++;
}
const msPerPass = Object.fromEntries(Object.entries(spent).map(([stage, ms]) => [stage, Math.round((ms / passes) * 10) / 10]));
const total = spent.dates + spent.names + spent.entities;
console.log(JSON.stringify({ passes, words, msPerPass, wordsPerSecond: Math.round((words * passes) / (total / 1000)) }));
