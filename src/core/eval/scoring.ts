/**
 * Shared arithmetic of the evaluations: precision, recall and F1 from counts, and one-to-one
 * matching of predicted spans to gold spans (exact or overlapping). Fractions are 0..1; a ratio
 * whose denominator is 0 is 0.
 */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export type ScoredCounts = Counts & Prf;

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Precision, recall and F1 (fractions 0..1) from counts; 0 where undefined. */
export function prf(gold: number, predicted: number, correct: number): Prf {
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function scored(counts: Counts): ScoredCounts {
  return { gold: counts.gold, predicted: counts.predicted, correct: counts.correct, ...prf(counts.gold, counts.predicted, counts.correct) };
}

export function addCounts(into: Counts, more: Counts): void {
  into.gold += more.gold;
  into.predicted += more.predicted;
  into.correct += more.correct;
}

export interface Span {
  start: number;
  end: number;
}

/** Half-open spans [start, end) share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Pairs gold and predicted spans one to one. `strict`: only identical extents pair. `relaxed`:
 * any overlap pairs; each gold span (in order) takes an unused identical prediction if there is
 * one, else the unused prediction that overlaps it most (earliest on ties). Returns
 * [goldIndex, predictedIndex] pairs in gold order.
 */
export function matchSpans(gold: readonly Span[], predicted: readonly Span[], mode: 'strict' | 'relaxed'): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((g, gi) => {
    let best = -1;
    let bestOverlap = 0;
    for (let pi = 0; pi < predicted.length; pi++) {
      if (used.has(pi)) continue;
      const p = predicted[pi] as Span;
      if (p.start === g.start && p.end === g.end) {
        best = pi;
        break;
      }
      if (mode === 'relaxed') {
        const length = overlapLength(g, p);
        if (length > bestOverlap) {
          best = pi;
          bestOverlap = length;
        }
      }
    }
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  });
  return pairs;
}
