/**
 * Unicode character classes by code point, for the hand-written scanners that read the text
 * around every mention. Unicode property regexes (\p{L}…) are slow in V8 when run that often; a
 * table lookup is not. Each code point is classified once, by those same regexes, so the classes
 * cannot drift from what the regexes meant.
 */

const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const NUMBER = 8;
const MARK = 16;
const SPACE = 32;
const CLASSIFIED = 64;

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  return (
    CLASSIFIED |
    (/\p{L}/u.test(c) ? LETTER : 0) |
    (/\p{Lu}/u.test(c) ? UPPER : 0) |
    (/\p{Ll}/u.test(c) ? LOWER : 0) |
    (/\p{N}/u.test(c) ? NUMBER : 0) |
    (/\p{M}/u.test(c) ? MARK : 0) |
    (/\s/u.test(c) ? SPACE : 0)
  );
}

// Filled as code points are met: the basic plane in a flat table, the rare others in a map.
const basic = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let flags = basic[cp]!;
    if (flags === 0) basic[cp] = flags = classify(cp);
    return flags;
  }
  let flags = astral.get(cp);
  if (flags === undefined) astral.set(cp, (flags = classify(cp)));
  return flags;
}

/** \p{L} */
export const isLetter = (cp: number): boolean => (classOf(cp) & LETTER) !== 0;
/** \p{Lu} */
export const isUpper = (cp: number): boolean => (classOf(cp) & UPPER) !== 0;
/** \p{Ll} */
export const isLower = (cp: number): boolean => (classOf(cp) & LOWER) !== 0;
/** \p{L} or \p{N} */
export const isLetterOrNumber = (cp: number): boolean => (classOf(cp) & (LETTER | NUMBER)) !== 0;
/** \p{L}, \p{M} or \p{N} */
export const isLetterMarkOrNumber = (cp: number): boolean => (classOf(cp) & (LETTER | MARK | NUMBER)) !== 0;
/** \s */
export const isSpace = (cp: number): boolean => (classOf(cp) & SPACE) !== 0;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The code point starting at text[i], reading no further than `end`: what a /u regex sees in
 * text.slice(…, end), where half a surrogate pair cut by the slice is a code point of its own.
 */
export function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (isLowSurrogate(d)) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point ending just before text[i], reading no further back than `start` (see codePointAt). */
export function codePointBefore(text: string, i: number, start: number): number {
  const d = text.charCodeAt(i - 1);
  if (isLowSurrogate(d) && i - 2 >= start) {
    const c = text.charCodeAt(i - 2);
    if (isHighSurrogate(c)) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** UTF-16 length of a code point. */
export const unitsOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** /^\p{Lu}/u.test(s) */
export const startsUpper = (s: string): boolean => s.length > 0 && isUpper(codePointAt(s, 0, s.length));

/** /^\p{Ll}/u.test(s) */
export const startsLower = (s: string): boolean => s.length > 0 && isLower(codePointAt(s, 0, s.length));

/** Whether some code point of `s` passes `test`: /\p{L}/u.test(s) is someCodePoint(s, isLetter). */
export function someCodePoint(s: string, test: (cp: number) => boolean): boolean {
  for (let i = 0; i < s.length; ) {
    const cp = codePointAt(s, i, s.length);
    if (test(cp)) return true;
    i += unitsOf(cp);
  }
  return false;
}
