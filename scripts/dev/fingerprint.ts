/**
 * Output fingerprint of the pipeline: a SHA-256 per stage (dates, names, entities, whole analysis)
 * over every dev text we have (CoNLL dev, TempEval-3 dev, MEANTIME dev, the samples). Run it before
 * and after a speed change: equal hashes mean the change altered no output.
 *   npm run fingerprint
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { findDates } from '../../src/core/dates';
import { clusterEntities } from '../../src/core/entities';
import { findNames, loadNameModel } from '../../src/core/names';
import { ROOT, devTexts } from './dev-texts';

const model = loadNameModel(readFileSync(join(ROOT, 'models', 'names.bin')));
const texts = devTexts();
const reference = { year: 2025, month: 4, day: 20 };
const hashes = { dates: createHash('sha256'), names: createHash('sha256'), entities: createHash('sha256'), analysis: createHash('sha256') };
for (const text of texts) {
  hashes.dates.update(JSON.stringify(findDates(text, reference)));
  const names = findNames(text, model);
  hashes.names.update(JSON.stringify(names));
  hashes.entities.update(JSON.stringify(clusterEntities(text, names)));
  hashes.analysis.update(JSON.stringify(analyzeArticle(text, { fallbackDate: reference, nameModel: model })));
}
console.log(JSON.stringify({ texts: texts.length, ...Object.fromEntries(Object.entries(hashes).map(([k, v]) => [k, v.digest('hex').slice(0, 16)])) }));
