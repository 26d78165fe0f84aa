/**
 * The context an annotation carries (`prefix` / `suffix`) so it can be found again after the
 * article changes, and how well a stored context agrees with the text around a candidate.
 */
import { CONTEXT_LENGTH } from '../model/types';
import { similarity } from './similarity';

/**
 * Up to CONTEXT_LENGTH UTF-16 code units of `text` either side of [start, end), which are
 * UTF-16 indices (as JavaScript strings and VS Code count). This is the rule sidecars are
 * written with (build.ts), so annotations that did not move get byte-identical context.
 */
export function contextAround(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  // Never start or end inside a surrogate pair: a lone half is not text and YAML may not keep it.
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0) prefixStart++;
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd > end) suffixEnd--;
  return { prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Length of the longest common suffix of a and b, in UTF-16 units. */
export function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/** Length of the longest common prefix of a and b, in UTF-16 units. */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

export interface StoredContext {
  prefix: string;
  suffix: string;
}

/**
 * How much of the stored context is still right next to the candidate, 0..1: the stored
 * prefix's longest common suffix with the new prefix plus the stored suffix's longest common
 * prefix with the new suffix, over both stored lengths. 0 when nothing was stored.
 */
export function quickAgreement(stored: StoredContext, text: string, start: number, end: number): number {
  const total = stored.prefix.length + stored.suffix.length;
  if (total === 0) return 0;
  const fresh = contextAround(text, start, end);
  return (commonSuffixLength(stored.prefix, fresh.prefix) + commonPrefixLength(stored.suffix, fresh.suffix)) / total;
}

/**
 * How alike the stored context and the text around a candidate are, 0..1: the similarity of
 * the prefixes and of the suffixes, weighted by their stored lengths (a side stored empty, at
 * the article's start or end, weighs nothing). 0 when nothing was stored.
 */
export function contextAgreement(stored: StoredContext, text: string, start: number, end: number): number {
  const total = stored.prefix.length + stored.suffix.length;
  if (total === 0) return 0;
  const fresh = contextAround(text, start, end);
  return (similarity(stored.prefix, fresh.prefix) * stored.prefix.length + similarity(stored.suffix, fresh.suffix) * stored.suffix.length) / total;
}

/**
 * The better-kept side of the context, 0..1: a fuzzy match of a short quote needs one side of
 * its context to be still (mostly) there. Sides that were stored empty (the article's start or
 * end) count as kept when the candidate is at that edge too.
 */
export function bestSideAgreement(stored: StoredContext, text: string, start: number, end: number): number {
  const fresh = contextAround(text, start, end);
  const side = (storedSide: string, freshSide: string, common: number) =>
    storedSide.length === 0 ? (freshSide.length === 0 ? 1 : 0) : common / storedSide.length;
  return Math.max(
    side(stored.prefix, fresh.prefix, commonSuffixLength(stored.prefix, fresh.prefix)),
    side(stored.suffix, fresh.suffix, commonPrefixLength(stored.suffix, fresh.suffix)),
  );
}
