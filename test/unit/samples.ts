/** The sample articles, read once for the unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLES_DIR = join(__dirname, '..', '..', '..', 'samples');
export const SAMPLE_000 = '000_56f81b581865dfc8.txt';
export const SAMPLE_001 = '001_3cb9e0cab7a863e9.txt';

export function readSample(name: string): string {
  return readFileSync(join(SAMPLES_DIR, name), 'utf8');
}
