/**
 * Words of the text around a person mention, where roles are read. These run for every mention,
 * so they scan by hand with the tables of chars.ts; each documents the regex it stands for.
 */
import { codePointAt, codePointBefore, isLetter, isLetterMarkOrNumber, isLetterOrNumber, isSpace, unitsOf } from './chars';

export interface Word {
  text: string;
  start: number;
  end: number;
}

const HYPHEN = 0x2d;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** ' ’ . - */
const isInnerPunctuation = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2e || c === HYPHEN;

/**
 * Whether `test` holds for every word of text.slice(from, to) (words carry offsets into `text`),
 * reading no further than the first word it fails. A word keeps inner apostrophes, dots and hyphens (Iran’s, U.S.,
 * Secretary-General); any other non-space character is a word of its own. That is the regex
 * /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*|\S/gu over the slice, with trailing hyphens cut off.
 */
export function everyWord(text: string, from: number, to: number, test: (word: Word) => boolean): boolean {
  let i = from;
  while (i < to) {
    const cp = codePointAt(text, i, to);
    if (isSpace(cp)) {
      i += unitsOf(cp);
      continue;
    }
    const end = isLetterOrNumber(cp) ? wordEnd(text, i + unitsOf(cp), to) : i + unitsOf(cp);
    // A trailing hyphen is a dash, not part of the word (so a lone '-' is left as an empty word).
    let textEnd = end;
    while (textEnd > i && text.charCodeAt(textEnd - 1) === HYPHEN) textEnd--;
    if (!test({ text: text.slice(i, textEnd), start: i, end: textEnd })) return false;
    i = end;
  }
  return true;
}

/** The end of a word whose first character has been read, continuing from text[i]. */
function wordEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const cp = codePointAt(text, i, to);
    if (!isLetterMarkOrNumber(cp) && !isInnerPunctuation(cp)) break;
    i += unitsOf(cp);
  }
  return i;
}

/** The words of text.slice(from, to), with offsets into `text` (see everyWord). */
export function wordsBetween(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  everyWord(text, from, to, (word) => {
    out.push(word);
    return true;
  });
  return out;
}

/** The last word of text.slice(from, to) (see everyWord), reading only its last run of non-space characters. */
export function lastWordBetween(text: string, from: number, to: number): Word | undefined {
  const end = runStartBefore(text, from, to, isSpace);
  const start = runStartBefore(text, from, end, (cp) => !isSpace(cp));
  // Words never span a space, so the run reads as it would from `from`.
  let last: Word | undefined;
  everyWord(text, start, end, (word) => {
    last = word;
    return true;
  });
  return last;
}

/** Where text.slice(from, to)'s last line starts (after its last '\n'). */
export function lineStartWithin(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === NEWLINE) return i + 1;
  return from;
}

/** Where text.slice(from, to)'s first line ends (at its first '\n'). */
export function lineEndWithin(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === NEWLINE) return i;
  return to;
}

/** The first word of text.slice(from, to) is a comma: wordsBetween(…)[0]?.text === ',' without the rest. */
export function startsWithComma(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const cp = codePointAt(text, i, to);
    if (!isSpace(cp)) return cp === COMMA;
    i += unitsOf(cp);
  }
  return false;
}

/**
 * The run of letters, apostrophes, dots and hyphens ending at the last non-space character of
 * text.slice(from, end): /([\p{L}'’.-]+)\s*$/u on that slice, scanned backwards.
 */
export function lastWordBefore(text: string, from: number, end: number): string | undefined {
  const runEnd = runStartBefore(text, from, end, isSpace);
  const runStart = runStartBefore(text, from, runEnd, (cp) => isLetter(cp) || isInnerPunctuation(cp));
  return runStart < runEnd ? text.slice(runStart, runEnd) : undefined;
}

/** Where the run of code points that pass `test` and end just before text[i] starts, going back no further than `from`. */
function runStartBefore(text: string, from: number, i: number, test: (cp: number) => boolean): number {
  while (i > from) {
    const cp = codePointBefore(text, i, from);
    if (!test(cp)) break;
    i -= unitsOf(cp);
  }
  return i;
}
