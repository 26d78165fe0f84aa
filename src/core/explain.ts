/**
 * Plain-language explanations shared by the hover cards and the CLI.
 */
import type { ArticleAnalysis } from './analyze';
import { formatIsoDate } from './article-metadata';
import { weekdayName, type CalendarDate, type DateMention } from './dates';
import type { EntityType } from './entities';

const SOURCE_NAMES = {
  header: 'the header line',
  'date-line': 'the date line',
  dateline: 'the dateline',
} as const;

export function describeDay(date: CalendarDate): string {
  return `${weekdayName(date)} ${formatIsoDate(date)}`;
}

/** Where the article's reference date came from, e.g. "Published Sunday 2025-04-20, read from the date line “Apr. 20, 2025”." */
export function publicationNote(analysis: ArticleAnalysis): string {
  const { reference, metadata } = analysis;
  if (reference.from === 'file-modified' || !metadata.published) {
    return `No publication date found in the text; relative dates use the file's modification date, ${describeDay(reference.date)}.`;
  }
  const evidence = metadata.published.evidence ? ` “${metadata.published.evidence.text}”` : '';
  return `Published ${describeDay(reference.date)}, read from ${SOURCE_NAMES[reference.from]}${evidence}.`;
}

/** The resolved day of a mention whose value is one day ("2025-04-26"), else null. */
export function mentionDay(mention: DateMention): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(mention.value);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** A short headline for a date mention: "Saturday 2025-04-26", "ISO week 2025-W17", "2025". */
export function dateHeadline(mention: DateMention): string {
  const day = mentionDay(mention);
  if (day) return mention.value.includes('T') ? `${describeDay(day)}, ${mention.value.slice(11)}` : describeDay(day);
  if (/^\d{4}-W\d{2}$/.test(mention.value)) return `ISO week ${mention.value}`;
  return mention.value;
}

const TYPE_LABELS: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organisation' };

export interface NameDescription {
  typeLabel: string;
  name: string;
  details: string[];
}

/** What the article says about the entity a name refers to: who or what, other spellings, role, how often. */
export function describeName(mentionIndex: number, analysis: ArticleAnalysis): NameDescription {
  const mention = analysis.entityMentions[mentionIndex];
  const entity = mention ? analysis.entities[mention.entityIndex] : undefined;
  if (!mention || !entity) throw new RangeError(`no name mention ${mentionIndex}`);
  const details: string[] = [];
  if (entity.role) details.push(`Role: ${entity.role}`);
  if (entity.aliases.length > 0) details.push(`Also written: ${entity.aliases.join(', ')}`);
  const count = entity.mentionIndices.length;
  details.push(`Mentioned ${count === 1 ? 'once' : `${count} times`} in this article.`);
  return { typeLabel: TYPE_LABELS[entity.type], name: entity.name, details };
}
