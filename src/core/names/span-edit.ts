import type { Span } from './tagger';

/** The spans (sorted, not overlapping) with `span` put in place of those it overlaps. */
export function withSpanReplacing(spans: readonly Span[], span: Span): Span[] {
  const kept = spans.filter((other) => other.last < span.first || other.first > span.last);
  const at = kept.findIndex((other) => other.first > span.last);
  kept.splice(at < 0 ? kept.length : at, 0, span);
  return kept;
}
