/**
 * `article-annotator bench [--json]`: speed and memory of the shipped pipeline against the
 * targets. A benchmark, not a test: it reports, it never fails the build.
 *
 * - Model load: a fresh child process (`bench --child-load`, started with --expose-gc) times
 *   reading models/names.bin and `loadNameModel`; the CLI bundle itself is already loaded, so the
 *   figure is the model alone. Heap used is measured in that child after a full GC, so it is the
 *   heap of the whole CLI with the model loaded.
 * - Analysis: `analyzeArticle` (names + dates + whatever the pipeline grows) over the rebuilt
 *   CoNLL dev documents on this thread; words are tokens.
 * - 10,000-word article: the same text concatenated and cut at 10,000 words, one analyzeArticle;
 *   also timed once in the model-load child, as the first analysis of a fresh process
 *   (`article10kWordsColdMs`).
 * - CLI annotate: the wall time of `article-annotator annotate <folder>` in a child process over
 *   a folder of the same documents the analysis is measured on, each as an article file, `--copies`
 *   times over (process start and one model load included), and over a folder five times as
 *   large; sidecars are removed before each run so every run writes them all. The extra articles
 *   over the extra time are the steady speed, compared with the analysis speed of the same
 *   documents measured just before and after each pair of runs (`annotateSteadyShareOfAnalysis`);
 *   the rest of the smaller run is the start-up cost. (Over copies of the two samples, the
 *   comparison was of different texts: the samples analyse about 1.2 times as fast as CoNLL
 *   documents, word for word, and their sidecars hold more per word.)
 * Every figure is the median of --runs timed runs after a warm-up: the measured work is repeated
 * for WARMUP_MS first, so V8 has optimised the hot code and the steady speed of a running editor
 * is measured. The first pass over the corpus with a fresh model (cold code, empty word caches)
 * is reported too, as `analysisColdWordsPerSecond`: what the first articles of a session see.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeArticle } from '../core/analyze';
import { SIDECAR_SUFFIX } from '../core/annotate-article';
import type { CalendarDate } from '../core/dates';
import { parseConll, rebuildDocument } from '../core/eval/conll';
import { loadNameModel, tokenize } from '../core/names';
import { NAME_MODEL_PATH } from './name-model-file';

export interface BenchOptions {
  json: boolean;
  conll: string | undefined;
  runs: number;
  /** Copies of each sample article in the annotate folder. */
  copies: number;
  childLoad: boolean;
}

const ROOT = join(__dirname, '..');
export const DEFAULT_CONLL = join(ROOT, '..', 'shared', 'eval', 'conll2003-dev', 'eng.testa');
const SAMPLES = join(ROOT, 'samples');
const FALLBACK_COPIES = 25;
/** How long the measured work is repeated before timing (V8 optimises hot functions after a few hundred ms to seconds of use). */
const WARMUP_MS = 3000;
const ARTICLE_WORDS = 10_000;
/** Passes over the corpus timed right before and after each pair of annotate runs (the median is kept). */
const ANALYSIS_PASSES_BESIDE_ANNOTATE = 3;
const REFERENCE: CalendarDate = { year: 2025, month: 4, day: 20 };

const TARGETS = {
  analysisWordsPerSecond: { atLeast: 250_000 },
  article10kWordsMs: { atMost: 50 },
  modelLoadMs: { atMost: 300 },
  heapAfterLoadMB: { atMost: 150 },
  /** "close to" the analysis speed: at least this share of it, on the same articles, once running. */
  annotateSteadyShareOfAnalysis: { atLeast: 0.8 },
} as const;

interface Figure {
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

export async function runBench(options: BenchOptions): Promise<number> {
  if (options.childLoad) return childLoad(options.conll);
  // Other processes on the machine skew every figure: the 1-minute load average says how much.
  const loadAtStart = loadavg()[0] ?? 0;
  const corpus = loadCorpus(options.conll);
  const model = loadNameModel(readFileSync(NAME_MODEL_PATH));

  const load = repeat(options.runs, () => measureLoadInChild(options.conll));
  const modelLoadMs = median(load.map((l) => l.loadMs));
  const heapAfterLoadMB = median(load.map((l) => l.heapUsedMB));
  const heapBeforeLoadMB = median(load.map((l) => l.heapBeforeMB));
  const externalAfterLoadMB = median(load.map((l) => l.externalMB));
  const rssAfterLoadMB = median(load.map((l) => l.rssMB));
  const article10kWordsColdMs = median(load.map((l) => l.coldArticleMs));

  const analyzeAll = (): number => {
    const started = performance.now();
    for (const text of corpus.texts) analyzeArticle(text, { fallbackDate: REFERENCE, nameModel: model });
    return performance.now() - started;
  };
  const coldPassMs = analyzeAll();
  warmUp(analyzeAll);
  const passMs = median(repeat(options.runs, analyzeAll));
  const analysisWordsPerSecond = (corpus.words / passMs) * 1000;

  const article = articleOf(corpus.texts, ARTICLE_WORDS);
  const analyzeArticleOnce = (): number => {
    const started = performance.now();
    analyzeArticle(article, { fallbackDate: REFERENCE, nameModel: model });
    return performance.now() - started;
  };
  warmUp(analyzeArticleOnce);
  const article10kWordsMs = median(repeat(Math.max(options.runs, 5), analyzeArticleOnce));

  // "Close to that speed", the words: both count words as CoNLL does (tokens, punctuation included).
  const analysisSpeedNow = (): number => (corpus.words / median(repeat(ANALYSIS_PASSES_BESIDE_ANNOTATE, analyzeAll))) * 1000;
  const annotate = measureAnnotate(corpus, options.copies, options.runs, analysisSpeedNow);

  const figures: Record<string, Figure> = {
    modelLoadMs: withTarget({ value: round(modelLoadMs, 1), unit: 'ms' }, TARGETS.modelLoadMs),
    heapAfterLoadMB: withTarget({ value: round(heapAfterLoadMB, 1), unit: 'MB' }, TARGETS.heapAfterLoadMB),
    heapBeforeLoadMB: { value: round(heapBeforeLoadMB, 1), unit: 'MB' },
    externalAfterLoadMB: { value: round(externalAfterLoadMB, 1), unit: 'MB' },
    rssAfterLoadMB: { value: round(rssAfterLoadMB, 1), unit: 'MB' },
    analysisWordsPerSecond: withTarget({ value: Math.round(analysisWordsPerSecond), unit: 'words/s' }, TARGETS.analysisWordsPerSecond),
    analysisColdWordsPerSecond: { value: Math.round((corpus.words / coldPassMs) * 1000), unit: 'words/s' },
    article10kWordsColdMs: { value: round(article10kWordsColdMs, 1), unit: 'ms' },
    article10kWordsMs: withTarget({ value: round(article10kWordsMs, 1), unit: 'ms' }, TARGETS.article10kWordsMs),
    annotateWordsPerSecond: { value: Math.round(annotate.wordsPerSecond), unit: 'words/s' },
    annotateSeconds: { value: round(annotate.seconds, 3), unit: 's' },
    annotateLargeSeconds: { value: round(annotate.largeSeconds, 3), unit: 's' },
    annotateLargeWordsPerSecond: { value: Math.round(annotate.largeWordsPerSecond), unit: 'words/s' },
    annotateSteadyWordsPerSecond: { value: Math.round(annotate.steadyWordsPerSecond), unit: 'words/s' },
    annotateStartSeconds: { value: round(annotate.startSeconds, 3), unit: 's' },
    annotateSteadyShareOfAnalysis: withTarget({ value: round(annotate.steadyShareOfAnalysis, 2), unit: 'fraction' }, TARGETS.annotateSteadyShareOfAnalysis),
    analysisWordsPerSecondBesideAnnotate: { value: Math.round(annotate.analysisWordsPerSecondBeside), unit: 'words/s' },
  };
  const report = {
    corpus: corpus.description,
    annotateFolder: { articles: annotate.articles, words: annotate.words, source: corpus.description.source, copiesOfEach: options.copies, largeArticles: annotate.largeArticles },
    method: {
      runs: options.runs,
      warmup: `${WARMUP_MS} ms of the measured work before timing; analysisColdWordsPerSecond is the first pass`,
      statistic: 'median',
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      loadAverage1mAtStart: round(loadAtStart, 2),
      modelLoad: 'fresh child process (--expose-gc): read models/names.bin + loadNameModel, CLI bundle already loaded; heap used after a full GC (ArrayBuffers are outside the heap: see externalAfterLoadMB, rssAfterLoadMB)',
      analysis: 'analyzeArticle on one thread over each document',
      annotate: `wall time of "article-annotator annotate <folder>" in a child process, start-up and one model load included, over the corpus documents as article files (--copies times each) and over ${LARGE_FOLDER_FACTOR} times as many; steady: the extra articles of the larger folder over the extra time; start: the rest of the smaller run; share: steady words/s over the analysis speed of the same documents measured right before and after each pair of runs (analysisWordsPerSecondBesideAnnotate); words counted as for the analysis`,
    },
    figures,
    pass: Object.values(figures).every((f) => f.pass !== false),
  };
  console.log(options.json ? stableJson(report) : benchTable(report.corpus, figures));
  return 0;
}

// ---------------------------------------------------------------------------------------------

function childLoad(conll: string | undefined): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const model = loadNameModel(readFileSync(NAME_MODEL_PATH));
  const loadMs = performance.now() - started;
  gc?.();
  const memory = process.memoryUsage();
  // Keep the model alive until after the measurement.
  if (model.kind !== 'name-model') return 1;
  const mb = (bytes: number): number => bytes / 2 ** 20;
  // Then the first analysis this process runs: what a reader waits for on the first article of a session.
  const article = articleOf(loadCorpus(conll).texts, ARTICLE_WORDS);
  const analysisStarted = performance.now();
  analyzeArticle(article, { fallbackDate: REFERENCE, nameModel: model });
  const coldArticleMs = performance.now() - analysisStarted;
  const result: ChildLoad = { loadMs, heapUsedMB: mb(memory.heapUsed), heapBeforeMB: mb(heapBefore), externalMB: mb(memory.external), rssMB: mb(memory.rss), coldArticleMs };
  console.log(JSON.stringify(result));
  return 0;
}

interface ChildLoad {
  loadMs: number;
  heapUsedMB: number;
  heapBeforeMB: number;
  externalMB: number;
  rssMB: number;
  /** The 10,000-word article analysed once, right after the model load, in that fresh process. */
  coldArticleMs: number;
}

function measureLoadInChild(conll: string | undefined): ChildLoad {
  const child = spawnSync(process.execPath, ['--expose-gc', __filename, 'bench', '--child-load', ...(conll === undefined ? [] : ['--conll', conll])], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`model load child failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout) as ChildLoad;
}

interface Corpus {
  texts: string[];
  words: number;
  description: Record<string, string | number>;
}

const countWords = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;
/** Words as CoNLL counts them (punctuation included), so that figures over the samples compare with those over CoNLL. */
const countTokens = (text: string): number => tokenize(text).tokens.length;

function loadCorpus(conll: string | undefined): Corpus {
  const path = conll === undefined ? DEFAULT_CONLL : resolve(conll);
  if (existsSync(path)) {
    const texts: string[] = [];
    let words = 0;
    for (const doc of parseConll(readFileSync(path, 'utf8'))) {
      texts.push(rebuildDocument(doc).text);
      for (const sentence of doc.sentences) words += sentence.words.length;
    }
    return { texts, words, description: { source: 'conll', path, documents: texts.length, words } };
  }
  if (conll !== undefined) throw new Error(`${conll}: no such file`);
  const samples = sampleTexts();
  const texts = Array.from({ length: FALLBACK_COPIES }, () => samples).flat();
  const words = texts.reduce((sum, text) => sum + countTokens(text), 0);
  return {
    texts,
    words,
    description: { source: 'samples', path: SAMPLES, documents: texts.length, words, note: `CoNLL dev data not found at ${DEFAULT_CONLL}; measured on the ${samples.length} samples x${FALLBACK_COPIES}` },
  };
}

/** Real text, documents joined by blank lines, cut after exactly `words` words. */
export function articleOf(texts: readonly string[], words: number): string {
  let article = '';
  while (countWords(article) < words) {
    if (texts.length === 0) break;
    for (const text of texts) {
      article += (article === '' ? '' : '\n\n') + text;
      if (countWords(article) >= words) break;
    }
  }
  const cut = /\S+/g;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = cut.exec(article)) !== null) {
    if (++count === words) return article.slice(0, m.index + m[0].length);
  }
  return article;
}

interface AnnotateFigures {
  articles: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  /** The larger folder's articles, and the wall time over it. */
  largeArticles: number;
  largeSeconds: number;
  /** Words per second of the articles past the smaller folder's: the speed once the process runs (code optimised, model loaded). */
  steadyWordsPerSecond: number;
  /** Words per second over the larger folder, start-up included. */
  largeWordsPerSecond: number;
  /** What a run costs besides its articles at the steady speed: process start, model load, code not yet optimised. */
  startSeconds: number;
  /** The steady speed over the analysis speed measured right before and after the same pair of runs. */
  steadyShareOfAnalysis: number;
  /** That analysis speed, beside the annotate runs. */
  analysisWordsPerSecondBeside: number;
}

/**
 * The wall time of `annotate` in a child process over a folder holding each corpus document
 * `copies` times, and over one LARGE_FOLDER_FACTOR times as large: the difference between the
 * two, per article, is the steady cost of an article, and what the smaller run costs besides is
 * the start. Each pair of runs is compared with `analysisSpeedNow()` (the same documents)
 * measured right before and after it: the speed of this machine drifts by half within minutes,
 * and a share of two figures measured a minute apart swung with it.
 */
function measureAnnotate(corpus: Corpus, copies: number, runs: number, analysisSpeedNow: () => number): AnnotateFigures {
  const small = annotateFolder(corpus, copies);
  const large = annotateFolder(corpus, copies * LARGE_FOLDER_FACTOR);
  try {
    // Untimed: the articles into the page cache, the sidecars' folder entries made once.
    small.run();
    large.run();
    const pairs = repeat(Math.min(runs, ANNOTATE_RUNS), () => {
      const before = analysisSpeedNow();
      const smallSeconds = small.run();
      const largeSeconds = large.run();
      const analysis = (before + analysisSpeedNow()) / 2;
      // (A millisecond at least: with a folder of a few articles, noise can make the larger run no slower.)
      const steadySecondsPerArticle = Math.max(largeSeconds - smallSeconds, 1e-3) / (large.articles - small.articles);
      const steadyWordsPerSecond = small.words / small.articles / steadySecondsPerArticle;
      return { smallSeconds, largeSeconds, analysis, steadyWordsPerSecond, startSeconds: smallSeconds - small.articles * steadySecondsPerArticle, share: steadyWordsPerSecond / analysis };
    });
    const seconds = median(pairs.map((pair) => pair.smallSeconds));
    const largeSeconds = median(pairs.map((pair) => pair.largeSeconds));
    return {
      articles: small.articles,
      words: small.words,
      seconds,
      wordsPerSecond: small.words / seconds,
      largeArticles: large.articles,
      largeSeconds,
      largeWordsPerSecond: large.words / largeSeconds,
      steadyWordsPerSecond: median(pairs.map((pair) => pair.steadyWordsPerSecond)),
      startSeconds: median(pairs.map((pair) => pair.startSeconds)),
      steadyShareOfAnalysis: median(pairs.map((pair) => pair.share)),
      analysisWordsPerSecondBeside: median(pairs.map((pair) => pair.analysis)),
    };
  } finally {
    small.remove();
    large.remove();
  }
}

/** The larger annotate folder, in copies of the smaller one. */
const LARGE_FOLDER_FACTOR = 5;
/** Pairs of annotate runs at most (each pair takes about ten seconds on the CoNLL dev text). */
const ANNOTATE_RUNS = 3;

/** A folder of `copies` copies of each corpus text; `run` annotates it afresh (sidecars removed first) and returns the wall time in seconds. */
function annotateFolder(corpus: Corpus, copies: number): { articles: number; words: number; run: () => number; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'article-annotator-bench-'));
  corpus.texts.forEach((text, document) => {
    for (let copy = 0; copy < copies; copy++) writeFileSync(join(folder, `${String(copy).padStart(4, '0')}-${String(document).padStart(5, '0')}.txt`), text);
  });
  const run = (): number => {
    for (const name of readdirSync(folder)) if (name.endsWith(SIDECAR_SUFFIX)) unlinkSync(join(folder, name));
    const started = performance.now();
    const child = spawnSync(process.execPath, [__filename, 'annotate', folder], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    const elapsed = performance.now() - started;
    if (child.status !== 0) throw new Error(`annotate failed: ${child.stderr.trim()}`);
    return elapsed / 1000;
  };
  return { articles: corpus.texts.length * copies, words: corpus.words * copies, run, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

function sampleTexts(): string[] {
  return readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(SAMPLES, name), 'utf8'));
}

// ---------------------------------------------------------------------------------------------

/** Runs `measure` until WARMUP_MS have passed (at least once). */
function warmUp(measure: () => unknown): void {
  const started = performance.now();
  do measure();
  while (performance.now() - started < WARMUP_MS);
}

function repeat<T>(runs: number, measure: () => T): T[] {
  return Array.from({ length: runs }, measure);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function withTarget(figure: Figure, target: { atLeast?: number; atMost?: number }): Figure {
  if (target.atLeast !== undefined) return { ...figure, target: `>= ${target.atLeast}`, pass: figure.value >= target.atLeast };
  if (target.atMost !== undefined) return { ...figure, target: `<= ${target.atMost}`, pass: figure.value <= target.atMost };
  return figure;
}

/** JSON with object keys sorted at every level, so two runs differ only in their numbers. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2);
}

function benchTable(corpus: Record<string, string | number>, figures: Record<string, Figure>): string {
  const rows = Object.entries(figures).map(([name, f]) => [name, `${f.value.toLocaleString('en-US')} ${f.unit}`, f.target ? `${f.target} ${f.unit}` : '', f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL']);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 1 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd());
  const note = corpus.note ? `\n${String(corpus.note)}` : '';
  return `Measured on ${corpus.source} (${corpus.documents} documents, ${corpus.words} words)${note}\n${lines.join('\n')}`;
}
