/**
 * Merges fresh machine suggestions into a sidecar a person may have worked on. Human decisions
 * are never dropped or changed: accepted, rejected and hand-made annotations and entities stay,
 * and the machine does not suggest again a span a person already decided on.
 */
import { reanchor } from '../anchoring';
import type { Suggestions } from './suggest';
import { byPosition, compareText } from './annotation-order';
import { IdAllocator, uniqueId } from './ids';
import { SCHEMA_VERSION, type Annotation, type Entity, type Sidecar, type SourceInfo } from './types';

export interface MergeResult {
  sidecar: Sidecar;
  /** How the annotations a person decided on were re-attached to a changed article. */
  anchoring: { moved: number; fuzzy: number; orphaned: number };
}

/** `text` is the article now; annotations a person decided on are re-anchored to it if it changed. */
export function mergeSuggestions(existing: Sidecar | null, source: SourceInfo, machine: Suggestions, text: string): MergeResult {
  if (existing === null) return machineOnly(source, machine);
  // With the article and the generator (tool version, model) unchanged, the machine's output is
  // the same as last time, so a suggestion that differs from it was edited by a person: it
  // counts as that person's (accepted).
  const articleUnchanged = existing !== null && existing.source.sha256 === source.sha256;
  const machineUnchanged = articleUnchanged && existing.source.generator === source.generator;
  const anchoring = { moved: 0, fuzzy: 0, orphaned: 0 };
  const newOrphans: Annotation[] = [];
  const decided = decidedByPerson(existing?.annotations ?? [], machine.annotations, machineUnchanged);
  const placed = articleUnchanged
    ? decided
    : reanchor(decided, text).flatMap((outcome) => {
        if (outcome.kind === 'orphan') {
          anchoring.orphaned++;
          newOrphans.push(outcome.annotation);
          return [];
        }
        if (outcome.kind === 'moved') anchoring.moved++;
        if (outcome.kind === 'fuzzy') anchoring.fuzzy++;
        return [outcome.annotation];
      });
  const orphans = [...(existing?.orphans ?? []), ...newOrphans];
  return {
    sidecar: {
      schema: SCHEMA_VERSION,
      source,
      entities: mergeEntities(existing?.entities ?? [], machine.entities, machineUnchanged),
      annotations: mergeAnnotations(placed, machine.annotations),
      ...(orphans.length > 0 ? { orphans } : {}),
    },
    anchoring,
  };
}

/**
 * A new sidecar: nobody decided anything yet, so it is the machine's suggestions in sidecar
 * order (what the general path gives, without re-anchoring nothing: the common case when a
 * folder is annotated for the first time).
 */
function machineOnly(source: SourceInfo, machine: Suggestions): MergeResult {
  return {
    sidecar: {
      schema: SCHEMA_VERSION,
      source,
      entities: [...machine.entities].sort(byId),
      annotations: [...machine.annotations].sort(byPosition),
    },
    anchoring: { moved: 0, fuzzy: 0, orphaned: 0 },
  };
}

/** The annotations a person accepted, rejected, wrote, or (article unchanged) edited. */
function decidedByPerson(previous: readonly Annotation[], fresh: readonly Annotation[], machineUnchanged: boolean): Annotation[] {
  const freshById = new Map(fresh.map((annotation) => [annotation.id, annotation]));
  return previous.flatMap((annotation) => {
    if (annotation.status !== 'suggested') return [annotation];
    const machineVersion = freshById.get(annotation.id);
    return machineUnchanged && machineVersion && !sameRecord(annotation, machineVersion) ? [{ ...annotation, status: 'accepted' as const }] : [];
  });
}

function mergeAnnotations(decidedByPerson: readonly Annotation[], fresh: readonly Annotation[]): Annotation[] {
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

function mergeEntities(previous: readonly Entity[], fresh: readonly Entity[], machineUnchanged: boolean): Entity[] {
  const freshById = new Map(fresh.map((entity) => [entity.id, entity]));
  // An entity without a status was written or taken over by a person.
  const kept = previous.flatMap((entity) => {
    if (entity.status !== 'suggested') return [entity];
    const machineVersion = freshById.get(entity.id);
    return machineUnchanged && machineVersion && !sameRecord(entity, machineVersion) ? [{ ...entity, status: 'accepted' as const }] : [];
  });
  const keptIds = new Set(kept.map((entity) => entity.id));
  return [...kept, ...fresh.filter((entity) => !keptIds.has(entity.id))].sort(byId);
}

/** Entities are stored in id order. */
function byId(a: Entity, b: Entity): number {
  return compareText(a.id, b.id);
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
    .sort(([a], [b]) => compareText(a, b));
}
