// Cheap sentence chunking and a date-cue pre-filter, so that chrono (the slow part) only sees
// sentences that could hold a date, and never a whole article at once.

export interface Chunk {
  start: number;
  end: number;
}

// Words ending in "." that do not end a sentence before a capital ("3 p.m. Friday", "Mr. Araqchi").
const ABBREVIATIONS = new Set([
  'a.m', 'p.m', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'prof',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'no', 'vs', 'jr', 'sr', 'u.s', 'u.k', 'u.n',
]);

const MAX_CHUNK = 2000;

/** Sentence-sized chunks covering the text; long unpunctuated runs are cut at a space. */
export function sentenceChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  // Only a newline, ".", "!" or "?" can end a sentence: jump from one to the next.
  const ends = /[\n.!?]/g;
  for (let match = ends.exec(text); ; match = ends.exec(text)) {
    const at = match ? match.index : text.length;
    for (let space = text.indexOf(' ', start + MAX_CHUNK); space >= 0 && space < at; space = text.indexOf(' ', start + MAX_CHUNK)) {
      chunks.push({ start, end: space + 1 });
      start = space + 1;
    }
    if (!match) break;
    if (endsSentence(text, at)) {
      chunks.push({ start, end: at + 1 });
      start = at + 1;
    }
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}

/** Whether the newline, ".", "!" or "?" at `i` ends a sentence: a space and a capital (or quote) must follow. */
function endsSentence(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  if (ch === 10) return true;
  if (i + 2 >= text.length || !isSpace(text.charCodeAt(i + 1))) return false;
  const next = text.charCodeAt(i + 2);
  return (isUpper(next) || next === 34 || next === 8220 || next === 40) && (ch !== 46 || !ABBREVIATIONS.has(wordBeforeDot(text, i)));
}

function wordBeforeDot(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < 6) {
    const c = text.charCodeAt(i - 1);
    if (!(isLetter(c) || c === 46)) break;
    i--;
  }
  return text.slice(i, dot).toLowerCase();
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// Every form we recognise contains a digit or starts a word with one of these stems
// (keep in step with the parsers' keywords: a form without a cue here is never seen, or is seen
// only in a sentence that happens to hold a number, as "at the moment", "for the time being" and
// "the latest period" were before their words were added).
const DATE_CUE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|now|day|week|month|year|decade|centur|quarter|fortnight|hour|minute|second|ago|recent|current|present|future|past|previous|formerly|lately|soon|term|moment|being|period|annual|biannual|biennial|semi-annual|daily|hourly|nightly|weekly|monthly|quarterly|yearly|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|noon|midnight|midday|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|eighteen|nineteen|thousand|christmas|xmas|thanksgiving|easter|halloween|valentine|independence|labou?r|memorial|boxing)|['’]\d0s/i;

export function mayHoldDate(sentence: string): boolean {
  return DATE_CUE.test(sentence);
}
