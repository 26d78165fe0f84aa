/**
 * What an article says about itself: when it was published and where it was filed from.
 * The publication date anchors every relative date in the text ("next Saturday"), so we
 * record where it came from and let the reader see it in hovers.
 */
import { isValidDate, monthNumber, type CalendarDate } from './dates';

// Callers format publication dates with the calendar's ISO formatter.
export { formatIsoDate } from './dates';

/** Where the publication date was read from, in order of trust. */
export type PublicationSource =
  | 'header' // a first line "date 2025-04-19"
  | 'date-line' // a line near the top that is only a date, e.g. "Apr. 20, 2025 • 2 min read"
  | 'dateline' // a news dateline carrying a date, e.g. "MOSCOW, April 20, 2025 (Reuters) -"
  | 'file-modified'; // nothing in the text: the file's modification date

export interface PublicationDate {
  date: CalendarDate;
  from: PublicationSource;
  /** The text the date was read from (absent for file-modified), with its UTF-16 span. */
  evidence?: { text: string; start: number; end: number };
}

export interface Dateline {
  place: string;
  start: number;
  end: number;
}

/** Who the article is by: "By Jane Doe", "Author The New Region", "Written by Jane Doe, Reuters". */
export interface Byline {
  /** The person or publication named, without the "By" and without a trailing ", Agency". */
  author: string;
  start: number;
  end: number;
}

export interface ArticleMetadata {
  /** Null when the text itself names no publication date. */
  published: PublicationDate | null;
  dateline: Dateline | null;
  byline: Byline | null;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const HEADER = /^\s*(?:date|published|pubdate|dct)\s*[:=]?\s*(\d{4})-(\d{2})-(\d{2})\b/i;
/** "Apr. 20, 2025", "April 20 2025", optionally after "Published"/"Updated" and before "• 2 min read". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/** "20 April 2025" */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** "ERBIL, Kurdistan Region of Iraq - ", "WASHINGTON (Reuters) — ", "MOSCOW, April 20 (AP) -" */
const DATELINE = /^([A-Z][A-Z.'’ -]*[A-Z])(?=[,(\s])(,[^\n—–-]{0,80}?)?\s*(\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s/;

/** A line that is a place, then a date, and perhaps the agency: "WASHINGTON, April 19, 2025 (AP)". */
const PLACE_THEN_DATE = /^\s*([A-Z][A-Z.'’ -]*[A-Z]),\s*(.+?)\s*(?:\([^)\n]{1,40}\))?\s*$/;

/** What may stand beside the date on a date line: a label, a reading time, the weekday. */
const DATE_LINE_REST =
  /^\s*(?:(?:published|updated|posted|on|last|\d+\s*min(?:ute)?s?\s*read|read|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*)*$/i;

/** How far from the top a date line may stand and still be the article's own date. */
const DATE_LINE_SEARCH_LINES = 12;
/** A date line is short; a long line with a date in it is prose. */
const DATE_LINE_MAX_LENGTH = 80;

export function readArticleMetadata(text: string): ArticleMetadata {
  const lines = splitLines(text);
  const dateline = findDateline(lines);
  const published = findHeaderDate(lines) ?? findDateLine(lines) ?? datelineDate(text, dateline);
  return { published, dateline, byline: findByline(lines) };
}

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ text: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start });
  return lines;
}

function findHeaderDate(lines: Line[]): PublicationDate | null {
  const first = lines.find((line) => line.text.trim() !== '');
  if (!first) return null;
  const match = HEADER.exec(first.text);
  if (!match) return null;
  const date = makeDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!date) return null;
  const offset = first.text.indexOf(match[0].trimStart());
  const evidence = match[0].trim();
  return { date, from: 'header', evidence: span(first.start + offset, evidence) };
}

/** The place of a line that is only a place and a date ("WASHINGTON, April 19, 2025"), or null. */
function placeOfPlaceDateLine(line: string): string | null {
  const match = PLACE_THEN_DATE.exec(line);
  if (!match || match[1]!.replace(/[^A-Z]/g, '').length < 3) return null;
  const found = matchDate(match[2]!);
  return found && found.text === match[2] ? match[1]! : null;
}

function findDateLine(lines: Line[]): PublicationDate | null {
  for (const line of lines.slice(0, DATE_LINE_SEARCH_LINES)) {
    const trimmed = line.text.trim();
    if (trimmed === '' || trimmed.length > DATE_LINE_MAX_LENGTH) continue;
    const found = matchDate(trimmed);
    if (found && placeOfPlaceDateLine(line.text) !== null) {
      return { date: found.date, from: 'date-line', evidence: span(line.start + line.text.indexOf(found.text), found.text) };
    }
    if (!found) continue;
    // Only a line that is mostly the date: "Apr. 20, 2025 • 2 min read", "Published 20 April 2025",
    // Wikinews' "Monday, June 1, 2009".
    const rest = trimmed.replace(found.text, '').replace(/[•|·,:\-–—]/g, ' ');
    if (!DATE_LINE_REST.test(rest)) continue;
    const offset = line.start + line.text.indexOf(found.text);
    return { date: found.date, from: 'date-line', evidence: span(offset, found.text) };
  }
  return null;
}

function findDateline(lines: Line[]): Dateline | null {
  for (const line of lines) {
    const match = DATELINE.exec(line.text);
    if (!match || match[1]!.replace(/[^A-Z]/g, '').length < 3) continue;
    const place = match[1]!;
    return { place, start: line.start, end: line.start + place.length };
  }
  // Some sites print the dateline as a line of its own, without the dash.
  for (const line of lines.slice(0, DATE_LINE_SEARCH_LINES)) {
    const place = placeOfPlaceDateLine(line.text);
    if (place === null) continue;
    const start = line.start + line.text.indexOf(place);
    return { place, start, end: start + place.length };
  }
  return null;
}

/** A line that is only a byline: the marker, then a capitalised name of a few words. */
const BYLINE = /^\s*(?:By|Author:?|Written by|Words by|Reporting by)\s+(\p{Lu}[\p{L}\p{M}.'’ -]{0,60}?)\s*(?:[,|•·(—–]|$)/u;

/** After the name a byline holds only an agency, a role or a reading time: "Reuters", "Staff writer", "3 min read". */
function isBylineTail(rest: string): boolean {
  const words = rest.match(/(?<!\p{L})\p{Ll}{3,}/gu) ?? [];
  return words.every((word) => BYLINE_TAIL_WORDS.has(word));
}
const BYLINE_TAIL_WORDS = new Set(['min', 'mins', 'minute', 'minutes', 'read', 'and', 'staff', 'writer', 'reporter', 'correspondent', 'editor', 'updated', 'published']);

function findByline(lines: Line[]): Byline | null {
  for (const line of lines) {
    if (line.text.length > 100) continue;
    const match = BYLINE.exec(line.text);
    if (!match || !isBylineTail(line.text.slice(match[0].length))) continue;
    const author = match[1]!.trim();
    const start = line.start + line.text.indexOf(author, match[0].indexOf(match[1]!));
    return { author, start, end: start + author.length };
  }
  return null;
}

function datelineDate(text: string, dateline: Dateline | null): PublicationDate | null {
  if (!dateline) return null;
  const lineEnd = text.indexOf('\n', dateline.start);
  const head = text.slice(dateline.start, Math.min(lineEnd === -1 ? text.length : lineEnd, dateline.start + 120));
  const found = matchDate(head);
  if (!found) return null;
  return { date: found.date, from: 'dateline', evidence: span(dateline.start + head.indexOf(found.text), found.text) };
}

function matchDate(text: string): { date: CalendarDate; text: string } | null {
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    const date = makeDate(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
    if (date) return { date, text: match[0] };
  }
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const date = makeDate(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
    if (date) return { date, text: match[0] };
  }
  match = ISO_DATE.exec(text);
  if (match) {
    const date = makeDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date) return { date, text: match[0] };
  }
  return null;
}

/** A real calendar date or null ("2025-02-30" is not one). */
export function makeDate(year: number, month: number, day: number): CalendarDate | null {
  const date = { year, month, day };
  return isValidDate(date) ? date : null;
}

function span(start: number, text: string): { text: string; start: number; end: number } {
  return { text, start, end: start + text.length };
}
