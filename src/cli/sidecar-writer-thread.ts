/**
 * The thread `annotate` writes its sidecars on (entry point of dist/sidecar-writer.js, started by
 * sidecar-writer.ts): it answers each write with the error message, or none once the file is in
 * place. Kept to this one job so it starts in a few milliseconds without the analysis code.
 */
import { parentPort } from 'node:worker_threads';
import { writeAtomicallySync } from './atomic-write';
import type { WriteDone, WriteJob } from './sidecar-writer';

const port = parentPort;
port?.on('message', ({ id, path, text }: WriteJob) => {
  let error: string | undefined;
  try {
    writeAtomicallySync(path, text);
  } catch (failure) {
    error = (failure as Error).message;
  }
  port.postMessage({ id, error } satisfies WriteDone);
});
