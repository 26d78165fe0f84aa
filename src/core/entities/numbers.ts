/**
 * Sorts numbers ascending, in place. The lists sorted here (unit and mention indices) are nearly
 * always in order already, and V8's sort copies the array even then, so look first.
 */
export function sortAscending(xs: number[]): number[] {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return xs.sort((a, b) => a - b);
  return xs;
}
