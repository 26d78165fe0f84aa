/**
 * article-annotator: the command-line twin of the extension, over the same core.
 */
import { parseArgs } from 'node:util';
import { runAnnotate } from './annotate-command';
import { isAnnotateWorker, runAnnotateWorker } from './annotate-workers';
import { runBench } from './bench-command';
import { runEval } from './eval-command';
import { UsageError } from './usage-error';
import { ANNOTATOR_VERSION as version } from '../core/version';

const HELP = `article-annotator ${version}: find the people, places, organisations and dates in
news articles, and keep the annotations as YAML next to each article.

Usage:
  article-annotator annotate <files or folders...> [--max-size <MB>] [--jobs <n>]
      Analyse each article and write <article>.annotations.yaml beside it. Folders are
      searched for *.txt (node_modules and hidden folders are skipped). Annotations a person
      accepted, rejected or wrote by hand are kept; machine suggestions are refreshed.
      A sidecar that is not valid is reported and never overwritten.
      Prints one line per file; exits 1 if any file could not be annotated.
      --max-size <MB>   refuse articles larger than this (default 5)
      --jobs <n>        threads to annotate on, each with its own copy of the model (default 1);
                        on a machine with free cores, more annotate a big folder sooner

  article-annotator eval <conll|timeml|meantime> <files or folders...> [--json]
      Score the analysis on an annotated corpus (the same pipeline as annotate):
      conll     CoNLL-2003-style files (token first, IOB1/IOB2 tag last, -DOCSTART- between
                documents): names, exact span and type for PER, LOC, ORG, and words/s.
      timeml    TimeML .tml files with a DCT (TempEval-3): TIMEX3 detection (strict and
                relaxed), value and type, per TIMEX3 type; dates resolved against the DCT.
      meantime  MEANTIME CAT .xml files: named PER/LOC/ORG mentions and TIMEX3 (DCT excluded).
      Prints a table, or one JSON object with --json (fractions between 0 and 1).

  article-annotator bench [--json] [--conll <file>] [--runs <n>] [--copies <n>]
      Measure speed and memory against the targets: model load, heap after load, full
      analysis words/s, a 10,000-word article, and annotate over folders of the same
      documents as article files (its steady speed, start-up cost, and share of the analysis
      speed).
      --conll <file>    text to measure on (default ../shared/eval/conll2003-dev/eng.testa,
                        else the samples)
      --runs <n>        timed runs per figure, after a warm-up (default 5); the median is kept
      --copies <n>      copies of each document in the annotate folder (default 5), and
                        five times as many in the larger one

  article-annotator help            this text
  article-annotator --version       the version

Exit codes: 0 success, 1 some files failed, 2 bad usage.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return command === undefined ? 2 : 0;
    case '--version':
    case '-v':
      console.log(version);
      return 0;
    case 'annotate': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { 'max-size': { type: 'string' }, jobs: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
      if (values.help) {
        console.log(HELP);
        return 0;
      }
      const maxSizeMb = values['max-size'] === undefined ? 5 : Number(values['max-size']);
      if (!Number.isFinite(maxSizeMb) || maxSizeMb <= 0) throw new UsageError('--max-size takes a positive number of megabytes');
      const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
      if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError('--jobs takes a positive whole number');
      return runAnnotate(positionals, { maxBytes: Math.round(maxSizeMb * 1024 * 1024), jobs });
    }
    case 'eval': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      });
      if (values.help) {
        console.log(HELP);
        return 0;
      }
      const [dataset, ...inputs] = positionals;
      return runEval(dataset, inputs, { json: values.json === true });
    }
    case 'bench': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          json: { type: 'boolean' },
          conll: { type: 'string' },
          runs: { type: 'string' },
          copies: { type: 'string' },
          'child-load': { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      });
      if (values.help) {
        console.log(HELP);
        return 0;
      }
      if (positionals.length > 0) throw new UsageError(`bench takes no files; use --conll <file>`);
      const runs = values.runs === undefined ? 5 : Number(values.runs);
      if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs takes a positive whole number');
      const copies = values.copies === undefined ? 5 : Number(values.copies);
      if (!Number.isInteger(copies) || copies < 1) throw new UsageError('--copies takes a positive whole number');
      return runBench({ json: values.json === true, conll: values.conll, runs, copies, childLoad: values['child-load'] === true });
    }
    default:
      throw new UsageError(`unknown command "${command}"; run "article-annotator --help"`);
  }
}

function runCommandLine(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        console.error(`article-annotator: ${(error as Error).message}`);
        process.exitCode = 2;
      } else {
        console.error(`article-annotator: unexpected error: ${(error as Error).stack ?? String(error)}`);
        process.exitCode = 1;
      }
    },
  );
}

// The same bundle runs annotate's worker threads (annotate-workers.ts).
if (isAnnotateWorker()) runAnnotateWorker();
else runCommandLine();
