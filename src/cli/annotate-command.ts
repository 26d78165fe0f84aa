/**
 * `article-annotator annotate`: writes a sidecar beside each article (annotate-file.ts does one).
 * The articles are analysed on this thread while another writes their sidecars
 * (sidecar-writer.ts), or with --jobs on worker threads (annotate-workers.ts). Either way the
 * lines are printed in the order of the articles, each once its sidecar is on disk.
 *
 * One analysing thread is the default: on the 2-vCPU machines this was built on, two annotated
 * a folder no faster (4.3 s against 4.1 s for 1,000 articles; 4.72 s against 4.48 s for 2,160
 * CoNLL documents), so the cores do not really double. On a machine whose cores are its own,
 * --jobs spreads the articles over them.
 */
import { annotateFileReportingErrors, type AnnotateOptions, type Line } from './annotate-file';
import { annotateInWorkers } from './annotate-workers';
import { articlePaths } from './input-files';
import { startSidecarWriter } from './sidecar-writer';

/** Articles analysed ahead of the oldest sidecar still being written (each holds its sidecar meanwhile). */
const WRITES_IN_FLIGHT = 16;

export interface AnnotateRun extends AnnotateOptions {
  /** Threads to annotate on (default 1: this thread alone). */
  jobs?: number;
}

export async function runAnnotate(inputs: string[], options: AnnotateRun): Promise<number> {
  const paths = await articlePaths(inputs);
  if (paths.length === 0) {
    console.error('article-annotator: no .txt articles found in ' + inputs.join(', '));
    return 1;
  }
  let failures = 0;
  const report = (line: Line): void => {
    // (Written as it is: console.log's formatting cost 2% of a run of a few thousand articles.)
    if (line.ok) process.stdout.write(`${line.message}\n`);
    else {
      console.error(`error: ${line.message}`);
      failures++;
    }
  };
  const fileOptions: AnnotateOptions = { maxBytes: options.maxBytes };
  const workers = workerCount(paths.length, options.jobs);
  if (workers > 1) await annotateInWorkers(paths, fileOptions, workers, report);
  else await annotateHere(paths, fileOptions, report);
  if (paths.length > 1) console.log(`${paths.length - failures} of ${paths.length} articles annotated`);
  return failures > 0 ? 1 : 0;
}

/** Threads for `articles` articles: as many as asked, never more than articles (one: this thread alone). */
export function workerCount(articles: number, jobs = 1): number {
  return Math.max(1, Math.min(jobs, articles));
}

/** On this thread: each article analysed in turn, its sidecar written on another while the next ones are. */
async function annotateHere(paths: readonly string[], options: AnnotateOptions, report: (line: Line) => void): Promise<void> {
  const writer = startSidecarWriter();
  try {
    const pending: Array<Promise<Line>> = [];
    for (const path of paths) {
      pending.push(annotateFileReportingErrors(path, options, writer.write));
      if (pending.length > WRITES_IN_FLIGHT) report(await (pending.shift() as Promise<Line>));
    }
    for (const line of pending) report(await line);
  } finally {
    await writer.close();
  }
}
