import type { Span } from './tagger';

/** The spans (sorted, not overlapping) with `span` put in place of those it overlaps. */
export function withSpanReplacing(spans: readonly Span[], span: Span): Span[] {
  const kept = spans.filter((other) => other.last < span.first || other.first > span.last);
  const at = kept.findIndex((other) => other.first > span.last);
  kept.splice(at < 0 ? kept.length : at, 0, span);
  return kept;
}

/**
 * The spans (sorted, not overlapping) with each of `replacements` (sorted, not overlapping) put
 * in place of those it overlaps: one pass, for rules that replace many spans of a long article.
 */
export function withSpansReplacing(spans: readonly Span[], replacements: readonly Span[]): Span[] {
  if (replacements.length === 0) return [...spans];
  const out: Span[] = [];
  let r = 0;
  for (const span of spans) {
    // Replacements that end before this span come first.
    while (r < replacements.length && (replacements[r] as Span).last < span.first) out.push(replacements[r++] as Span);
    const next = replacements[r];
    const overlapsNext = next !== undefined && next.first <= span.last;
    // A span overlapping an earlier replacement (already out) is dropped too.
    const previous = r > 0 ? (replacements[r - 1] as Span) : undefined;
    if (overlapsNext || (previous !== undefined && previous.last >= span.first)) continue;
    out.push(span);
  }
  while (r < replacements.length) out.push(replacements[r++] as Span);
  return out;
}
