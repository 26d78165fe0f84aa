/**
 * Sidecars written on a thread of their own, so the thread analysing articles never waits for
 * the disk, and new ones turned into YAML there too (a sixth of the time of an article; the
 * sidecar crosses as plain data, in a tenth of that).
 * With fs/promises every step of a write (open, write, close, rename) needed a turn of the
 * analysing thread to start the next; over a folder of CoNLL-sized articles that kept it
 * waiting for a sixth of the run.
 *
 * Should the writing thread fail, what it had not confirmed and everything after is written on
 * this thread instead: slower, never lost (a write is a temporary file and a rename, so
 * writing the same sidecar twice is harmless).
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sidecarOutputText, type SidecarOutput } from '../core/model/sidecar-output';
import { writeAtomicallySync } from './atomic-write';

export interface WriteJob {
  id: number;
  path: string;
  output: SidecarOutput;
}

export interface WriteDone {
  id: number;
  /** Why the write failed; absent once the sidecar is in place. */
  error?: string;
}

/** Settles once the sidecar is in place; rejects with the reason it could not be written. */
export type WriteSidecar = (path: string, output: SidecarOutput) => Promise<void>;

export interface SidecarWriter {
  write: WriteSidecar;
  /** Stops the thread; call it once every write has settled. */
  close(): Promise<void>;
}

/** Built by scripts/build.mjs from sidecar-writer-thread.ts, beside the CLI bundle. */
export const WRITER_THREAD_PATH = join(__dirname, 'sidecar-writer.js');

/** Writes on this thread, as a promise: for threads that analyse nothing else meanwhile. */
export const writeSidecarHere: WriteSidecar = (path, output) => {
  try {
    writeAtomicallySync(path, sidecarOutputText(output));
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error as Error);
  }
};

/**
 * The thread starts with the first write: a run over articles whose sidecars are all up to date
 * starts none. `threadScript`: the thread's code (tests give others, to see what happens when it
 * fails).
 */
export function startSidecarWriter(threadScript = WRITER_THREAD_PATH): SidecarWriter {
  const pending = new Map<number, { job: WriteJob; resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let worker: Worker | undefined;
  let threadGone = false;

  const writeHereInstead = (): void => {
    threadGone = true;
    for (const { job, resolve, reject } of pending.values()) writeSidecarHere(job.path, job.output).then(resolve, reject);
    pending.clear();
  };
  const thread = (): Worker => {
    if (worker) return worker;
    const started = new Worker(threadScript);
    started.on('message', ({ id, error }: WriteDone) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (error === undefined) waiting?.resolve();
      else waiting?.reject(new Error(error));
    });
    started.on('error', writeHereInstead);
    started.on('exit', writeHereInstead);
    return (worker = started);
  };

  return {
    write(path, output) {
      if (threadGone) return writeSidecarHere(path, output);
      const job: WriteJob = { id: nextId++, path, output };
      return new Promise<void>((resolve, reject) => {
        pending.set(job.id, { job, resolve, reject });
        thread().postMessage(job);
      });
    },
    async close() {
      threadGone = true;
      await worker?.terminate();
    },
  };
}
