/**
 * String similarity from diff-match-patch: 1 − Levenshtein distance (of a character diff) over
 * the longer length, so 1 is equal and 0 shares nothing.
 */
import DiffMatchPatch from 'diff-match-patch';

const dmp = new DiffMatchPatch();
// No time limit: the strings compared here are short (a quote, a context), and a deadline
// would make results depend on the machine's speed.
dmp.Diff_Timeout = 0;

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  // dmp's Levenshtein of a diff can exceed the longer length by a little (a diff minimises
  // insertions plus deletions, not substitutions): clamp.
  return Math.max(0, 1 - dmp.diff_levenshtein(dmp.diff_main(a, b, false)) / longer);
}
