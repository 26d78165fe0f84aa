/**
 * Entities of one article: the tagger's name mentions (src/core/names) grouped into people, places
 * and organisations, each with a canonical name, aliases, a role for people, and a key that is the
 * same for the same name in other articles (for a workspace index).
 */
export { clusterEntities } from './cluster';
export { nameKey } from './keys';
export { transliterationKey } from './transliteration';
export type { ArticleEntity, ClusteredEntities, EntityMention, EntityType, NameInput } from './types';
