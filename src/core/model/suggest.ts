/**
 * The machine's suggestions for one analysis, in sidecar form: an annotation per name and date
 * mention, and an entity per cluster of names, which name annotations point to.
 */
import type { ArticleAnalysis } from '../analyze';
import { formatIsoDate } from '../article-metadata';
import { OffsetMap } from '../offsets';
import { contextAround } from '../anchoring';
import { byPosition } from './annotation-order';
import { IdAllocator } from './ids';
import type { Annotation, Entity, SourceInfo } from './types';

export interface Suggestions {
  annotations: Annotation[];
  entities: Entity[];
}

export function suggestionsFrom(analysis: ArticleAnalysis, text: string): Suggestions {
  const offsets = new OffsetMap(text);
  const ids = new IdAllocator();
  // Records are built field by field rather than by spreading: this runs for every mention of every article annotated.
  const located = (id: string, type: Annotation['type'], mention: { text: string; start: number; end: number }): Annotation => ({
    id,
    type,
    text: mention.text,
    start: offsets.toCodePoint(mention.start),
    end: offsets.toCodePoint(mention.end),
    status: 'suggested',
  });
  const withContext = (annotation: Annotation, mention: { start: number; end: number }): Annotation => {
    const { prefix, suffix } = contextAround(text, mention.start, mention.end);
    annotation.prefix = prefix;
    annotation.suffix = suffix;
    return annotation;
  };
  const entities = analysis.entities.map((entity): Entity => {
    const suggestion: Entity = { id: entity.id, type: entity.type, name: entity.name };
    if (entity.aliases.length > 0) suggestion.aliases = [...entity.aliases];
    if (entity.role) suggestion.role = entity.role;
    suggestion.key = entity.key;
    suggestion.status = 'suggested';
    return suggestion;
  });
  const names = analysis.entityMentions.map((mention): Annotation => {
    const annotation = located(ids.next(mention.type, mention.text), mention.type, mention);
    const entity = entities[mention.entityIndex];
    if (entity) annotation.entity = entity.id;
    return withContext(annotation, mention);
  });
  const dates = analysis.dates.map((mention): Annotation => {
    const annotation = located(ids.next('date', mention.text), 'date', mention);
    annotation.value = mention.value;
    const timex: NonNullable<Annotation['timex']> = { type: mention.type };
    if (mention.anchor) timex.anchor = mention.anchor;
    if (mention.inferred.length > 0) timex.inferred = [...mention.inferred];
    if (mention.direction) timex.direction = mention.direction;
    annotation.timex = timex;
    return withContext(annotation, mention);
  });
  return { annotations: [...names, ...dates].sort(byPosition), entities };
}

export function sourceInfo(fileName: string, sha256: string, analysis: ArticleAnalysis, generator: string): SourceInfo {
  return {
    file: fileName,
    sha256,
    published: formatIsoDate(analysis.reference.date),
    published_from: analysis.reference.from,
    generator,
  };
}
