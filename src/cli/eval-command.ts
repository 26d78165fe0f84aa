/**
 * `article-annotator eval <conll|timeml|meantime> <files or folders...> [--json]`: scores the real
 * pipeline on an annotated corpus. The CLI reads the files; src/core/eval parses and scores.
 */
import { readFile, stat } from 'node:fs/promises';
import { analyzeArticle, calendarDateOf, type ArticleAnalysis } from '../core/analyze';
import { findDates, type CalendarDate } from '../core/dates';
import { countMatches, emptyCounts, parseConll, rebuildDocument, scoreCounts, type ConllDocument, type ConllEvaluation } from '../core/eval/conll';
import { evaluateMeantime, parseMeantime, type MeantimeDocument, type MeantimeEvaluation, type PredictedName } from '../core/eval/meantime';
import { type ScoredCounts } from '../core/eval/scoring';
import { evaluateTimeml, parseTimeml, type TimemlEvaluation, type TimexScores } from '../core/eval/timeml';
import { filesUnder, statInput } from './input-files';
import { nameModel } from './name-model-file';
import { UsageError } from './usage-error';

export const DATASETS = ['conll', 'timeml', 'meantime'] as const;
export type Dataset = (typeof DATASETS)[number];

export interface EvalOptions {
  json: boolean;
}

interface InputFile {
  path: string;
  text: string;
  modified: CalendarDate;
}

export async function runEval(dataset: string | undefined, inputs: string[], options: EvalOptions): Promise<number> {
  if (dataset === undefined) throw new UsageError('eval needs a dataset and files: article-annotator eval <conll|timeml|meantime> <files or folders...> [--json]');
  if (!(DATASETS as readonly string[]).includes(dataset)) throw new UsageError(`eval: unknown dataset "${dataset}"; use conll, timeml or meantime`);
  if (inputs.length === 0) throw new UsageError(`eval ${dataset} needs at least one file or folder`);
  const files = await readInputs(dataset as Dataset, inputs);
  let failures = 0;
  const report = (path: string, error: unknown): void => {
    console.error(`error: ${path}: ${(error as Error).message}`);
    failures++;
  };
  switch (dataset as Dataset) {
    case 'conll': {
      const result = evaluateConllFiles(files);
      print(options.json ? roundedJson(result) : conllTable(result, files));
      break;
    }
    case 'timeml': {
      const documents = parseEach(files, parseTimeml, report);
      if (documents.length === 0) return noDocuments(dataset, inputs);
      // The DCT is the reference. analyzeArticle would prefer a publication date it finds in the
      // text, so the dates are found by findDates(text, DCT) directly, which is exactly what
      // analyzeArticle does with its reference date.
      const fallback = documents[0]?.modified ?? calendarDateOf(Date.now());
      const result = evaluateTimeml(documents, (text, reference) => findDates(text, reference), fallback);
      print(options.json ? roundedJson(result) : timemlTable(result));
      break;
    }
    case 'meantime': {
      const documents = parseEach(files, parseMeantime, report);
      if (documents.length === 0) return noDocuments(dataset, inputs);
      const model = nameModel();
      const modified = new Map(documents.map((d) => [d as MeantimeDocument, d.modified]));
      const result = evaluateMeantime(documents, (doc) => {
        const dct = doc.dct?.date ?? null;
        // Names (and everything else) from the whole pipeline; dates resolved against the DCT when
        // the document has one (the pipeline's own reference otherwise).
        const analysis = analyzeArticle(doc.text, { fallbackDate: dct ?? modified.get(doc) ?? calendarDateOf(Date.now()), nameModel: model });
        const sameReference = dct !== null && sameDate(dct, analysis.reference.date);
        return { names: mentionsWithPhrases(analysis), dates: dct === null || sameReference ? analysis.dates : findDates(doc.text, dct) };
      });
      print(options.json ? roundedJson(result) : meantimeTable(result));
      break;
    }
  }
  return failures > 0 ? 1 : 0;
}

const TAG_OF_TYPE = { person: 'PER', place: 'LOC', organization: 'ORG' } as const;

/**
 * The names as the editor shows them: with the type of the entity each belongs to, which may
 * correct the tagger's ("Strait of Hormuz" is a place, an author is not).
 */
function shownNames(analysis: ArticleAnalysis): Array<{ start: number; end: number; type: string }> {
  return analysis.entityMentions.map((mention) => ({ start: mention.start, end: mention.end, type: TAG_OF_TYPE[mention.type] }));
}

/** The names as the editor shows them, each with the noun phrase it stands for (MEANTIME's extent). */
function mentionsWithPhrases(analysis: ArticleAnalysis): PredictedName[] {
  return analysis.entityMentions.map((mention, i) => {
    const name = analysis.names[i];
    return { start: mention.start, end: mention.end, type: TAG_OF_TYPE[mention.type], ...(name?.phrase ? { phrase: name.phrase } : {}), ...(name?.premodifier ? { premodifier: true } : {}) };
  });
}

function noDocuments(dataset: string, inputs: string[]): number {
  console.error(`article-annotator: no ${dataset} documents could be read from ${inputs.join(', ')}`);
  return 1;
}

function print(text: string): void {
  console.log(text);
}

function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Parses every file, reporting (and skipping) the ones that are not of the format. */
function parseEach<T extends object>(files: InputFile[], parse: (text: string) => T, report: (path: string, error: unknown) => void): Array<T & { modified: CalendarDate }> {
  const documents: Array<T & { modified: CalendarDate }> = [];
  for (const file of files) {
    try {
      documents.push({ ...parse(file.text), modified: file.modified });
    } catch (error) {
      report(file.path, error);
    }
  }
  return documents;
}

// ---------------------------------------------------------------------------------------------
// Files

const EXTENSIONS: Record<Dataset, RegExp | null> = { conll: null, timeml: /\.tml$/i, meantime: /\.xml$/i };

async function readInputs(dataset: Dataset, inputs: string[]): Promise<InputFile[]> {
  const paths: string[] = [];
  for (const input of inputs) {
    if (!(await statInput(input)).isDirectory()) paths.push(input);
    else {
      const pattern = EXTENSIONS[dataset];
      if (!pattern) throw new UsageError(`${input} is a folder; eval conll takes CoNLL files`);
      const found = await filesUnder(input, (name) => pattern.test(name));
      if (found.length === 0) throw new UsageError(`${input}: no ${dataset === 'timeml' ? '.tml' : '.xml'} files in this folder`);
      paths.push(...found);
    }
  }
  return Promise.all(
    paths.map(async (path) => {
      const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
      return { path, text, modified: calendarDateOf(info.mtimeMs) };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// CoNLL: the whole pipeline on each rebuilt document, timed.

export interface ConllReport extends ConllEvaluation {
  tokens: number;
  wordsPerSecond: number;
}

function evaluateConllFiles(files: InputFile[]): ConllReport {
  const model = nameModel();
  const counts = emptyCounts();
  let documents = 0;
  let tokens = 0;
  let milliseconds = 0;
  for (const file of files) {
    const docs: ConllDocument[] = parseConll(file.text);
    for (const doc of docs) {
      const { text, gold } = rebuildDocument(doc);
      for (const sentence of doc.sentences) tokens += sentence.words.length;
      const started = performance.now();
      const analysis = analyzeArticle(text, { fallbackDate: file.modified, nameModel: model });
      milliseconds += performance.now() - started;
      countMatches(gold, shownNames(analysis), counts);
    }
    documents += docs.length;
  }
  const { dataset, types, micro } = scoreCounts(counts, documents);
  return { dataset, documents, types, micro, tokens, wordsPerSecond: milliseconds === 0 ? 0 : Math.round((tokens / milliseconds) * 1000) };
}

// ---------------------------------------------------------------------------------------------
// Output

/** JSON with fractions rounded to 4 decimals (counts are integers already). */
export function roundedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10000) / 10000 : v));
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')).join('\n');
}

function countsRow(label: string, s: ScoredCounts): string[] {
  return [label, String(s.gold), String(s.predicted), String(s.correct), percent(s.precision), percent(s.recall), percent(s.f1)];
}

const HEADER = ['', 'gold', 'predicted', 'correct', 'precision', 'recall', 'F1'];

function namesTable(result: Pick<ConllEvaluation, 'types' | 'micro'>): string {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const t of Object.values(result.types)) {
    gold += t.gold;
    predicted += t.predicted;
    correct += t.correct;
  }
  return table([HEADER, ...Object.entries(result.types).map(([type, s]) => countsRow(type, s)), countsRow('micro', { gold, predicted, correct, ...result.micro })]);
}

function conllTable(result: ConllReport, files: InputFile[]): string {
  return [
    `CoNLL names (exact span and type, PER/LOC/ORG), ${files.map((f) => f.path).join(', ')}`,
    `${result.documents} documents, ${result.tokens} tokens, full pipeline at ${result.wordsPerSecond.toLocaleString('en-US')} words/s`,
    '',
    namesTable(result),
  ].join('\n');
}

function timexTable(result: TimexScores): string {
  const rows = [HEADER, countsRow('strict span', result.detection.strict), countsRow('relaxed span', result.detection.relaxed)];
  const attribute = (label: string, a: TimexScores['value']): string[] => [label, String(result.gold), String(result.predicted), String(a.correct), percent(a.precision), percent(a.recall), percent(a.f1)];
  rows.push(attribute('value', result.value), attribute('type', result.typeMatch));
  for (const [type, s] of Object.entries(result.types)) rows.push(countsRow(`  ${type}`, s));
  return [
    table(rows),
    `value accuracy on relaxed matches ${percent(result.value.accuracy)}, type accuracy ${percent(result.typeMatch.accuracy)}`,
  ].join('\n');
}

function timemlTable(result: TimemlEvaluation): string {
  const noDct = result.documentsWithoutDct > 0 ? ` (${result.documentsWithoutDct} without a DCT)` : '';
  return [`TimeML TIMEX3, ${result.documents} documents${noDct}; dates resolved against each document's DCT`, '', timexTable(result)].join('\n');
}

function meantimeTable(result: MeantimeEvaluation): string {
  const noDct = result.documentsWithoutDct > 0 ? ` (${result.documentsWithoutDct} without a DCT)` : '';
  return [
    `MEANTIME, ${result.documents} documents${noDct}`,
    '',
    'Scored in the fully annotated sentences only (title, date line, first five sentences).',
    '',
    `Named mentions (syntactic_type NAM), exact span and type, each prediction with the noun phrase it stands for (${result.entities.predictionsOutsideScope} predictions after the annotated sentences and ${result.entities.ignoredPremodifiers} on gold premodifier mentions ignored; ${result.entities.predictedPremodifiers} found to be premodifiers, not named mentions):`,
    namesTable(result.entities),
    '',
    'The same, relaxed: a prediction overlapping a gold mention of its type counts:',
    namesTable(result.entities.relaxed),
    '',
    'The same mentions, none ignored (a prediction on a gold premodifier mention counts wrong):',
    namesTable(result.entities.noneIgnored),
    '',
    'The names exactly as highlighted, nothing ignored:',
    namesTable(result.entities.names),
    '',
    `TIMEX3 (DCT excluded; ${result.timex.ignoredPredictions} predictions on the DCT and ${result.timex.predictionsOutsideScope} after the annotated sentences ignored; ${result.timex.unanchored} gold TIMEX3 without tokens not scored):`,
    timexTable(result.timex),
  ].join('\n');
}
