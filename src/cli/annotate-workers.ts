/**
 * `annotate` over many articles on several cores: worker threads of this same bundle each load
 * the name model once and annotate whole files (read, analyse, write the sidecar), the main
 * thread hands out paths and prints the lines in the order of the articles.
 *
 * Each worker keeps a few paths queued so it never waits for the next one; a worker that dies
 * reports its unfinished articles as errors and the others carry on.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { annotateFileReportingErrors, type AnnotateOptions, type Line } from './annotate-file';
import { writeSidecarHere } from './sidecar-writer';

/** Paths a worker holds at once: one being analysed, the rest waiting behind it. */
const QUEUED_PER_WORKER = 4;

interface WorkerSetup {
  role: 'annotate-worker';
  options: AnnotateOptions;
}

interface Job {
  index: number;
  path: string;
}

interface Done {
  index: number;
  line: Line;
}

/** Whether this thread is an annotate worker (then `runAnnotateWorker` is its whole job). */
export function isAnnotateWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSetup> | null)?.role === 'annotate-worker';
}

/** The worker side: annotate each path sent, answer with its line once the sidecar is on disk. */
export function runAnnotateWorker(): void {
  const { options } = workerData as WorkerSetup;
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: Job) => {
    // (A worker writes its own sidecars, on its own thread: it is one apart already, and the others analyse meanwhile.)
    void annotateFileReportingErrors(job.path, options, writeSidecarHere).then((line) => port.postMessage({ index: job.index, line } satisfies Done));
  });
}

/**
 * Annotates `paths` on `workers` threads; `report` gets each article's line in the order of
 * `paths`. Resolves once every article has its line.
 */
export function annotateInWorkers(paths: readonly string[], options: AnnotateOptions, workers: number, report: (line: Line) => void): Promise<void> {
  return new Promise((resolve) => {
    const lines: Array<Line | undefined> = new Array<Line | undefined>(paths.length);
    let nextToSend = 0;
    let nextToReport = 0;
    const pool: Array<{ worker: Worker; held: Set<number> }> = [];

    const settle = (index: number, line: Line): void => {
      if (lines[index] !== undefined) return;
      lines[index] = line;
      while (nextToReport < paths.length && lines[nextToReport] !== undefined) report(lines[nextToReport++] as Line);
      if (nextToReport === paths.length) {
        for (const { worker } of pool) void worker.terminate();
        resolve();
      }
    };
    const feed = (member: { worker: Worker; held: Set<number> }): void => {
      while (member.held.size < QUEUED_PER_WORKER && nextToSend < paths.length) {
        const index = nextToSend++;
        member.held.add(index);
        member.worker.postMessage({ index, path: paths[index] as string } satisfies Job);
      }
    };

    for (let w = 0; w < Math.min(workers, paths.length); w++) {
      const worker = new Worker(__filename, { workerData: { role: 'annotate-worker', options } satisfies WorkerSetup });
      const member = { worker, held: new Set<number>() };
      pool.push(member);
      worker.on('message', ({ index, line }: Done) => {
        member.held.delete(index);
        feed(member);
        settle(index, line);
      });
      const fail = (why: string): void => {
        if (!pool.includes(member)) return; // ("exit" follows "error")
        // Its articles are reported, not lost silently; what it never got goes to the others.
        const held = [...member.held];
        member.held.clear();
        pool.splice(pool.indexOf(member), 1);
        for (const index of held) settle(index, { ok: false, message: `${paths[index] as string}: ${why}` });
        if (pool.length === 0) for (let index = nextToSend; index < paths.length; index++) settle(index, { ok: false, message: `${paths[index] as string}: not annotated (${why})` });
        else for (const other of pool) feed(other);
      };
      worker.on('error', (error) => fail(`the worker annotating it failed: ${error.message}`));
      worker.on('exit', (code) => {
        if (nextToReport < paths.length) fail(`the worker annotating it stopped (exit code ${code})`);
      });
      feed(member);
    }
  });
}
