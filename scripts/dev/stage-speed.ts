/**
 * Time per stage of the analysis (dates, names, entities) over the CoNLL dev text, repeated for a
 * few seconds on this thread: where the time of `npm run bench`'s full analysis goes.
 *   npm run stage-speed [-- seconds]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../../src/core/dates';
import { clusterEntities } from '../../src/core/entities';
import { findNames, loadNameModel } from '../../src/core/names';
import { ROOT, conllDevTexts } from './dev-texts';

const seconds = Number(process.argv[2] ?? 8);
const model = loadNameModel(readFileSync(join(ROOT, 'models', 'names.bin')));
const { texts, words } = conllDevTexts();
const reference = { year: 2025, month: 4, day: 20 };
const spent = { dates: 0, names: 0, entities: 0 };
let passes = 0;
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
