/** Entities of one article: who and what the article names, and how often. */

export type EntityType = 'person' | 'place' | 'organization';

export interface ArticleEntity {
  /** Readable slug of the canonical name, unique within the article ('abbas-araqchi', then '-2'...). */
  id: string;
  type: EntityType;
  /** The fullest form seen, without honorifics, titles or a possessive ('Ali Khamenei'). */
  name: string;
  /** Every other form seen in the article (surname only, with honorific, other spelling), sorted. */
  aliases: string[];
  /** The title or role the article gives a person ('Foreign Minister', 'Middle East envoy'). */
  role?: string;
  /** Cross-article key: equal for the same name in another article or spelling (see nameKey). */
  key: string;
  /** Indices into the `mentions` returned alongside, ascending. */
  mentionIndices: number[];
}

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  /** The type of the entity the mention belongs to (may correct the tagger's type). */
  type: EntityType;
  entityIndex: number;
}

/** The tagger's output shape (src/core/names), restated so this module does not depend on the tagger. */
export interface NameInput {
  start: number;
  end: number;
  text: string;
  type: 'PER' | 'LOC' | 'ORG';
}

export interface ClusteredEntities {
  entities: ArticleEntity[];
  /** One per input name, in the same order: mentions[i] is names[i]. */
  mentions: EntityMention[];
}
