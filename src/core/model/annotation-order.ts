import type { Annotation } from './types';

/** Annotations are stored in reading order, so diffs follow the article. */
export function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
}
