/**
 * The thread `annotate` writes its sidecars on (entry point of dist/sidecar-writer.js, started by
 * sidecar-writer.ts): it writes each sidecar out as YAML (when it comes as data) and answers
 * with the error message, or none once the file is in place. It holds the YAML writer, not the
 * analysis code.
 */
import { parentPort } from 'node:worker_threads';
import { sidecarOutputText } from '../core/model/sidecar-output';
import { writeAtomicallySync } from './atomic-write';
import type { WriteDone, WriteJob } from './sidecar-writer';

const port = parentPort;
port?.on('message', ({ id, path, output }: WriteJob) => {
  let error: string | undefined;
  try {
    writeAtomicallySync(path, sidecarOutputText(output));
  } catch (failure) {
    error = (failure as Error).message;
  }
  port.postMessage({ id, error } satisfies WriteDone);
});
