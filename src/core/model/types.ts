/**
 * The annotation model, as stored in `<article>.annotations.yaml`.
 * Offsets are Unicode code points into the article, end exclusive (see docs/annotation-format.md).
 */

export const SCHEMA_VERSION = 1;

export type AnnotationType = 'person' | 'place' | 'organization' | 'date';
export const ANNOTATION_TYPES: readonly AnnotationType[] = ['person', 'place', 'organization', 'date'];

/** suggested: made by the machine, undecided. accepted / rejected: a person decided. */
export type AnnotationStatus = 'suggested' | 'accepted' | 'rejected';
export const ANNOTATION_STATUSES: readonly AnnotationStatus[] = ['suggested', 'accepted', 'rejected'];

export interface TimexInfo {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** The date the value was resolved against, when it needed one. */
  anchor?: string;
  /** Parts of the value not written in the text. */
  inferred?: string[];
  direction?: 'past' | 'future';
}

export interface Annotation {
  id: string;
  type: AnnotationType;
  text: string;
  start: number;
  end: number;
  status: AnnotationStatus;
  entity?: string;
  /** Normalised value: TIMEX3 value for dates. */
  value?: string;
  timex?: TimexInfo;
  /** Up to CONTEXT_LENGTH characters either side, to re-anchor after the text changes. */
  prefix?: string;
  suffix?: string;
  note?: string;
}

export interface Entity {
  id: string;
  type: Exclude<AnnotationType, 'date'>;
  name: string;
  aliases?: string[];
  role?: string;
  /** Cross-article name key: equal for the same name in other articles and spellings. */
  key?: string;
  /** Absent: written or taken over by a person. */
  status?: AnnotationStatus;
}

export interface SourceInfo {
  file: string;
  sha256: string;
  published?: string;
  published_from?: string;
  /** What made the suggestions: tool version and model fingerprint. Suggestions change when it does. */
  generator?: string;
}

export interface Sidecar {
  schema: number;
  source: SourceInfo;
  entities: Entity[];
  annotations: Annotation[];
  /** Annotations that could not be placed in the changed article: kept, listed, never deleted. */
  orphans?: Annotation[];
}

export const CONTEXT_LENGTH = 32;
