/**
 * Products named by what the article says of them, rather than by a model designation (for
 * those, see refine.ts): the tagger, trained on 1996 newswire, reads "Lion", "Tiger" or "MacBook
 * Air" as people or companies. A name is a product when
 * - an appositive right after it says so: "Lion, the new version of their Mac OS X", "Tiger, the
 *   code name for this release", "the Volt, a plug-in hybrid car";
 * - a noun right after it says what kind of product it is: "MacBook Air laptops", "the Mac OS X
 *   operating system" (not when the lists know the name as a company or place: "Intel
 *   processors", "Samsung phones" name the maker);
 * - a kind of product stands right before it: "the Apple operating system Mac OSX".
 * Every mention of such a name in the article, however capitalised, and every name that starts
 * with it ("Macbook Air Pro" after "MacBook Air laptops") is the product (MEANTIME PRO, OntoNotes
 * PRODUCT, CoNLL MISC), and none is offered as a person, place or organisation.
 */
import { isFunctionWord } from './phrases';
import type { WordLists } from './refine';
import { formOf, type Span } from './tagger';

/** What an appositive calls a product: "the new version of ...", "a plug-in hybrid car". */
const APPOSITIVE_PRODUCT_NOUNS = new Set([
  ...'version release edition update upgrade successor generation model iteration build codename'.split(' '),
  ...'product device gadget phone smartphone handset tablet computer laptop notebook desktop player console camera'.split(' '),
  ...'software browser app application system game album single film movie drug vaccine medicine'.split(' '),
  ...'car sedan coupe hatchback convertible truck pickup suv minivan van hybrid vehicle motorcycle aircraft airliner jetliner jet plane helicopter'.split(' '),
]);

/**
 * Nouns right after a name that make it a product's name: "MacBook Air laptops". Fleets ("Qantas
 * planes", "Toyota cars") name their owner or maker, so vehicles are not among them.
 */
const FOLLOWING_PRODUCT_NOUNS = new Set([
  ...'laptop laptops notebook notebooks computer computers desktop desktops tablet tablets phone phones smartphone smartphones handset handsets'.split(' '),
  ...'software browser browsers processor processors chip chips console consoles app apps lineup'.split(' '),
]);
/** Kinds of product written right before a product's name: "the Apple operating system Mac OSX", "web browser Safari". */
const PRODUCT_KINDS_BEFORE = new Set(['system', 'software', 'browser', 'client', 'app', 'application', 'smartphone', 'handset', 'laptop', 'tablet', 'console']);
/** Two-word kinds: "the Mac OS X operating system". */
const FOLLOWING_PRODUCT_PAIRS = new Set(['operating system', 'operating systems', 'web browser', 'media player', 'music player']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** Words an appositive may hold between its article and its noun: "the [new mid-size] version", "the [company's newest] phone". */
const MAX_APPOSITIVE_MODIFIERS = 4;

/** "X, the new version of ...": an appositive after the span whose noun is a product's. */
function productAppositive(span: Span, words: readonly string[], end: number): boolean {
  let k = span.last + 1;
  if (words[k] !== ',' || !DETERMINERS.has((words[k + 1] ?? '').toLowerCase())) return false;
  k += 2;
  for (let taken = 0; k < end && taken <= MAX_APPOSITIVE_MODIFIERS; k++, taken++) {
    const w = words[k] as string;
    // The product noun must end the appositive's noun phrase: "a car maker" is no car, "a
    // hybrid car" is one.
    if (APPOSITIVE_PRODUCT_NOUNS.has(w) && endsNounPhrase(words, k + 1, end)) return true;
    // "code name", written apart.
    if (w === 'code' && words[k + 1] === 'name' && endsNounPhrase(words, k + 2, end)) return true;
    // Modifiers: lowercase words that are no function words or verbs, possessives ("Apple 's
    // newest"), hyphenated words ("mid-size", "plug-in"), capitalised words.
    if (isFunctionWord(w) || DETERMINERS.has(w)) return false;
    if (!/^[a-z][a-z-]*$/.test(w) && w !== "'s" && !/^[A-Z][a-z]+$/.test(w)) return false;
  }
  return false;
}

/** Words that may follow the noun of a noun phrase: "the new version of", "the code name for this release". */
const AFTER_NOUN_PHRASE = new Set(['of', 'for', 'from', 'by', 'with', 'to', 'in', 'on', 'at', 'that', 'which', 'who', 'and', 'or', 'but', 'is', 'was', 'will', 'has']);

/** Whether words[k] ends the noun phrase before it: the sentence ends, punctuation, or a word of AFTER_NOUN_PHRASE. */
function endsNounPhrase(words: readonly string[], k: number, end: number): boolean {
  if (k >= end) return true;
  const w = words[k] as string;
  return !/^\p{L}/u.test(w) || AFTER_NOUN_PHRASE.has(w);
}

/** "MacBook Air laptops", "the Mac OS X operating system": a product noun right after the span. */
function productNounAfter(span: Span, words: readonly string[], end: number): boolean {
  const next = span.last + 1 < end ? (words[span.last + 1] as string) : '';
  if (FOLLOWING_PRODUCT_NOUNS.has(next)) return true;
  return span.last + 2 < end && FOLLOWING_PRODUCT_PAIRS.has(`${next} ${words[span.last + 2] as string}`);
}

/** "the Apple operating system Mac OSX", "e-mail client Mail": a kind of product right before the span. */
function productKindBefore(span: Span, words: readonly string[], start: number): boolean {
  return span.first - 1 >= start && PRODUCT_KINDS_BEFORE.has(words[span.first - 1] as string);
}

/** Whether a span is a product found in the article, or starts with one ("Macbook Pro" after "MacBook"): its lowercase words begin with a product's. */
export function isProductForm(span: Span, words: readonly string[], products: ReadonlySet<string>): boolean {
  if (products.size === 0) return false;
  let form = '';
  for (let t = span.first; t <= span.last; t++) {
    form = t === span.first ? (words[t] as string).toLowerCase() : `${form} ${(words[t] as string).toLowerCase()}`;
    if (products.has(form)) return true;
  }
  return false;
}

/**
 * The forms (lowercase) of the spans that the article shows to be products (see the module
 * comment), to be dropped wherever they stand in it (see isProductForm).
 */
export function productForms(spans: readonly Span[], words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>, lists: WordLists): Set<string> {
  const forms = new Set<string>();
  let s = 0;
  for (const span of spans) {
    while (s < sentences.length && (sentences[s] as readonly [number, number])[1] <= span.first) s++;
    const [start, end] = sentences[s] ?? [0, words.length];
    if (!productAppositive(span, words, end) && !productNounAfter(span, words, end) && !productKindBefore(span, words, start)) continue;
    const form = formOf(span, words).toLowerCase();
    // A name the lists know as a company or a place is the maker or the place, whatever follows it.
    if (span.first === span.last && (lists.isCompany(form) || lists.isPlace(form))) continue;
    forms.add(form);
  }
  return forms;
}
