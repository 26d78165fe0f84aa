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
  const span = (start: number, end: number) => ({ start: offsets.toCodePoint(start), end: offsets.toCodePoint(end) });
  const entities = analysis.entities.map(
    (entity): Entity => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      ...(entity.aliases.length > 0 ? { aliases: [...entity.aliases] } : {}),
      ...(entity.role ? { role: entity.role } : {}),
      key: entity.key,
      status: 'suggested',
    }),
  );
  const names = analysis.entityMentions.map((mention): Annotation => {
    const entity = entities[mention.entityIndex];
    return {
      id: ids.next(mention.type, mention.text),
      type: mention.type,
      text: mention.text,
      ...span(mention.start, mention.end),
      status: 'suggested',
      ...(entity ? { entity: entity.id } : {}),
      ...contextAround(text, mention.start, mention.end),
    };
  });
  const dates = analysis.dates.map(
    (mention): Annotation => ({
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
      ...contextAround(text, mention.start, mention.end),
    }),
  );
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
