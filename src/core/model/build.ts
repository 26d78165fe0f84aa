/**
 * Turns an analysis into sidecar annotations, and merges fresh machine suggestions into a
 * sidecar a person may have worked on: human decisions are never dropped or changed.
 */
import type { ArticleAnalysis } from '../analyze';
import { formatIsoDate } from '../article-metadata';
import { OffsetMap } from '../offsets';
import type { NameType } from '../names';
import { CONTEXT_LENGTH, SCHEMA_VERSION, type Annotation, type AnnotationType, type Sidecar, type SourceInfo } from './types';

const NAME_TYPES: Record<NameType, Exclude<AnnotationType, 'date'>> = { PER: 'person', LOC: 'place', ORG: 'organization' };

export function suggestionsFrom(analysis: ArticleAnalysis, text: string): Annotation[] {
  const offsets = new OffsetMap(text);
  const ids = new IdAllocator();
  const span = (start: number, end: number) => ({ start: offsets.toCodePoint(start), end: offsets.toCodePoint(end) });
  const names = analysis.names.map((mention): Annotation => {
    const type = NAME_TYPES[mention.type];
    return { id: ids.next(type, mention.text), type, text: mention.text, ...span(mention.start, mention.end), status: 'suggested', ...context(text, mention.start, mention.end) };
  });
  const dates = analysis.dates.map((mention): Annotation => ({
    id: ids.next('date', mention.text),
    type: 'date',
    text: mention.text,
    ...span(mention.start, mention.end),
    status: 'suggested',
    value: mention.value,
    timex: {
      type: mention.type,
      ...(mention.anchor ? { anchor: mention.anchor } : {}),
      ...(mention.inferred.length > 0 ? { inferred: [...mention.inferred] } : {}),
      ...(mention.direction ? { direction: mention.direction } : {}),
    },
    ...context(text, mention.start, mention.end),
  }));
  return [...names, ...dates].sort(byPosition);
}

export function sourceInfo(fileName: string, sha256: string, analysis: ArticleAnalysis): SourceInfo {
  return {
    file: fileName,
    sha256,
    published: formatIsoDate(analysis.reference.date),
    published_from: analysis.reference.from,
  };
}

/**
 * Fresh suggestions replace old ones; every annotation a person touched stays as it is,
 * and a suggestion a person already decided on (same type and span) is not offered again.
 */
export function mergeSuggestions(existing: Sidecar | null, source: SourceInfo, suggestions: Annotation[]): Sidecar {
  const decidedByPerson = (existing?.annotations ?? []).filter((annotation) => annotation.status !== 'suggested');
  const takenIds = new Set(decidedByPerson.map((annotation) => annotation.id).filter(Boolean));
  // An annotation written by hand may have no id yet: it gets one now, and keeps it.
  const ids = new IdAllocator(takenIds);
  const kept = decidedByPerson.map((annotation) => (annotation.id ? annotation : { ...annotation, id: ids.next(annotation.type, annotation.text) }));
  for (const annotation of kept) takenIds.add(annotation.id);
  const decided = new Set(kept.map(spanKey));
  const fresh = suggestions
    .filter((suggestion) => !decided.has(spanKey(suggestion)))
    .map((suggestion) => (takenIds.has(suggestion.id) ? { ...suggestion, id: uniqueId(suggestion.id, takenIds) } : suggestion));
  return {
    schema: SCHEMA_VERSION,
    source,
    entities: existing?.entities ?? [],
    ...(existing?.orphans && existing.orphans.length > 0 ? { orphans: existing.orphans } : {}),
    annotations: [...kept, ...fresh].sort(byPosition),
  };
}

export function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
}

function spanKey(annotation: Annotation): string {
  return `${annotation.type}:${annotation.start}:${annotation.end}`;
}

function context(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/**
 * Ids come from the type and the quote ("date-next-saturday"), numbered only on repeats,
 * so an edit elsewhere in the article does not renumber everything in the git diff.
 */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.used.add(id);
  }

  next(type: string, quote: string): string {
    const base = `${type}-${slug(quote)}`;
    const id = uniqueId(base, this.used);
    this.used.add(id);
    return id;
  }
}

function uniqueId(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return ascii === '' ? 'x' : ascii;
}
