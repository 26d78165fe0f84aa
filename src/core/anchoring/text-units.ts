/**
 * Character classes on UTF-16 strings, so spans found by the matcher never cut a surrogate
 * pair, a letter from its combining marks, or (where the annotation did not) a word in half.
 */

const WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The character (whole code point) starting at UTF-16 index i, or '' at the end. */
export function charAt(text: string, i: number): string {
  if (i < 0 || i >= text.length) return '';
  const cp = text.codePointAt(i)!;
  return String.fromCodePoint(cp);
}

/** The character (whole code point) ending right before UTF-16 index i, or '' at the start. */
export function charBefore(text: string, i: number): string {
  if (i <= 0 || i > text.length) return '';
  if (i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2))) return text.slice(i - 2, i);
  return text.slice(i - 1, i);
}

export function isWordChar(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

export function isMark(ch: string): boolean {
  return ch !== '' && MARK.test(ch);
}

export function isSpace(ch: string): boolean {
  return ch !== '' && SPACE.test(ch);
}

/** True when i does not fall between the two halves of a surrogate pair. */
export function isCodePointBoundary(text: string, i: number): boolean {
  return !(i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)));
}

/** True when i falls inside a word (a word character on both sides). */
export function insideWord(text: string, i: number): boolean {
  return isWordChar(charBefore(text, i)) && isWordChar(charAt(text, i));
}

/** Number of code points in s. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}
