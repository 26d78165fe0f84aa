/**
 * One analysis of one article text: the single result that decorations, hovers, commands
 * and the CLI all read, so nothing re-parses on hover.
 */
import { readArticleMetadata, type ArticleMetadata, type Byline, type PublicationSource } from './article-metadata';
import { findDates, type CalendarDate, type DateMention } from './dates';
import { clusterEntities, type ArticleEntity, type EntityMention } from './entities';
import { findNames, type NameMention, type NameModel } from './names';

export interface ReferenceDate {
  date: CalendarDate;
  from: PublicationSource;
}

export interface ArticleAnalysis {
  metadata: ArticleMetadata;
  /** The date relative expressions are resolved against: the publication date, else the fallback. */
  reference: ReferenceDate;
  dates: DateMention[];
  /** People, places and organisations, sorted by position. */
  names: NameMention[];
  /** The names grouped into people, places and organisations. */
  entities: ArticleEntity[];
  /** One per name, in the same order, pointing into `entities` (its type may correct the tagger's). */
  entityMentions: EntityMention[];
}

export interface AnalysisOptions {
  /** Used when the text names no publication date: the file's modification date. */
  fallbackDate: CalendarDate;
  /** The name tagger's model, loaded once by the caller (see models/); null finds no names. */
  nameModel: NameModel | null;
}

export function analyzeArticle(text: string, options: AnalysisOptions): ArticleAnalysis {
  const metadata = readArticleMetadata(text);
  const reference: ReferenceDate = metadata.published
    ? { date: metadata.published.date, from: metadata.published.from }
    : { date: options.fallbackDate, from: 'file-modified' };
  const dates = findDates(text, reference.date);
  const names = options.nameModel ? bylineAsAuthor(outsideDates(findNames(text, options.nameModel), dates), metadata.byline) : [];
  const { entities, mentions } = clusterEntities(text, names);
  return { metadata, reference, dates, names, entities, entityMentions: mentions };
}

/**
 * The names that are not part of a date: "May" in "May 7, 2005" and "New Year" in "the New Year
 * sales" are dates, whatever the name tagger made of them.
 */
function outsideDates(names: NameMention[], dates: readonly DateMention[]): NameMention[] {
  if (dates.length === 0) return names;
  // Both are sorted by start and do not overlap among themselves: one pass.
  let d = 0;
  return names.filter((name) => {
    while (d < dates.length && (dates[d] as DateMention).end <= name.start) d++;
    const date = dates[d];
    return !(date && date.start <= name.start && name.end <= date.end);
  });
}

/**
 * The author a byline names is a person or a publication, never a place: "Author The New Region"
 * makes every "The New Region" an organisation, whatever the tagger made of it.
 */
function bylineAsAuthor(names: NameMention[], byline: Byline | null): NameMention[] {
  if (byline === null) return names;
  return names.map((name) => (name.type === 'LOC' && name.text === byline.author ? { ...name, type: 'ORG' } : name));
}

/** The calendar date of a moment, in UTC so that results never depend on the machine's zone. */
export function calendarDateOf(epochMillis: number): CalendarDate {
  const moment = new Date(epochMillis);
  return { year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() };
}
