/**
 * Merges fresh machine suggestions into a sidecar a person may have worked on. Human decisions
 * are never dropped or changed: accepted, rejected and hand-made annotations and entities stay,
 * and the machine does not suggest again a span a person already decided on.
 */
import type { Suggestions } from './suggest';
import { byPosition } from './annotation-order';
import { IdAllocator, uniqueId } from './ids';
import { SCHEMA_VERSION, type Annotation, type Entity, type Sidecar, type SourceInfo } from './types';

export function mergeSuggestions(existing: Sidecar | null, source: SourceInfo, machine: Suggestions): Sidecar {
  // With the article unchanged the machine's output is the same as last time, so a suggestion
  // that differs from it was edited by a person: it counts as that person's (accepted).
  const articleUnchanged = existing !== null && existing.source.sha256 === source.sha256;
  const annotations = mergeAnnotations(existing?.annotations ?? [], machine.annotations, articleUnchanged);
  const entities = mergeEntities(existing?.entities ?? [], machine.entities, articleUnchanged);
  return {
    schema: SCHEMA_VERSION,
    source,
    entities,
    annotations,
    ...(existing?.orphans && existing.orphans.length > 0 ? { orphans: existing.orphans } : {}),
  };
}

function mergeAnnotations(previous: readonly Annotation[], fresh: readonly Annotation[], articleUnchanged: boolean): Annotation[] {
  const freshById = new Map(fresh.map((annotation) => [annotation.id, annotation]));
  const decidedByPerson = previous.flatMap((annotation) => {
    if (annotation.status !== 'suggested') return [annotation];
    const machineVersion = freshById.get(annotation.id);
    return articleUnchanged && machineVersion && !sameRecord(annotation, machineVersion) ? [{ ...annotation, status: 'accepted' as const }] : [];
  });
  const takenIds = new Set(decidedByPerson.map((annotation) => annotation.id).filter(Boolean));
  // An annotation written by hand may have no id yet: it gets one now, and keeps it.
  const ids = new IdAllocator(takenIds);
  const kept = decidedByPerson.map((annotation) => (annotation.id ? annotation : { ...annotation, id: ids.next(annotation.type, annotation.text) }));
  for (const annotation of kept) takenIds.add(annotation.id);
  const decided = new Set(kept.map(spanKey));
  const suggestions = fresh
    .filter((suggestion) => !decided.has(spanKey(suggestion)))
    .map((suggestion) => (takenIds.has(suggestion.id) ? { ...suggestion, id: uniqueId(suggestion.id, takenIds) } : suggestion));
  return [...kept, ...suggestions].sort(byPosition);
}

function mergeEntities(previous: readonly Entity[], fresh: readonly Entity[], articleUnchanged: boolean): Entity[] {
  const freshById = new Map(fresh.map((entity) => [entity.id, entity]));
  // An entity without a status was written or taken over by a person.
  const kept = previous.flatMap((entity) => {
    if (entity.status !== 'suggested') return [entity];
    const machineVersion = freshById.get(entity.id);
    return articleUnchanged && machineVersion && !sameRecord(entity, machineVersion) ? [{ ...entity, status: 'accepted' as const }] : [];
  });
  const keptIds = new Set(kept.map((entity) => entity.id));
  return [...kept, ...fresh.filter((entity) => !keptIds.has(entity.id))].sort((a, b) => a.id.localeCompare(b.id));
}

function spanKey(annotation: Annotation): string {
  return `${annotation.type}:${annotation.start}:${annotation.end}`;
}

function sameRecord(a: object, b: object): boolean {
  return JSON.stringify(sortedEntries(a)) === JSON.stringify(sortedEntries(b));
}

function sortedEntries(value: object): Array<[string, unknown]> {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
}
