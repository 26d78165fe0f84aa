/**
 * Feature extraction for the name tagger. Features are 32-bit hashes (no strings are built per
 * feature): token-level properties are hashed once per token, window/conjunction features mix
 * those integers with a template id. Training and decoding share this code exactly.
 *
 * Only the words are used (never POS or chunk columns): the word, its lowercase form, shape,
 * affixes, a ±2 window, sentence context (all-caps headline, sentence start), gazetteer matches,
 * and document-level features (how the same word is cased elsewhere in the article, and the
 * context of its first well-cased occurrence).
 */

/** FNV-1a over UTF-16 code units, from a seed (a signed 32-bit result, as all feature hashes). */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h | 0;
}

/** Mixes two 32-bit integers into one (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return h ^ (h >>> 15);
}

export const enum CaseClass {
  Lower = 0,
  Title = 1,
  Upper = 2,
  Mixed = 3,
  None = 4,
}

export function caseClass(w: string): CaseClass {
  let hasUpper = false;
  let hasLower = false;
  let firstLetterUpper = false;
  let seenLetter = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let up = false;
    let low = false;
    if (c >= 65 && c <= 90) up = true;
    else if (c >= 97 && c <= 122) low = true;
    else if (c >= 128) {
      const ch = w[i] as string;
      const u = ch.toUpperCase();
      const l = ch.toLowerCase();
      if (u !== l) {
        if (ch === u) up = true;
        else low = true;
      }
    }
    if (up || low) {
      if (!seenLetter) firstLetterUpper = up;
      seenLetter = true;
      if (up) hasUpper = true;
      else hasLower = true;
    }
  }
  if (!seenLetter) return CaseClass.None;
  if (!hasUpper) return CaseClass.Lower;
  if (!hasLower) return CaseClass.Upper;
  return firstLetterUpper ? CaseClass.Title : CaseClass.Mixed;
}

/** Short word shape: X upper, x lower, d digit, other chars kept; runs capped at 2. */
export function shape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  const n = Math.min(w.length, 40);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c >= 128) {
      const ch = w[i] as string;
      const u = ch.toUpperCase();
      const l = ch.toLowerCase();
      k = u === l ? 'o' : ch === u ? 'X' : 'x';
    } else k = w[i] as string;
    if (k === last) {
      run++;
      if (run > 2) continue;
    } else {
      last = k;
      run = 1;
    }
    out += k;
  }
  return out;
}

/**
 * Gazetteer categories. Each token has two 32-bit masks: categories 0-9 in the first, 10-19 in
 * the second, at bit (category % 10) * 3 + U/B/I.
 */
export const GAZ_CATEGORIES = [
  'country', 'capital', 'city', 'region', 'continent', 'firstname', 'lastname', 'person', 'org', 'team', 'demonym',
  'namepart', 'company',
] as const;
/**
 * Word lists looked up per word (lowercase), not matched as phrases: `common` holds lowercase
 * dictionary words, `proper` capitalised dictionary words (proper nouns); both are local
 * features of the tagger. `noun` holds dictionary words that are only nouns (no verb forms), for
 * the phrase rules (phrases.ts); the tagger does not see it (LEX_FEATURE_BITS).
 */
export const LEX_CATEGORIES = ['common', 'proper', 'noun'] as const;
/** The bits of a word's LEX_CATEGORIES mask that are tagger features (`common`, `proper`). */
export const LEX_FEATURE_BITS = 0b11;
export type GazCategory = (typeof GAZ_CATEGORIES)[number] | (typeof LEX_CATEGORIES)[number];
export type GazetteerLists = Partial<Record<GazCategory, string[]>>;

/** Longest phrase (in tokens) looked up. */
const GAZ_MAX_LEN = 6;

/**
 * An open-addressing hash table from 32-bit keys to nonzero 32-bit values (0 = absent), built once
 * from sorted key/value arrays: cheap to load and to query.
 */
export class IntTable {
  readonly keys: Int32Array;
  readonly values: Int32Array;
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(keys: Int32Array, values: Int32Array) {
    this.keys = keys;
    this.values = values;
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    // Locals, not fields, in the loop: it runs once per process, mostly before it is optimised.
    const table = new Int32Array(size * 2);
    const mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      let s = (key ^ (key >>> 15)) & mask;
      while (table[2 * s + 1] !== 0 && table[2 * s] !== key) s = (s + 1) & mask;
      table[2 * s] = key;
      table[2 * s + 1] = values[i] as number;
    }
    this.table = table;
    this.mask = mask;
  }

  /** From a map (sorted by key, so the arrays are deterministic). */
  static fromMap(map: Map<number, number>): IntTable {
    const keys = Int32Array.from([...map.keys()].sort((x, y) => x - y));
    return new IntTable(keys, Int32Array.from(keys, (k) => map.get(k) as number));
  }

  get(key: number): number {
    const table = this.table;
    let s = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const v = table[2 * s + 1] as number;
      if (v === 0 || table[2 * s] === key) return v;
      s = (s + 1) & this.mask;
    }
  }
}

/** The gazetteer bits of some categories. */
const categoryBits = (...categories: Array<(typeof GAZ_CATEGORIES)[number]>): number => categories.reduce((mask, category) => mask | (1 << GAZ_CATEGORIES.indexOf(category)), 0);
const COUNTRY = categoryBits('country');
const COUNTRY_OR_CAPITAL = categoryBits('country', 'capital');
const COUNTRY_OR_REGION = categoryBits('country', 'region');
const ANY_PLACE = categoryBits('country', 'capital', 'city', 'region', 'continent');
const COMPANY = categoryBits('company', 'org');
const DEMONYM = categoryBits('demonym');
const PERSON_NAME = categoryBits('firstname', 'lastname', 'person', 'namepart');

/** Value bit of a phrase key that is also a proper prefix of a longer phrase. */
const PREFIX_BIT = 1 << 30;

/**
 * Phrase lists matched case-insensitively over tokens. Keys are the fold (mix) of the lowercase
 * token hashes, so matching builds no strings; the model stores the tables, not the strings.
 */
export class Gazetteer {
  /** phrase key → bitmask of categories, | PREFIX_BIT for proper prefixes of longer phrases */
  readonly phrases: IntTable;
  /** lowercase word hash → bitmask of LEX_CATEGORIES */
  readonly lex: IntTable;

  constructor(phrases: IntTable, lex: IntTable) {
    this.phrases = phrases;
    this.lex = lex;
  }

  static fromLists(lists: GazetteerLists, tokenizePhrase: (phrase: string) => string[]): Gazetteer {
    const lex = new Map<number, number>();
    const phrases = new Map<number, number>();
    LEX_CATEGORIES.forEach((category, index) => {
      for (const word of lists[category] ?? []) {
        const h = hashString(word.toLowerCase());
        lex.set(h, (lex.get(h) ?? 0) | (1 << index));
      }
    });
    GAZ_CATEGORIES.forEach((category, index) => {
      for (const phrase of lists[category] ?? []) {
        const words = tokenizePhrase(phrase);
        if (words.length === 0 || words.length > GAZ_MAX_LEN) continue;
        let key = 0;
        for (let j = 0; j < words.length; j++) {
          const h = hashString((words[j] as string).toLowerCase());
          key = j === 0 ? h : mix(key, h);
          if (j < words.length - 1) phrases.set(key, (phrases.get(key) ?? 0) | PREFIX_BIT);
        }
        phrases.set(key, (phrases.get(key) ?? 0) | (1 << index));
      }
    });
    return new Gazetteer(IntTable.fromMap(phrases), IntTable.fromMap(lex));
  }

  /** The categories a single lowercase word is listed in (as a phrase of one word). */
  private categoriesOf(lowercase: string): number {
    return this.phrases.get(hashString(lowercase)) & ~PREFIX_BIT;
  }

  /** Whether the lowercase words ("alabama", "new york") are listed as a country or a region (a state, a province). */
  isCountryOrRegion(lowercaseWords: readonly string[]): boolean {
    return (this.phraseCategories(lowercaseWords) & COUNTRY_OR_REGION) !== 0;
  }

  /** Whether the lowercase words ("washington", "sao paulo") are listed as a place of any kind: country, capital, city, region, continent. */
  isPlaceName(lowercaseWords: readonly string[]): boolean {
    return (this.phraseCategories(lowercaseWords) & ANY_PLACE) !== 0;
  }

  /** The categories of a phrase of lowercase words (0 for no words). */
  private phraseCategories(lowercaseWords: readonly string[]): number {
    let key = 0;
    for (let j = 0; j < lowercaseWords.length; j++) {
      const h = hashString(lowercaseWords[j] as string);
      key = j === 0 ? h : mix(key, h);
    }
    return lowercaseWords.length === 0 ? 0 : this.phrases.get(key) & ~PREFIX_BIT;
  }

  /** Whether a single lowercase word is listed as a nationality ("german", "japanese"). */
  isDemonym(lowercase: string): boolean {
    return (this.categoriesOf(lowercase) & DEMONYM) !== 0;
  }

  /** Whether a single lowercase word is listed as a country ("uganda"; not the capital "hamilton"). */
  isCountry(lowercase: string): boolean {
    return (this.categoriesOf(lowercase) & COUNTRY) !== 0;
  }

  /** Whether a single lowercase word is listed as a country or a capital. */
  isCountryOrCapital(lowercase: string): boolean {
    return (this.categoriesOf(lowercase) & COUNTRY_OR_CAPITAL) !== 0;
  }

  /** Whether a single lowercase word is listed as a company or an organisation, and not as a demonym ("American"). */
  isCompany(lowercase: string): boolean {
    const categories = this.categoriesOf(lowercase);
    return (categories & COMPANY) !== 0 && (categories & DEMONYM) === 0;
  }

  /**
   * Whether a single lowercase word is listed as a company or organisation and in no list of
   * people's names ("Lufthansa", "Microsoft"; not "Ford", "Dell", "Siemens").
   */
  isCompanyNotPerson(lowercase: string): boolean {
    const categories = this.categoriesOf(lowercase);
    return (categories & COMPANY) !== 0 && (categories & (DEMONYM | PERSON_NAME)) === 0;
  }

  /** Whether a single lowercase word is listed among people's names: first names, surnames, persons, name parts ("trump", "clinton"). */
  isPersonName(lowercase: string): boolean {
    return (this.categoriesOf(lowercase) & PERSON_NAME) !== 0;
  }

  /** The tagger's features of a lowercase word's dictionary lists (its hash given). */
  lexFeatures(lowerHash: number): number {
    return this.lex.get(lowerHash) & LEX_FEATURE_BITS;
  }

  /** Whether a lowercase word is a dictionary word that is only a noun ("employee", "logo"; not "plan", "order"). */
  isNounOnly(lowercase: string): boolean {
    return (this.lex.get(hashString(lowercase)) & (1 << LEX_CATEGORIES.indexOf('noun'))) !== 0;
  }

  /** Whether a single lowercase word is a lowercase dictionary word ("news", "politics"). */
  isCommonWord(lowercase: string): boolean {
    return (this.lex.get(hashString(lowercase)) & (1 << LEX_CATEGORIES.indexOf('common'))) !== 0;
  }

  /**
   * Marks gazetteer bits ((category % 10) * 3 + 0 single, 1 first, 2 inside, in out[2t] for
   * categories 0-9 and out[2t + 1] for 10-19) for tokens [from, to).
   */
  annotate(lowerHashes: Int32Array, from: number, to: number, out: Uint32Array): void {
    for (let i = from; i < to; i++) {
      let key = 0;
      for (let j = i; j < to && j - i < GAZ_MAX_LEN; j++) {
        const h = lowerHashes[j] as number;
        key = j === i ? h : mix(key, h);
        const value = this.phrases.get(key);
        const cats = value & ~PREFIX_BIT;
        if (cats !== 0) {
          for (let c = 0; c < GAZ_CATEGORIES.length; c++) {
            if ((cats & (1 << c)) === 0) continue;
            const half = c >= 10 ? 1 : 0;
            const bit = (c % 10) * 3;
            if (j === i) out[2 * i + half] = (out[2 * i + half] as number) | (1 << bit);
            else {
              out[2 * i + half] = (out[2 * i + half] as number) | (1 << (bit + 1));
              for (let k = i + 1; k <= j; k++) out[2 * k + half] = (out[2 * k + half] as number) | (1 << (bit + 2));
            }
          }
        }
        if ((value & PREFIX_BIT) === 0) break;
      }
    }
  }
}

// Template ids.
const T = {
  bias: 1, word: 2, lower: 3, shape: 4, prev1: 5, next1: 6, prev2: 7, next2: 8,
  shapeP: 9, shapeN: 10, shapePC: 11, shapeCN: 12, shapePCN: 13, pre: 14, suf: 15,
  bigramP: 16, bigramN: 17, initShape: 18, capsWord: 19, gaz: 20, gazP: 21, gazN: 22,
  docCase: 23, firstPrev: 24, firstNext: 25, capsDocCase: 26, len: 27, prevWordShape: 28,
  nextWordShape: 29, firstPrev2: 30, seenUpperElsewhere: 31, capsPrevNext: 32, aggPrev: 33, aggNext: 34, lex: 35, lexStart: 36, topicGaz: 37, topicWord: 38, topicShape: 39,
} as const;

const BOS = hashString('<S>');
const EOS = hashString('</S>');
const BOS_SHAPE = hashString('<S>shape');
const EOS_SHAPE = hashString('</S>shape');

/**
 * Features that depend only on the word and on whether its sentence is all caps: the tagger
 * caches their summed weights per word type. Writes into out from k; returns the new end.
 */
export function localFeatures(word: number, lw: string, lo: number, sc: number, c: number, caps: number, lex: number, out: Int32Array, k: number): number {
  out[k++] = T.bias;
  out[k++] = mix(T.lex, lex * 16 + c * 2 + caps);
  out[k++] = mix(T.word, word);
  out[k++] = mix(T.lower, lo);
  out[k++] = mix(T.shape, mix(sc, caps));
  const len = lw.length;
  let hp = 0x811c9dc5;
  for (let i = 0; i < 4 && i < len; i++) {
    hp = Math.imul(hp ^ lw.charCodeAt(i), 16777619);
    if (i < len - 1) out[k++] = mix(T.pre, mix(i, hp));
  }
  let hs = 0x811c9dc5;
  for (let i = 0; i < 5 && i < len; i++) {
    hs = Math.imul(hs ^ lw.charCodeAt(len - 1 - i), 16777619);
    if (i < len - 1) out[k++] = mix(T.suf, mix(i, hs));
  }
  out[k++] = mix(T.len, Math.min(len, 12) * 8 + c);
  if (caps === 1) out[k++] = mix(T.capsWord, lo);
  return k;
}

/** Per word type: hashes and classes, and (filled by the tagger) summed local weights. */
export interface WordInfo {
  word: number;
  lower: number;
  shape: number;
  cls: number;
  lw: string;
  /**
   * Where the summed weights of localFeatures start in the tagger's store of them
   * (TaggerModel.local), in sentences with lowercase (caps = 0) and in all-caps headlines
   * (caps = 1); -1 until computed. (Two fields rather than a pair: one memory load fewer per token.)
   */
  localAt: number;
  localCapsAt: number;
}

export function wordInfo(w: string): WordInfo {
  const lw = w.toLowerCase();
  const word = hashString(w);
  return { word, lower: lw === w ? word : hashString(lw), shape: hashString(shape(w)), cls: caseClass(w), lw, localAt: -1, localCapsAt: -1 };
}

/** Features of a document: per token a run of 32-bit feature hashes. */
export interface DocFeatures {
  /** feature hashes of all tokens, token t owns [offsets[t], offsets[t+1]) */
  feats: Int32Array;
  offsets: Int32Array;
  /** hash of each token's lowercase form */
  lower: Int32Array;
  /** CaseClass of each token */
  cls: Uint8Array;
  /** 1 where the token's sentence is all caps */
  caps: Uint8Array;
  /** word information per token, when a cache was given (local features are then left out) */
  info?: WordInfo[];
  /**
   * Features shared by every capitalised occurrence of a word in the document (its aggregated
   * contexts), when they are not repeated per token: block i owns
   * [typeOffsets[i], typeOffsets[i+1]) of typeFeats; typeOf[t] is token t's block or -1.
   */
  typeFeats?: Int32Array;
  typeOffsets?: Int32Array;
  typeOf?: Int32Array;
  /** When tagging: 1 where a token is quiet (see `quietTokens`); its features are left out. */
  quiet?: Uint8Array;
}

/**
 * Tokens the tagger labels O without scoring them: lowercase or letterless tokens whose neighbours
 * in the sentence are too, outside all-caps sentences. Over half the words of news text are
 * quiet; on CoNLL-2003 train 28 of 34,043 name tokens are (dev: 6 of 8,603, none the tagger found),
 * so forcing them to O costs nothing and spares them their features, weights and Viterbi steps.
 * An O label splits the sentence's best path, so the segments between quiet tokens decode alone.
 */
export function quietTokens(cls: Uint8Array, caps: Uint8Array, sentences: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const quiet = new Uint8Array(cls.length);
  const calm = (c: number): boolean => c === CaseClass.Lower || c === CaseClass.None;
  for (const [a, b] of sentences) {
    if (b <= a || caps[a] === 1) continue;
    for (let t = a; t < b; t++) {
      if (calm(cls[t] as number) && (t === a || calm(cls[t - 1] as number)) && (t + 1 === b || calm(cls[t + 1] as number))) quiet[t] = 1;
    }
  }
  return quiet;
}

/** Words that mark a document as sports or business news (topic features). */
const TOPIC_WORDS: ReadonlyArray<readonly string[]> = [
  ('soccer football tennis cricket baseball basketball golf rugby hockey athletics cycling boxing motor racing ' +
    'league match matches coach striker midfielder goalkeeper defender innings wicket wickets inning homer ' +
    'tournament championship champions cup semifinal quarterfinal final seed scored goals goal game games ' +
    'season club clubs team teams players player draw beat round lap race').split(' '),
  ('shares share stock stocks company companies profit profits revenue revenues net earnings percent market ' +
    'markets bank banks firm investors analyst analysts trading traded dividend million billion sales ' +
    'group corp inc ltd plc quarter fiscal bid merger acquisition').split(' '),
  ('government minister ministers president prime parliament party parties election elections vote opposition ' +
    'police troops army military rebels officials official talks peace war killed leader leaders embassy ' +
    'diplomats foreign spokesman').split(' '),
];
/** cue word hash → topic (1-based) */
const TOPIC_OF = new Map<number, number>();
TOPIC_WORDS.forEach((list, i) => {
  for (const w of list) TOPIC_OF.set(hashString(w), i + 1);
});

/** Occurrences of a word whose contexts are aggregated. */
const AGG_MAX = 8;

let featScratch: Int32Array = new Int32Array(0);
const SCRATCH_LIMIT = 1 << 22;
/**
 * Upper bound on the per-token features when local and shared features are left out: 13 window,
 * 3 sentence-start/headline, 3 topic, 39 gazetteer bits, 4 neighbouring gazetteer masks, 2 casing.
 */
const MAX_CONTEXT_FEATS_PER_TOKEN = 64;

/** Upper bound on features per token. */
export const MAX_FEATS_PER_TOKEN = 128;

/**
 * Extracts features for one document given as sentences of normalised words.
 * `sentences` are [start, end) token ranges into `words`.
 */
export function extractFeatures(
  words: readonly string[],
  sentences: ReadonlyArray<readonly [number, number]>,
  gazetteer: Gazetteer | undefined,
  cache?: Map<string, WordInfo>,
): DocFeatures {
  const n = words.length;
  const W = new Int32Array(n);
  const L = new Int32Array(n);
  const S = new Int32Array(n);
  const C = new Uint8Array(n);
  const lowers: string[] = new Array<string>(n);
  const infos: WordInfo[] | undefined = cache ? new Array<WordInfo>(n) : undefined;
  const cached = cache !== undefined;
  for (let t = 0; t < n; t++) {
    const w = words[t] as string;
    let info = cache?.get(w);
    if (info === undefined) {
      info = wordInfo(w);
      cache?.set(w, info);
    }
    if (infos) infos[t] = info;
    lowers[t] = info.lw;
    W[t] = info.word;
    L[t] = info.lower;
    S[t] = info.shape;
    C[t] = info.cls;
  }
  const capsSentence = new Uint8Array(n);
  const sentenceStart = new Uint8Array(n);
  for (const [a, b] of sentences) {
    let hasLower = false;
    let upperWords = 0;
    for (let t = a; t < b; t++) {
      const c = C[t] as number;
      if (c === CaseClass.Lower || c === CaseClass.Title || c === CaseClass.Mixed) hasLower = true;
      else if (c === CaseClass.Upper && (words[t] as string).length > 1) upperWords++;
    }
    const caps = !hasLower && upperWords > 0 ? 1 : 0;
    for (let t = a; t < b; t++) capsSentence[t] = caps;
    // The first word (after opening quotes/brackets) starts the sentence.
    let first = a;
    while (first < b && C[first] === CaseClass.None) first++;
    if (first < b) sentenceStart[first] = 1;
    if (a < b) sentenceStart[a] = 1;
  }
  const gaz = new Uint32Array(2 * n);
  if (gazetteer) for (const [a, b] of sentences) gazetteer.annotate(L, a, b, gaz);

  // Word ids (by lowercase hash) for the document-level statistics.
  const ids = new Map<number, number>();
  const wid = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    const key = L[t] as number;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    wid[t] = id;
  }
  const words_ = ids.size;
  // Casing in well-cased text (not headlines, not sentence starts) and the first such capitalised
  // occurrence; capitalised occurrences (not in headlines) for context aggregation.
  const seenTitle = new Int32Array(words_);
  const seenLower = new Int32Array(words_);
  const firstOcc = new Int32Array(words_).fill(-1);
  const occCount = new Int32Array(words_);
  const occ = new Int32Array(words_ * AGG_MAX);
  for (let t = 0; t < n; t++) {
    if (capsSentence[t] === 1) continue;
    const c = C[t] as number;
    const id = wid[t] as number;
    const capitalised = c === CaseClass.Title || c === CaseClass.Upper || c === CaseClass.Mixed;
    if (capitalised && (occCount[id] as number) < AGG_MAX) {
      occ[id * AGG_MAX + (occCount[id] as number)] = t;
      occCount[id] = (occCount[id] as number) + 1;
    }
    if (sentenceStart[t] === 1) continue;
    if (c === CaseClass.Lower) seenLower[id] = (seenLower[id] as number) + 1;
    else if (capitalised) {
      seenTitle[id] = (seenTitle[id] as number) + 1;
      if (firstOcc[id] === -1) firstOcc[id] = t;
    }
  }
  const sentenceOf = new Int32Array(n);
  sentences.forEach(([a, b], i) => sentenceOf.fill(i, a, b));

  // Document topic: 0 none, 1 sports, 2 business (the one with more cue words, at least 3).
  const topicCounts = new Int32Array(TOPIC_WORDS.length + 1);
  for (let t = 0; t < n; t++) {
    const i = TOPIC_OF.get(L[t] as number);
    if (i !== undefined) topicCounts[i] = (topicCounts[i] as number) + 1;
  }
  let topic = 0;
  let topicBest = 2;
  for (let i = 1; i < topicCounts.length; i++) {
    if ((topicCounts[i] as number) > topicBest) {
      topicBest = topicCounts[i] as number;
      topic = i;
    }
  }

  // Per-word blocks of document-level features (see DocFeatures.typeFeats).
  const blockOf = new Int32Array(words_).fill(-1);
  const typeOf = new Int32Array(n).fill(-1);
  let blockFeats = new Int32Array(256);
  const blockOffsets: number[] = [0];
  let bk = 0;
  const block = (t: number): number => {
    const lo = L[t] as number;
    const id = wid[t] as number;
    const known = blockOf[id] as number;
    if (known >= 0) return known;
    const need = bk + 4 * AGG_MAX + 8;
    if (need > blockFeats.length) {
      const grown = new Int32Array(need * 2);
      grown.set(blockFeats);
      blockFeats = grown;
    }
    const start = bk;
    for (let j = id * AGG_MAX; j < id * AGG_MAX + (occCount[id] as number); j++) {
      const u = occ[j] as number;
      const [ua, ub] = sentences[sentenceOf[u] as number] as readonly [number, number];
      const fp = mix(T.aggPrev, u - 1 >= ua ? (L[u - 1] as number) : BOS);
      const fn = mix(T.aggNext, u + 1 < ub ? (L[u + 1] as number) : EOS);
      let seenP = false;
      let seenN = false;
      for (let q = start; q < bk; q++) {
        if (blockFeats[q] === fp) seenP = true;
        if (blockFeats[q] === fn) seenN = true;
      }
      if (!seenP) blockFeats[bk++] = fp;
      if (!seenN) blockFeats[bk++] = fn;
    }
    const f = firstOcc[id] as number;
    if (f >= 0) {
      const fp = f - 1 >= 0 && sentenceStart[f] !== 1 ? (L[f - 1] as number) : BOS;
      const fn = f + 1 < n ? (L[f + 1] as number) : EOS;
      blockFeats[bk++] = mix(T.firstPrev, fp);
      blockFeats[bk++] = mix(T.firstNext, fn);
      blockFeats[bk++] = mix(T.firstPrev2, mix(fp, S[f] as number));
    }
    if (topic > 0) blockFeats[bk++] = mix(T.topicWord, mix(topic, lo));
    const index = blockOffsets.length - 1;
    blockOffsets.push(bk);
    blockOf[id] = index;
    return index;
  };

  // Tagging reuses one buffer (its features are used before the next call); training keeps its own.
  // (Tagging leaves local and shared features out, so fewer fit per token; a very large buffer is
  // not kept.)
  let feats: Int32Array;
  if (cached) {
    const need = n * MAX_CONTEXT_FEATS_PER_TOKEN;
    if (featScratch.length >= need) feats = featScratch;
    else {
      feats = new Int32Array(Math.max(need, 4096));
      if (need <= SCRATCH_LIMIT) featScratch = feats;
    }
  } else feats = new Int32Array(n * MAX_FEATS_PER_TOKEN);
  const offsets = new Int32Array(n + 1);
  const quiet = cached ? quietTokens(C, capsSentence, sentences) : undefined;
  let k = 0;
  for (let si = 0; si < sentences.length; si++) {
    const [a, b] = sentences[si] as readonly [number, number];
    for (let t = a; t < b; t++) {
      offsets[t] = k;
      if (quiet?.[t] === 1) continue;
      const lw = lowers[t] as string;
      const c = C[t] as number;
      const caps = capsSentence[t] as number;
      const lo = L[t] as number;
      const p1 = t - 1 >= a ? (L[t - 1] as number) : BOS;
      const p2 = t - 2 >= a ? (L[t - 2] as number) : BOS;
      const n1 = t + 1 < b ? (L[t + 1] as number) : EOS;
      const n2 = t + 2 < b ? (L[t + 2] as number) : EOS;
      const sp = t - 1 >= a ? (S[t - 1] as number) : BOS_SHAPE;
      const sn = t + 1 < b ? (S[t + 1] as number) : EOS_SHAPE;
      const sc = S[t] as number;
      if (!cached) k = localFeatures(W[t] as number, lw, lo, sc, c, caps, gazetteer?.lexFeatures(lo) ?? 0, feats, k);
      feats[k++] = mix(T.prev1, p1);
      feats[k++] = mix(T.next1, n1);
      feats[k++] = mix(T.prev2, p2);
      feats[k++] = mix(T.next2, n2);
      feats[k++] = mix(T.shapeP, mix(sp, caps));
      feats[k++] = mix(T.shapeN, mix(sn, caps));
      feats[k++] = mix(T.shapePC, mix(sp, sc));
      feats[k++] = mix(T.shapeCN, mix(sc, sn));
      feats[k++] = mix(T.shapePCN, mix(mix(sp, sc), sn));
      feats[k++] = mix(T.bigramP, mix(p1, lo));
      feats[k++] = mix(T.bigramN, mix(lo, n1));
      feats[k++] = mix(T.prevWordShape, mix(p1, sc));
      feats[k++] = mix(T.nextWordShape, mix(sc, n1));
      if (sentenceStart[t] === 1) {
        feats[k++] = mix(T.initShape, mix(sc, caps));
        feats[k++] = mix(T.lexStart, (gazetteer?.lexFeatures(lo) ?? 0) * 8 + c);
      }
      if (caps === 1) feats[k++] = mix(T.capsPrevNext, mix(p1, n1));
      // Gazetteer bits at t-1, t, t+1.
      const lowerFlag = c === CaseClass.Lower ? 1 : 0;
      if (topic > 0 && c !== CaseClass.Lower && c !== CaseClass.None) {
        feats[k++] = mix(T.topicGaz, mix(topic, gaz[2 * t] as number));
        feats[k++] = mix(T.topicShape, mix(topic, mix(sp, sn)));
      }
      for (let half = 0; half < 2; half++) {
        const g = gaz[2 * t + half] as number;
        for (let rest = g; rest !== 0; rest &= rest - 1) {
          const bit = 31 - Math.clz32(rest & -rest);
          feats[k++] = mix(T.gaz, (half * 30 + bit) * 2 + lowerFlag);
        }
        if (t - 1 >= a && gaz[2 * t - 2 + half] !== 0) feats[k++] = mix(T.gazP, mix(half, gaz[2 * t - 2 + half] as number));
        if (t + 1 < b && gaz[2 * t + 2 + half] !== 0) feats[k++] = mix(T.gazN, mix(half, gaz[2 * t + 2 + half] as number));
      }
      // Document-level features.
      if (c !== CaseClass.None) {
        const title = seenTitle[wid[t] as number] as number;
        const lower = seenLower[wid[t] as number] as number;
        const bucket = (title > 0 ? 1 : 0) + (lower > 0 ? 2 : 0) + (title > lower ? 4 : 0);
        feats[k++] = mix(T.docCase, bucket * 16 + c * 2 + (sentenceStart[t] as number));
        if (caps === 1) feats[k++] = mix(T.capsDocCase, mix(bucket, lo));
        if (c !== CaseClass.Lower) {
          const i = block(t);
          if (cached) typeOf[t] = i;
          else for (let q = blockOffsets[i] as number; q < (blockOffsets[i + 1] as number); q++) feats[k++] = blockFeats[q] as number;
        }
      }
    }
  }
  offsets[n] = k;
  const out: DocFeatures = { feats: feats.subarray(0, k), offsets, lower: L, cls: C, caps: capsSentence, info: infos };
  if (cached) {
    out.typeFeats = blockFeats.subarray(0, bk);
    out.typeOffsets = Int32Array.from(blockOffsets);
    out.typeOf = typeOf;
    out.quiet = quiet;
  }
  return out;
}

const T_DOC_LABEL = 101;
const T_DOC_MAJORITY = 102;
const T_DOC_NONE = 103;

/**
 * Second-pass (stacked) features: how the first pass labelled the other occurrences of the same
 * word in the document, conjoined with the first-pass label of this token. `types[t]` is the
 * first-pass entity type of token t (0 = O, 1.. = entity type index + 1).
 */
export function extractDocLabelFeatures(doc: DocFeatures, types: Uint8Array, numTypes: number): DocFeatures {
  const n = doc.lower.length;
  const width = numTypes + 1;
  const index = new Map<number, number>();
  const counts: number[] = [];
  for (let t = 0; t < n; t++) {
    const c = doc.cls[t] as number;
    if (c === CaseClass.Lower || c === CaseClass.None) continue;
    const key = doc.lower[t] as number;
    let at = index.get(key);
    if (at === undefined) {
      at = counts.length;
      index.set(key, at);
      for (let k = 0; k < width; k++) counts.push(0);
    }
    counts[at + (types[t] as number)] = (counts[at + (types[t] as number)] as number) + 1;
  }
  const feats = new Int32Array(n * (width + 1));
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let t = 0; t < n; t++) {
    offsets[t] = k;
    const c = doc.cls[t] as number;
    if (c === CaseClass.Lower || c === CaseClass.None) continue;
    const at = index.get(doc.lower[t] as number) as number;
    const own = types[t] as number;
    let best = -1;
    let bestCount = 0;
    let others = 0;
    for (let y = 0; y < width; y++) {
      const count = (counts[at + y] as number) - (y === own ? 1 : 0);
      if (count <= 0) continue;
      others += count;
      if (y > 0) feats[k++] = mix(T_DOC_LABEL, y * 16 + own);
      if (count > bestCount) {
        bestCount = count;
        best = y;
      }
    }
    if (others === 0) feats[k++] = mix(T_DOC_NONE, own);
    else feats[k++] = mix(T_DOC_MAJORITY, best * 16 + own);
  }
  offsets[n] = k;
  return { feats: feats.subarray(0, k), offsets, lower: doc.lower, cls: doc.cls, caps: doc.caps };
}
