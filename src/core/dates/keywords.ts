// Keywords: cheap tests that rule a parser out for a sentence (see recogniser.ts), all of a
// sentence's tested at once.

/**
 * What a sentence must hold for a parser to find anything in it: one of `words` (letters
 * anywhere, any case) and a match of `pattern`, each when given. Both must be necessary.
 */
export interface Keyword {
  readonly words?: readonly string[];
  readonly pattern?: RegExp;
}

/** A keyword satisfied by any of these '|'-separated words (any case), and `pattern` if given. */
export function anyOf(words: string, pattern?: RegExp): Keyword {
  return pattern ? { words: words.toLowerCase().split('|'), pattern } : { words: words.toLowerCase().split('|') };
}

/** A keyword that only a regex can say (digits, say). */
export function matching(pattern: RegExp): Keyword {
  return { pattern };
}

/**
 * Tests many keywords on a sentence: the words of all of them are found in one pass, and a
 * keyword's pattern is tried only when one of its words is there.
 */
export class KeywordTester {
  private readonly scan: RegExp | null;
  /** For each word: the keywords holding it or any word it starts with (the scan reports the longest word at a place). */
  private readonly keywordsAt = new Map<string, number[]>();

  constructor(private readonly keywords: readonly Keyword[]) {
    if (keywords.some(({ pattern }) => pattern?.global || pattern?.sticky)) throw new Error('keyword patterns keep no lastIndex: no g or y flag');
    const owners = new Map<string, number[]>();
    keywords.forEach(({ words = [] }, index) => {
      for (const word of words) owners.set(word, [...(owners.get(word) ?? []), index]);
    });
    const words = [...owners.keys()].sort((a, b) => b.length - a.length);
    for (const word of words) {
      this.keywordsAt.set(word, words.filter((prefix) => word.startsWith(prefix)).flatMap((prefix) => owners.get(prefix) ?? []));
    }
    this.scan = words.length > 0 ? new RegExp(words.map(escapeRegExp).join('|'), 'gi') : null;
  }

  /** Whether the sentence passes each keyword, by the keywords' order. */
  verdicts(sentence: string): boolean[] {
    const hasWord = this.wordsIn(sentence);
    const verdicts = new Array<boolean>(this.keywords.length);
    for (let i = 0; i < this.keywords.length; i++) {
      const { words, pattern } = this.keywords[i] as Keyword;
      verdicts[i] = (!words || hasWord[i] === 1) && (!pattern || pattern.test(sentence));
    }
    return verdicts;
  }

  /** For each keyword index, 1 when the sentence holds one of its words. */
  private wordsIn(sentence: string): Uint8Array {
    const found = new Uint8Array(this.keywords.length);
    const scan = this.scan;
    if (!scan) return found;
    scan.lastIndex = 0;
    for (let match = scan.exec(sentence); match; match = scan.exec(sentence)) {
      for (const index of this.keywordsAt.get(match[0].toLowerCase()) ?? []) found[index] = 1;
      // Words may overlap ("today", "day"): look again from the next character.
      scan.lastIndex = match.index + 1;
    }
    return found;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
