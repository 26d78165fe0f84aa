/**
 * Titles and roles given to a person in the sentence around a mention:
 *   before the name   'Foreign Minister Abbas Araqchi', 'US President Donald Trump' (→ 'President'),
 *                     'Iran’s Foreign Ministry spokesperson Esmaeil Baqaei',
 *                     'Spokesperson of Iran’s Ministry of Foreign Affairs Esmaeil Baqaei'
 *   appositive before 'Middle East envoy, Steve Witkoff'
 *   appositive after  'Ali Shamkhani, a political advisor to Iran’s Supreme Leader'
 * Only words from the lists below can make a role, so ordinary phrases before a name
 * ('talks with Antonio Tajani') give none.
 */
import { startsLower } from './chars';
import { fold, isBoundary, isCapitalised, isHonorific, isPossessive } from './normalise';
import { Word, everyWord, lastWordBefore, lastWordBetween, lineEndWithin, lineStartWithin, startsWithComma, wordsBetween } from './words';

const HEADS = new Set([
  'president', 'minister', 'leader', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'adviser',
  'advisor', 'aide', 'secretary', 'secretary-general', 'chancellor', 'ambassador', 'governor',
  'senator', 'mayor', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'premier', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'ceo', 'director', 'director-general', 'chief', 'commander',
  'general', 'representative', 'negotiator', 'diplomat', 'official', 'head', 'speaker', 'lawmaker',
  'congressman', 'congresswoman', 'judge', 'prosecutor', 'correspondent', 'editor', 'analyst',
  'professor', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'cleric', 'mediator',
  'founder', 'captain', 'colonel', 'admiral', 'marshal', 'commissioner', 'coordinator', 'monarch',
  'vice-president', 'deputy', 'justice', 'journalist', 'reporter', 'economist', 'spokesperson',
]);

// Words that narrow a title: 'Foreign' Minister, 'Prime' Minister, 'Supreme' Leader, 'press' secretary.
// Nationalities and countries are deliberately absent: 'US President' is a President.
const MODIFIERS = new Set([
  'foreign', 'prime', 'supreme', 'vice', 'deputy', 'chief', 'special', 'senior', 'top', 'political',
  'military', 'national', 'security', 'defense', 'defence', 'interior', 'finance', 'economy',
  'economic', 'trade', 'health', 'justice', 'energy', 'oil', 'state', 'acting', 'interim',
  'executive', 'presidential', 'press', 'lead', 'assistant', 'associate', 'managing', 'first',
  'nuclear', 'ministry', 'affairs', 'external', 'home', 'education', 'intelligence', 'army', 'navy',
  'spiritual', 'religious', 'regional', 'general', 'attorney', 'crown', 'grand', 'high', 'treasury',
  'commerce', 'labor', 'labour', 'transport', 'culture', 'agriculture', 'environment', 'information',
  'government', 'white', 'house', 'kremlin', 'pentagon', 'party', 'opposition', 'chief-of-staff',
]);

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
// Words that may sit inside 'Leader of the Islamic Revolution' or 'advisor to Iran’s Supreme Leader'.
const CONNECTORS = new Set(['of', 'the', 'and', 'for', '&']);
const CONTINUATIONS = new Set(['of', 'to', 'for', 'at', 'in', 'with']);
// Capitalised names inside a lower-case title ('Middle East envoy'): at most this many words.
const MAX_NAME_WORDS_IN_TITLE = 3;
// Enough for 'Spokesperson of Iran’s Ministry of Foreign Affairs' and an honorific or two.
const WINDOW = 110;
// How far back the fast exit of roleBefore looks for the word before a name.
const LOOKBACK = 40;

const lower = (w: string): string => fold(w);
export const isTitleHead = (w: string): boolean => HEADS.has(lower(w));
export const isTitleModifier = (w: string): boolean => MODIFIERS.has(lower(w));
export const isFoldedTitleHead = (folded: string): boolean => HEADS.has(folded);
export const isFoldedTitleModifier = (folded: string): boolean => MODIFIERS.has(folded);

function plain(word: Word | undefined): word is Word {
  return word !== undefined && !isBoundary(word.text) && !isPossessive(word.text) && word.text !== ',';
}

/** Index of the first word of a title whose head word is words[head]. */
function titleStart(words: Word[], head: number): number {
  const formal = isCapitalised(words[head]!.text);
  let k = head - 1;
  let nameWords = 0;
  for (; k >= 0; k--) {
    const w = words[k];
    if (!plain(w) || DETERMINERS.has(lower(w.text)) || isHonorific(w.text)) break;
    if (isTitleModifier(w.text)) continue;
    // A lower-case role takes its portfolio from the names before it ('Middle East envoy',
    // 'Foreign Ministry spokesperson'); a formal one does not take the country ('US President').
    if (!formal && isCapitalised(w.text) && nameWords < MAX_NAME_WORDS_IN_TITLE) {
      nameWords++;
      continue;
    }
    break;
  }
  return k + 1;
}

function span(text: string, words: Word[], first: number, last: number): string {
  return text.slice(words[first]!.start, words[last]!.end).replace(/\s+/g, ' ');
}

/** A title ending at words[last], either 'Foreign Minister' or 'Spokesperson of Iran’s Ministry of …'. */
function titleEndingAt(text: string, words: Word[], last: number): string | undefined {
  const end = words[last];
  if (!plain(end)) return undefined;
  if (isTitleHead(end.text)) return span(text, words, titleStart(words, last), last);
  if (!isCapitalised(end.text)) return undefined;
  for (let j = last - 1; j > 0 && last - j <= 8; j--) {
    const w = words[j]!;
    if (lower(w.text) === 'of') {
      const head = words[j - 1];
      if (plain(head) && isTitleHead(head.text)) return span(text, words, titleStart(words, j - 1), last);
      continue;
    }
    const insideName = isCapitalised(w.text) && !isBoundary(w.text) && w.text !== ',';
    if (!insideName && !CONNECTORS.has(lower(w.text))) return undefined;
  }
  return undefined;
}

export interface FoundRole {
  text: string;
  /** Written as a title right before the name, rather than in an appositive set off by commas. */
  direct: boolean;
}

/** What titleEndingAt needs of the word just before a name, after the honorifics and a comma it skips. */
const couldEndTitle = (w: string): boolean => w === ',' || isHonorific(w) || isTitleHead(w) || isCapitalised(w);

/** The role written just before a person mention starting at `start`. */
export function roleBefore(text: string, start: number): FoundRole | undefined {
  // Fast exit for the common case, a plain lower-case word before the name ('talks with Tajani').
  const previous = lastWordBefore(text, Math.max(0, start - LOOKBACK), start);
  if (previous !== undefined && startsLower(previous) && !isTitleHead(previous) && !isTitleModifier(previous) && !isHonorific(previous)) {
    return undefined;
  }
  // The line of the name only; searched in the window, as the whole text would make long articles quadratic.
  const from = lineStartWithin(text, Math.max(0, start - WINDOW), start);
  // Second fast exit: a last word that is not a comma, honorific, title or capitalised cannot end
  // a title (most often a number, a bracket or a full stop before the name); no need to read the rest.
  const last = lastWordBetween(text, from, start);
  if (last === undefined || !couldEndTitle(last.text)) return undefined;
  const words = wordsBetween(text, from, start);
  let i = words.length - 1;
  while (i >= 0 && isHonorific(words[i]!.text)) i--;
  const appositive = words[i]?.text === ',';
  if (appositive) i--;
  const role = titleEndingAt(text, words, i);
  return role === undefined ? undefined : { text: role, direct: !appositive };
}

/**
 * The role in an appositive just after a person mention ending at `end` ('…, a political advisor
 * to Iran’s Supreme Leader'), read no further than `limit` (the next person mention).
 */
export function roleAfter(text: string, end: number, limit: number): string | undefined {
  let to = Math.min(limit, end + WINDOW, text.length);
  // Most names are not followed by a comma: look for one before anything else. Then the window
  // ends with the line, and a comma on the next line is not this name's.
  if (!startsWithComma(text, end, to)) return undefined;
  to = lineEndWithin(text, end, to);
  if (!startsWithComma(text, end, to)) return undefined;
  const words = wordsBetween(text, end, to);
  let i = 1;
  while (i < words.length && i <= 3 && (DETERMINERS.has(lower(words[i]!.text)) || isPossessive(words[i]!.text))) i++;
  const first = i;
  let head = -1;
  for (; i < words.length && i - first < 5; i++) {
    const w = words[i]!;
    if (!plain(w)) break;
    if (isTitleHead(w.text)) head = i;
    else if (!isTitleModifier(w.text) && !isCapitalised(w.text)) break;
  }
  if (head < 0) return undefined;
  let last = head;
  if (CONTINUATIONS.has(lower(words[head + 1]?.text ?? ''))) {
    // 'advisor to Iran’s Supreme Leader': names, possessives and connectors, up to a clause break.
    for (let j = head + 2; j < words.length && j - head <= 8; j++) {
      const w = words[j]!;
      if (isBoundary(w.text) || w.text === ',' || isHonorific(w.text)) break;
      if (isCapitalised(w.text)) last = j;
      else if (!CONNECTORS.has(lower(w.text))) break;
    }
  }
  // 'Xi, President Putin': a title right before the next name is that person's, not this one's.
  if (last === head && limit < text.length && everyWord(text, words[last]!.end, limit, (w) => isHonorific(w.text))) {
    return undefined;
  }
  return span(text, words, first, last);
}
