/**
 * The MEANTIME dev name errors, sorted into kinds: what each false positive overlaps in the gold
 * annotation (a NAM of another type, a premodifier name, a product, nothing...) and whether each
 * missed name was found with other bounds. A tool for deciding what to work on next.
 *   npm run meantime-errors [-- --list kind]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { goldNames, parseMeantime, scoredMentions, type MeantimeDocument, type MeantimeMention } from '../../src/core/eval/meantime';
import { loadNameModel } from '../../src/core/names';
import { EVAL_DATA, ROOT, filesUnder } from './dev-texts';

const TAG: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const listKind = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : undefined;
const model = loadNameModel(readFileSync(join(ROOT, 'models', 'names.bin')));
const kinds = new Map<string, string[]>();
const note = (kind: string, example: string): void => {
  const list = kinds.get(kind) ?? [];
  list.push(example);
  kinds.set(kind, list);
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

for (const file of filesUnder(join(EVAL_DATA, 'meantime-dev'), '.xml')) {
  let doc: MeantimeDocument;
  try {
    doc = parseMeantime(readFileSync(file, 'utf8'));
  } catch {
    continue;
  }
  const reference = doc.dct?.date ?? { year: 2010, month: 1, day: 1 };
  const analysis = analyzeArticle(doc.text, { fallbackDate: reference, nameModel: model });
  // Scored as `eval meantime` scores them: with their noun phrases, premodifier mentions left out.
  const names = analysis.entityMentions.map((m, i) => ({ start: m.start, end: m.end, type: TAG[m.type] as string, phrase: analysis.names[i]?.phrase, premodifier: analysis.names[i]?.premodifier === true }));
  const predicted = scoredMentions(doc, names.filter((p) => p.start < doc.annotatedEnd)).mentions;
  const gold = goldNames(doc);
  const context = (s: { start: number; end: number }): string => `${doc.text.slice(Math.max(0, s.start - 30), s.start)}[${doc.text.slice(s.start, s.end)}]${doc.text.slice(s.end, s.end + 30)}`.replace(/\n/g, ' ');
  const exact = (a: { start: number; end: number; type: string }, b: { start: number; end: number; type: string }): boolean => a.start === b.start && a.end === b.end && a.type === b.type;
  for (const p of predicted) {
    if (gold.some((g) => exact(g, p))) continue;
    const sameSpan = gold.find((g) => g.start === p.start && g.end === p.end);
    const overlapGold = gold.find((g) => overlaps(g, p));
    const anyMention: MeantimeMention | undefined = doc.mentions.find((m) => overlaps(m, p) && !(m.syntacticType === 'NAM' && ['PER', 'LOC', 'ORG'].includes(m.type)));
    let kind: string;
    if (sameSpan) kind = `FP type ${p.type} for gold ${sameSpan.type}`;
    else if (overlapGold) kind = overlapGold.type === p.type ? 'FP bounds, same type' : 'FP bounds and type';
    else if (anyMention) kind = `FP over gold ${anyMention.syntacticType || '(none)'} ${anyMention.type || '(none)'}`;
    else kind = 'FP over nothing annotated';
    note(kind, `${p.type} ${context(p)}`);
  }
  for (const g of gold) {
    if (predicted.some((p) => exact(g, p))) continue;
    const overlapping = predicted.find((p) => overlaps(g, p));
    note(overlapping ? (overlapping.type === g.type ? 'FN bounds, same type' : 'FN other type (and bounds)') : 'FN missed', `${g.type} ${context(g)}`);
  }
}
for (const [kind, examples] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(examples.length).padStart(4)}  ${kind}`);
  if (kind === listKind || listKind === 'all') for (const e of examples) console.log(`        ${e}`);
}
