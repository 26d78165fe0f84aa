/** Every dev text the repo can read (none of it is committed): CoNLL dev, TempEval-3 dev, MEANTIME dev, samples. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, rebuildDocument } from '../../src/core/eval/conll';
import { parseMeantime } from '../../src/core/eval/meantime';
import { parseTimeml } from '../../src/core/eval/timeml';

export const ROOT = process.cwd();
export const EVAL_DATA = join(ROOT, '..', 'shared', 'eval');

export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (child.endsWith(ext)) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

function parsedTexts(files: string[], parse: (xml: string) => { text: string }): string[] {
  const texts: string[] = [];
  for (const file of files) {
    try {
      texts.push(parse(readFileSync(file, 'utf8')).text);
    } catch {
      // not a document of this format (README, schema...)
    }
  }
  return texts;
}

export function conllDevTexts(): { texts: string[]; words: number } {
  const docs = parseConll(readFileSync(join(EVAL_DATA, 'conll2003-dev', 'eng.testa'), 'utf8'));
  let words = 0;
  for (const doc of docs) for (const sentence of doc.sentences) words += sentence.words.length;
  return { texts: docs.map((doc) => rebuildDocument(doc).text), words };
}

export function devTexts(): string[] {
  return [
    ...conllDevTexts().texts,
    ...parsedTexts(filesUnder(join(EVAL_DATA, 'tempeval3-dev'), '.tml'), parseTimeml),
    ...parsedTexts(filesUnder(join(EVAL_DATA, 'meantime-dev'), '.xml'), parseMeantime),
    ...filesUnder(join(ROOT, 'samples'), '.txt').map((file) => readFileSync(file, 'utf8')),
  ];
}
