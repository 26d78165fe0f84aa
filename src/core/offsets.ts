/**
 * Sidecars count offsets in Unicode code points (as Python, brat and the W3C model do);
 * JavaScript strings and VS Code count UTF-16 code units. These convert between the two.
 */

/** Builds a converter for one text; conversions are then O(log n). */
export class OffsetMap {
  /** UTF-16 indices of the low half of every surrogate pair, ascending. */
  private readonly astralLowIndices: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astralLowIndices.push(i + 1);
          i++;
        }
      }
    }
  }

  toCodePoint(utf16Index: number): number {
    return utf16Index - countBelow(this.astralLowIndices, utf16Index, (low) => low);
  }

  toUtf16(codePointIndex: number): number {
    // The k-th astral character shifts every later index by k; find how many lie before.
    const shifted = countBelow(this.astralLowIndices, codePointIndex + 1, (low, k) => low - k);
    return codePointIndex + shifted;
  }
}

/** Number of leading entries e (at index k) with key(e, k) < limit; keys must ascend. */
function countBelow(sorted: number[], limit: number, key: (value: number, index: number) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!, mid) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
