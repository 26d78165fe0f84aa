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
  const description = entity.type === 'organization' ? describedAs(entity.mentionIndices, analysis) : undefined;
  if (description) details.push(`Described as: ${description}`);
  const phrase = phraseOf(mentionIndex, analysis);
  if (phrase !== undefined && entity.type === 'place') details.push(`Written here as: ${phrase}`);
  if (entity.aliases.length > 0) details.push(`Also written: ${entity.aliases.join(', ')}`);
  const count = entity.mentionIndices.length;
  details.push(`Mentioned ${count === 1 ? 'once' : `${count} times`} in this article.`);
  return { typeLabel: TYPE_LABELS[entity.type], name: entity.name, details };
}

/** The noun phrase a mention stands in, when it says more than the name and an article: "Mobile, Alabama". */
function phraseOf(mentionIndex: number, analysis: ArticleAnalysis): string | undefined {
  const name = analysis.names[mentionIndex];
  if (!name?.phrase) return undefined;
  const text = name.phrase.text.replace(/\s+/g, ' ');
  return /^the\s/i.test(text) && text.slice(4) === name.text ? undefined : text;
}

/**
 * What the article calls an organisation, from the first mention whose phrase describes it:
 * "German airline" of "German airline Lufthansa".
 */
function describedAs(mentionIndices: readonly number[], analysis: ArticleAnalysis): string | undefined {
  for (const i of mentionIndices) {
    const name = analysis.names[i];
    if (!name?.phrase || name.phrase.start >= name.start) continue;
    const words = name.phrase.text.slice(0, name.start - name.phrase.start).replace(/\s+/g, ' ').replace(/^the /i, '').replace(/[\s,]+$/, '');
    if (words !== '') return words;
  }
  return undefined;
}
