import { CONTEXT_LENGTH, type Annotation } from './types';

/** Annotations are stored in reading order, so diffs follow the article. */
export function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
}

/** Up to CONTEXT_LENGTH UTF-16 units of text either side of a span, to re-anchor it later. */
export function contextAround(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}
