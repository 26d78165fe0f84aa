/**
 * Checks a sidecar against its article: every annotation's quote must be the article's text
 * at its offsets. A mismatch means the article changed (or a hand edit slipped); the next
 * annotate re-anchors it.
 */
import { OffsetMap } from '../offsets';
import type { Annotation, Sidecar } from './types';

export interface Mismatch {
  annotation: Annotation;
  index: number;
  found: string;
}

export function findMismatches(sidecar: Sidecar, articleText: string): Mismatch[] {
  const offsets = new OffsetMap(articleText);
  const length = offsets.toCodePoint(articleText.length);
  const mismatches: Mismatch[] = [];
  sidecar.annotations.forEach((annotation, index) => {
    const found = annotation.end <= length ? articleText.slice(offsets.toUtf16(annotation.start), offsets.toUtf16(annotation.end)) : '';
    if (found !== annotation.text) mismatches.push({ annotation, index, found });
  });
  return mismatches;
}
