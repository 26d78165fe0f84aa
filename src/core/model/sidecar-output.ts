/**
 * What a sidecar file is to hold once an article is annotated: its text, or, for a file that
 * does not exist yet, the new sidecar, written out by whoever writes the file. The CLI writes
 * new sidecars on a thread of its own, and turning a sidecar into YAML takes a sixth of
 * annotating an article, so that part goes there too. Plain data: it crosses threads as it is.
 */
import type { Sidecar } from './types';
import { newSidecarYaml } from './yaml-write';

export type SidecarOutput = { text: string } | { newSidecar: Sidecar };

export function sidecarOutputText(output: SidecarOutput): string {
  return 'text' in output ? output.text : newSidecarYaml(output.newSidecar).text;
}
