/**
 * A news tokenizer in the style of the CoNLL-2003 / Penn Treebank tokenisation, on raw text.
 *
 * Every token keeps UTF-16 offsets into the raw text and a normalised form (`norm`) used for
 * features: curly quotes become ASCII (“ ” → ", ’ → '), dashes become "--".
 * Rules: whitespace separates; leading/trailing punctuation and brackets split off; em/en dashes
 * split; hyphens inside words stay ("Anglo-Dutch"); clitics split ("Iran’s" → "Iran" + "’s",
 * "don't" → "do" + "n't"); a final period stays on abbreviations ("U.S.", "Apr.", "Mr.", "J.")
 * and splits otherwise; numbers keep their inner "," "." ":".
 * Sentences end at a newline and after ". ! ?" (plus closing quotes/brackets) before a token
 * that opens a sentence.
 */

export interface Token {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset after the last code unit. */
  end: number;
  /** Normalised text (ASCII quotes and dashes). */
  norm: string;
}

export interface Tokenized {
  tokens: Token[];
  /** Sentences as [first token index, end token index) pairs, in order, covering all tokens. */
  sentences: Array<[number, number]>;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm maj sen rep reps gov pres st jr sr inc corp co ltd ' +
    'bros plc no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd dept ' +
    'univ est approx fig pp messrs rev gens supt insp det cpl pvt sgt adj atty brig cdr cmdr lieut ' +
    'mme mlle hon ariz calif colo conn fla ill ind kan mass mich minn miss nev okla ore penn tenn tex ' +
    'va vt wash wis wyo ky la md mo neb del ala ark ga al e.g i.e a.m p.m'
  ).split(' '),
);

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 ||
    c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f ||
    c === 0x205f || c === 0xfeff || c === 0x85
  );
}

function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Quote-like characters that split off at either edge of a word. */
function isQuote(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 96 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b ||
    c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb ||
    c === 0x2039 || c === 0x203a || c === 0x2032 || c === 0x2033
  );
}

function isOpenBracket(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 0x3008 || c === 0x300c;
}
function isCloseBracket(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 0x3009 || c === 0x300d;
}
/** Em dash, en dash, horizontal bar, minus sign and friends: always tokens of their own. */
function isDash(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2012 || c === 0x2212 || c === 0x2e3a;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetterLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
/** What normalize() turns into "'". */
function isApostropheLike(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 96;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2032 || c === 96;
}

/** Splits trailing punctuation such as , ; : ! ? … and the like (periods are handled apart). */
function isTrailingPunct(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff0c;
}
function isLeadingPunct(c: number): boolean {
  return c === 0xbf || c === 0xa1; // ¿ ¡
}

/** Characters normalize() rewrites or drops. */
function isNormalized(c: number): boolean {
  return (
    c === 0x2019 || c === 0x2018 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 96 ||
    c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0x2033 ||
    isDash(c) || c === 0x2026 || c === 0xad || c === 0x200c || c === 0x200d
  );
}

export function normalize(raw: string): string {
  // Most words have nothing to rewrite: return them without building a copy.
  let first = 0;
  while (first < raw.length && !isNormalized(raw.charCodeAt(first))) first++;
  if (first === raw.length) return raw;
  let out = raw.slice(0, first);
  for (let i = first; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 96) out += "'";
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0x2033) out += '"';
    else if (isDash(c)) out += '--';
    else if (c === 0x2026) out += '...';
    else if (c === 0xad || c === 0x200c || c === 0x200d) continue; // soft hyphen, zero-width (non-)joiner
    else out += raw[i];
  }
  return out;
}

const CLITICS = ["'s", "'re", "'ve", "'ll", "'d", "'m", "n't"];

/** Tokenizes one whitespace-free chunk text[s, e) into tokens appended to `out`. */
function splitChunk(text: string, s: number, e: number, nextChar: number, out: Token[]): void {
  // URLs, e-mail addresses and handles stay whole (minus trailing punctuation).
  const tail: Token[] = [];
  // Leading punctuation.
  while (s < e) {
    const c = text.charCodeAt(s);
    if (isQuote(c) || isOpenBracket(c) || isCloseBracket(c) || isDash(c) || isLeadingPunct(c) || c === 0x2026) {
      // "'90s" and "'s" stay together: an apostrophe before a digit or as a clitic.
      if (isApostrophe(c) && s + 1 < e) {
        const rest = text.slice(s, e).replace(/[\u2019\u2018`\u2032]/g, "'").toLowerCase();
        if (/^'\d\d(s)?\b/.test(rest) || /^'(s|re|ve|ll|d|m)$/.test(rest.replace(/[.,;:!?)"'\]]+$/, ''))) break;
      }
      pushToken(text, s, s + 1, out);
      s++;
    } else if (c === 46 && s + 2 < e && text.charCodeAt(s + 1) === 46 && text.charCodeAt(s + 2) === 46) {
      pushToken(text, s, s + 3, out);
      s += 3;
    } else break;
  }
  // Trailing punctuation, collected right to left.
  for (;;) {
    if (e <= s) break;
    const c = text.charCodeAt(e - 1);
    if (isQuote(c) || isCloseBracket(c) || isOpenBracket(c) || isTrailingPunct(c) || isDash(c)) {
      // Keep "1:30" style and a possessive "s'" handled below.
      if (isApostrophe(c) && e - 2 >= s && (text.charCodeAt(e - 2) === 115 || text.charCodeAt(e - 2) === 83) && e - s > 2) {
        // "countries'" → "countries" + "'"
        tail.push({ start: e - 1, end: e, norm: "'" });
        e--;
        continue;
      }
      tail.push({ start: e - 1, end: e, norm: normalize(text.slice(e - 1, e)) });
      e--;
    } else if (c === 46) {
      // Periods: "..." splits; a single final period splits unless it ends an abbreviation.
      if (e - 3 >= s && text.charCodeAt(e - 2) === 46 && text.charCodeAt(e - 3) === 46) {
        let b = e - 3;
        while (b > s && text.charCodeAt(b - 1) === 46) b--;
        tail.push({ start: b, end: e, norm: text.slice(b, e) });
        e = b;
        continue;
      }
      if (e - s === 1) {
        tail.push({ start: e - 1, end: e, norm: '.' });
        e--;
        continue;
      }
      if (isAbbreviation(text, s, e, nextChar, tail.length === 0)) break;
      tail.push({ start: e - 1, end: e, norm: '.' });
      e--;
    } else break;
  }
  if (e > s) splitWord(text, s, e, out);
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k] as Token);
}

function isAbbreviation(text: string, s: number, e: number, nextChar: number, atChunkEnd: boolean): boolean {
  const word = text.slice(s, e - 1);
  if (word.length === 0) return false;
  // "U.S." "a.m." "S.AFRICA." style: inner periods.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  // A single letter: an initial ("J. Smith").
  if (/^\p{Lu}$/u.test(word)) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) {
    // "Inc." or "Co." at the very end of a sentence still keeps its period (as in CoNLL).
    return true;
  }
  // Followed (after spaces) by a lowercase word or a digit: likely an abbreviation.
  if (atChunkEnd && nextChar >= 0 && (isLetterLower(nextChar) || isDigit(nextChar)) && /^\p{L}{1,4}$/u.test(word)) {
    return /^\p{Lu}/u.test(word);
  }
  return false;
}

const WEB_ADDRESS = /:\/\/|^www\.|\.(?:com|org|net|gov|edu|int|io|info|co|uk|de|fr)(?:\/|$)/i;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || isLetterLower(c) || (c >= 128 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase());
const isLetterOrDot = (c: number): boolean => c === 46 || isLetter(c);

function splitWord(text: string, s: number, e: number, out: Token[]): void {
  // Dashes inside a word ("talks—which") split; "--" splits too.
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isDash(c) || (c === 45 && i + 1 < e && text.charCodeAt(i + 1) === 45)) {
      let j = i + 1;
      if (c === 45) while (j < e && text.charCodeAt(j) === 45) j++;
      if (i > s) splitWord(text, s, i, out);
      out.push({ start: i, end: j, norm: '--' });
      if (j < e) splitChunk(text, j, e, -1, out);
      return;
    }
    // "word,word" or "word;word" without space, not inside numbers.
    if ((c === 44 || c === 59) && i > s && i + 1 < e && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) {
      splitWord(text, s, i, out);
      out.push({ start: i, end: i + 1, norm: text[i] as string });
      splitChunk(text, i + 1, e, -1, out);
      return;
    }
    // A slash between words ("WASHINGTON/BEIJING", "Armenia/Azerbaijan", "U.S./Japan") splits,
    // as CoNLL-2003 writes it ("/" a token of its own, the names on each side apart); not in
    // numbers ("1996/97") or web addresses.
    if (c === 47 && i > s && i + 1 < e && isLetterOrDot(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1)) && !WEB_ADDRESS.test(text.slice(s, e))) {
      splitWord(text, s, i, out);
      out.push({ start: i, end: i + 1, norm: '/' });
      splitChunk(text, i + 1, e, -1, out);
      return;
    }
    // Quotes glued inside ("the“useful”") split, apostrophes do not.
    if (i > s && (c === 0x201c || c === 0x201d || c === 34 || c === 0xab || c === 0xbb)) {
      splitWord(text, s, i, out);
      splitChunk(text, i, e, -1, out);
      return;
    }
  }
  // Clitics at the end.
  const len = e - s;
  // Every clitic has an apostrophe second or third from the end ("'s", "'ll", "n't").
  if (len >= 3 && (isApostropheLike(text.charCodeAt(e - 2)) || isApostropheLike(text.charCodeAt(e - 3)))) {
    const lower = normalize(text.slice(Math.max(s, e - 3), e)).toLowerCase();
    for (const clitic of CLITICS) {
      if (lower.endsWith(clitic) && len > clitic.length) {
        const cut = e - clitic.length;
        // Needs a letter before the clitic ("Iran's", "don't"), not "'s" alone.
        const before = text.charCodeAt(cut - 1);
        if (isApostrophe(before) || isQuote(before)) continue;
        pushToken(text, s, cut, out);
        pushToken(text, cut, e, out);
        return;
      }
    }
  }
  pushToken(text, s, e, out);
}

function pushToken(text: string, s: number, e: number, out: Token[]): void {
  out.push({ start: s, end: e, norm: normalize(text.slice(s, e)) });
}

const SENTENCE_END = new Set(['.', '!', '?', '...']);
const CLOSERS = new Set(['"', "'", ')', ']', '}']);

function opensSentence(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if (c === 34 || c === 39 || c === 40 || c === 91 || c === 45) return true;
  if (isDigit(c)) return true;
  const ch = norm[0] as string;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Tokenizes raw text into tokens with UTF-16 offsets and sentence boundaries. */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const breaks: number[] = []; // token indices that start a new sentence because of a newline
  const n = text.length;
  let i = 0;
  let pendingNewline = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (isNewline(c)) pendingNewline = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !isSpace(text.charCodeAt(j))) j++;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k)) && !isNewline(text.charCodeAt(k))) k++;
    const nextChar = k < n ? text.charCodeAt(k) : -1;
    if (pendingNewline && tokens.length > 0) breaks.push(tokens.length);
    pendingNewline = false;
    splitChunk(text, i, j, nextChar, tokens);
    i = j;
  }
  const newlineBefore = new Uint8Array(tokens.length + 1);
  for (const t of breaks) newlineBefore[t] = 1;
  const sentences: Array<[number, number]> = [];
  let start = 0;
  for (let t = 0; t < tokens.length; t++) {
    if (newlineBefore[t] === 1 && t > start) {
      sentences.push([start, t]);
      start = t;
    }
    const tok = tokens[t] as Token;
    if (SENTENCE_END.has(tok.norm)) {
      let end = t + 1;
      while (end < tokens.length && newlineBefore[end] === 0 && CLOSERS.has((tokens[end] as Token).norm)) end++;
      const next = tokens[end];
      if (end >= tokens.length || newlineBefore[end] === 1 || (next !== undefined && opensSentence(next.norm))) {
        sentences.push([start, end]);
        start = end;
        t = end - 1;
      }
    }
  }
  if (start < tokens.length) sentences.push([start, tokens.length]);
  return { tokens, sentences };
}
