import type { Annotation } from './types';

/**
 * Text in UTF-16 code-unit order: the same on every machine. (localeCompare follows the
 * machine's locale: Danish sorts "aarhus" after "zurich", so colleagues sharing sidecars through
 * git would each rewrite the other's order. For the lowercase ASCII of ids and types it gives the
 * order English does.)
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Annotations are stored in reading order, so diffs follow the article. */
export function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || compareText(a.type, b.type) || compareText(a.id, b.id);
}
