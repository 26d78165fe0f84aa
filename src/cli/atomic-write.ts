/** Writing a sidecar so that a crash never leaves half of one: a temporary file, then a rename over the old one. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

export function writeAtomicallySync(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
