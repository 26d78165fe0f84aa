// Keywords: cheap tests that rule a parser out for a sentence (see recogniser.ts), all of a
// sentence's tested at once.

/**
 * What a sentence must hold for a parser to find anything in it: one of `words` (letters
 * anywhere, any case) when given, and a match of each of `patterns`. Each must be necessary.
 */
export interface Keyword {
  readonly words?: readonly string[];
  readonly patterns: readonly RegExp[];
}

/** A keyword satisfied by any of these '|'-separated words (any case), and the patterns if given. */
export function anyOf(words: string, ...patterns: RegExp[]): Keyword {
  return { words: words.toLowerCase().split('|'), patterns };
}

/** A keyword that only regexes can say (digits, say). */
export function matching(...patterns: RegExp[]): Keyword {
  return { patterns };
}

/** Four digits in a row: what every numeric year needs (shared, so that it is tested once). */
export const FOUR_DIGITS = /\d{4}/;

/**
 * Tests many keywords on a sentence: the words of all of them are found in one pass, and a
 * keyword's patterns are tried only when one of its words is there, each pattern at most once.
 */
export class KeywordTester {
  private readonly scan: RegExp | null;
  /** For each word: the keywords holding it or any word it starts with (the scan reports the longest word at a place). */
  private readonly keywordsAt = new Map<string, number[]>();
  /** Every keyword's patterns, each once; per keyword, the indexes of its patterns here. */
  private readonly patterns: RegExp[];
  private readonly patternsOf: number[][];

  constructor(private readonly keywords: readonly Keyword[]) {
    this.patterns = [...new Set(keywords.flatMap(({ patterns }) => patterns))];
    if (this.patterns.some(({ global, sticky }) => global || sticky)) throw new Error('keyword patterns keep no lastIndex: no g or y flag');
    this.patternsOf = keywords.map(({ patterns }) => patterns.map((pattern) => this.patterns.indexOf(pattern)));
    const owners = new Map<string, number[]>();
    keywords.forEach(({ words = [] }, index) => {
      for (const word of words) owners.set(word, [...(owners.get(word) ?? []), index]);
    });
    const words = [...owners.keys()].sort((a, b) => b.length - a.length);
    for (const word of words) {
      this.keywordsAt.set(word, words.filter((prefix) => word.startsWith(prefix)).flatMap((prefix) => owners.get(prefix) ?? []));
    }
    this.scan = words.length > 0 ? new RegExp(words.map(escapeRegExp).join('|'), 'g') : null;
  }

  /** Whether the sentence passes each keyword, by the keywords' order. */
  verdicts(sentence: string): boolean[] {
    const hasWord = this.wordsIn(sentence);
    const matched = new Uint8Array(this.patterns.length); // 0: not tried yet, 1: matches, 2: does not
    const matches = (index: number): boolean => {
      if (matched[index] === 0) matched[index] = (this.patterns[index] as RegExp).test(sentence) ? 1 : 2;
      return matched[index] === 1;
    };
    const verdicts = new Array<boolean>(this.keywords.length);
    for (let i = 0; i < this.keywords.length; i++) {
      verdicts[i] = (!this.keywords[i]?.words || hasWord[i] === 1) && (this.patternsOf[i] as number[]).every(matches);
    }
    return verdicts;
  }

  /** For each keyword index, 1 when the sentence holds one of its words. */
  private wordsIn(sentence: string): Uint8Array {
    const found = new Uint8Array(this.keywords.length);
    const scan = this.scan;
    if (!scan) return found;
    // A case-sensitive scan of the lower-cased text is faster than a case-insensitive one, and
    // finds every word the latter would (and a few more: "K", the Kelvin sign, becomes "k").
    const text = sentence.toLowerCase();
    scan.lastIndex = 0;
    for (let match = scan.exec(text); match; match = scan.exec(text)) {
      for (const index of this.keywordsAt.get(match[0]) ?? []) found[index] = 1;
      // Words may overlap ("today", "day"): look again from the next character.
      scan.lastIndex = match.index + 1;
    }
    return found;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
