// Past/future cues of the sentence around a mention.
//
// Bare weekdays ("on Saturday") and bare month names ("in May") do not say which occurrence
// they mean. News writing resolves them through the tense of the clause: "have hailed
// Saturday's round" is the Saturday just gone, "will meet on Saturday" the coming one.
// We look for the tense cue nearest to the mention inside its sentence; cues before the
// mention count a little more, because English puts the verb before its time adverbial, and
// bare "-ed" forms count less, because many are adjectives ("the reduced dividend").

export type Tense = 'past' | 'future';

// Multi-word and modal cues of future reference (also future-in-the-past: "said they would meet Friday"),
// and the present tense of verbs that news uses for what is scheduled ("trading resumes on Monday").
const FUTURE_CUES =
  /\b(?:will|shall|won't|wo n't|would|might|as (?:soon|early|late) as|no later than|going to|gonna|set (?:to|for)|(?:is|are) due\b|due to (?:be|meet|begin|start|arrive|visit|hold|take|sign|vote|resume|open|close|return|report|announce|decide|rule|hear)|scheduled|expected to|supposed to|plans? to|planned|planning|intends? to|aims? to|hopes? to|is to|are to|upcoming|coming|next|tomorrow|later this|to be held|will be|begins|starts|opens|resumes|reopens|expires|kicks off|takes effect|takes place|convenes|arrives)\b|'ll\b/giu;

// Auxiliaries, frequent irregular past forms and "-ed" forms (minus common non-verbs).
const PAST_CUES =
  /\b(?:was|were|had|did|has been|have been|has|have|said|told|met|held|went|came|took|made|gave|saw|began|left|won|lost|fell|rose|sold|bought|paid|found|thought|felt|kept|brought|sent|spent|struck|stood|ran|led|knew|became|wrote|spoke|broke|chose|drove|flew|grew|ago|last|yesterday|earlier|previously|recently|[a-z]{2,}ed)\b/giu;

// The cue regexes need their u flag only for "ſ" (long s) and "K" (Kelvin sign), the two
// characters Unicode case folding turns into ASCII letters ("waſ" reads as "was"). In a sentence
// without them the same regexes without u find the same cues, about twice as fast.
const FOLDS_INTO_ASCII = /[\u017F\u212A]/;
const withoutU = (regex: RegExp): RegExp => new RegExp(regex.source, regex.flags.replace('u', ''));
const FUTURE_CUES_WITHOUT_U = withoutU(FUTURE_CUES);
const PAST_CUES_WITHOUT_U = withoutU(PAST_CUES);

// "-ed" words that are not past verbs, or are forward-looking participles.
const NOT_PAST = new Set([
  'need', 'speed', 'indeed', 'hundred', 'feed', 'seed', 'bleed', 'shed', 'bed', 'red', 'wed',
  'proceed', 'succeed', 'exceed', 'breed', 'greed', 'creed', 'weed', 'deed', 'steed', 'embed',
  'scheduled', 'planned', 'expected', 'proposed', 'intended', 'anticipated', 'slated', 'united', 'limited',
  'based', 'related', 'interested', 'concerned', 'supposed', 'advanced', 'detailed', 'called', 'named',
]);

const IRREGULAR_ED = new Set(['said', 'led', 'fled', 'sped', 'bled']);

const SENTENCE_WINDOW = 300;

/** Bounds of the sentence holding [start, end), looked for at most SENTENCE_WINDOW characters away. */
export function sentenceBounds(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  const minFrom = Math.max(0, start - SENTENCE_WINDOW);
  while (from > minFrom) {
    const ch = text.charCodeAt(from - 1);
    if (ch === 10 || ((ch === 46 || ch === 33 || ch === 63) && isSpace(text.charCodeAt(from)) && !endsMeridiem(text, from - 1))) break;
    from--;
  }
  let to = end;
  const maxTo = Math.min(text.length, end + SENTENCE_WINDOW);
  while (to < maxTo) {
    const ch = text.charCodeAt(to);
    if (ch === 10 || ((ch === 33 || ch === 63 || ch === 46) && (to + 1 >= text.length || isSpace(text.charCodeAt(to + 1))) && !endsMeridiem(text, to))) break;
    to++;
  }
  return { start: from, end: to };
}

/** Whether the dot at `dot` ends "a.m." or "p.m.", which ends no sentence ("at 10:35 a.m. (0735 GMT) Friday"). */
function endsMeridiem(text: string, dot: number): boolean {
  return dot >= 3 && text.charCodeAt(dot - 1) === 109 && text.charCodeAt(dot - 2) === 46 && /[ap]/i.test(text.charAt(dot - 3));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/** The tense of the clause around a mention, from the nearest cue; null when the sentence has none. */
export function tenseAround(text: string, start: number, end: number): Tense | null {
  const sentence = sentenceBounds(text, start, end);
  const slice = text.slice(sentence.start, sentence.end);
  const localStart = start - sentence.start;
  const localEnd = end - sentence.start;
  const best: { tense: Tense | null; distance: number } = { tense: null, distance: Infinity };
  const consider = (tense: Tense, index: number, length: number, weight = 1): void => {
    if (index < localEnd && index + length > localStart) return; // the mention itself ("last week")
    const distance = (index >= localEnd ? (index - localEnd) * 1.5 : localStart - (index + length)) * weight;
    if (distance < best.distance) Object.assign(best, { tense, distance });
  };
  const folds = FOLDS_INTO_ASCII.test(slice);
  for (const match of slice.matchAll(folds ? FUTURE_CUES : FUTURE_CUES_WITHOUT_U)) consider('future', match.index, match[0].length);
  for (const match of slice.matchAll(folds ? PAST_CUES : PAST_CUES_WITHOUT_U)) {
    const word = match[0].toLowerCase();
    if (NOT_PAST.has(word)) continue;
    // "has/have" alone is a present-perfect auxiliary only when a participle follows.
    if ((word === 'has' || word === 'have') && !/^\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|had|met|held|made|said|told|led|won|lost|sold|paid|found|kept|brought|sent|spent|struck)\b/u.test(slice.slice(match.index + word.length))) continue;
    // Participles carry no tense of their own: passives ("will be held", "would be redeemed")
    // and adjectives ("untouched by the crisis", "the reduced dividend").
    const before = slice.slice(Math.max(0, match.index - 12), match.index);
    if (/\b(?:be|been|being|is|are|am|get|gets)\s+$/i.test(before)) continue;
    // "were planning to", "was set to": the auxiliary only carries the future cue that follows.
    if (/^(?:was|were|had|has|have)$/.test(word) && /^\s+(?:going|planning|set|due|scheduled|expected|supposed|about|to)\b/i.test(slice.slice(match.index + word.length))) continue;
    if (word.endsWith('ed') && !IRREGULAR_ED.has(word)) {
      // "-ed" forms are weak evidence.
      // (An adverb may stand between: "a still unspecified date", "the newly formed".)
      if (/\b(?:the|a|an)\s+(?:\w+ly\s+|still\s+|newly\s+)?$/i.test(slice.slice(Math.max(0, match.index - 24), match.index)) || /^\s+by\b/i.test(slice.slice(match.index + word.length))) continue;
      consider('past', match.index, match[0].length, 2);
    } else consider('past', match.index, match[0].length);
  }
  return best.tense;
}

const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i;
const UNTIL_BEFORE = /\b(?:by|through|until|till|effective|starting|beginning|due(?:\s+(?:on|in|by))?)\s+(?:(?:early|late|mid)[\s-]+)?$/i;

/**
 * What the word right before a mention says of its direction: "since March" looks back;
 * "by February", "through January", "effective Feb. 1", "due Aug. 30" name the end or start of
 * something planned, which the sentence's past tense ("agreed to pay down the loan by February",
 * "results are due Aug. 30, he said") does not put in the past.
 */
export type Lead = 'since' | 'until' | null;

export function leadOf(text: string, start: number): Lead {
  const before = text.slice(Math.max(0, start - 20), start);
  if (SINCE_BEFORE.test(before)) return 'since';
  return UNTIL_BEFORE.test(before) ? 'until' : null;
}


/**
 * Whether a verb of an event already over stands just before the mention, in its clause: "was
 * killed in a helicopter crash in January", "died on Jan. 26". A month or day a few weeks ahead
 * is taken whatever the tense (see `pick` in resolve.ts), since tense cues mislead ("said it
 * expects to release results in mid-November"); this cue is narrower than a tense: the verb
 * governs the date, and nothing between them looks ahead ("was postponed until January", "was
 * delayed to January", "agreed to acquire the company in January" are left alone).
 */
export function pastEventBefore(text: string, start: number): boolean {
  const sentence = sentenceBounds(text, start, start);
  const before = text.slice(Math.max(sentence.start, start - PAST_EVENT_REACH), start);
  const match = PAST_EVENT_VERB.exec(before);
  if (!match) return false;
  const verb = (match[2] ?? match[3] ?? '').toLowerCase();
  if (FORWARD_PARTICIPLES.has(verb) || NOT_PAST.has(verb)) return false;
  return !LOOKS_AHEAD.test(before.slice(Math.max(0, match.index - 16), match.index)) && !LOOKS_AHEAD.test(before.slice(match.index + match[0].length));
}

const PAST_EVENT_REACH = 80;
/** The last event verb of the text: "was/were (adverb) participle", or a simple past of an event; then no clause break up to the end. */
const PAST_EVENT_VERB =
  /\b(?:(was|were)\s+(?:\w+ly\s+)?([a-z]{3,}ed|shot|born|hit|won|lost|sold|bought|found|struck|taken|given|made|held|built|sworn|beaten|stolen|sentenced)|(died|killed|resigned|retired|collapsed|crashed|ended|began|started|launched|signed|arrested|invaded|won|lost|struck|fell|rose|took office|stepped down))\b(?=[^.;,]*$)(?!.*\b(?:was|were|died|killed|resigned|retired|collapsed|crashed|ended|began|started|launched|signed|arrested|invaded|won|lost|struck|fell|rose)\b)/i;
/** Participles of what was moved or planned ahead: "was postponed", "was scheduled". */
const FORWARD_PARTICIPLES = new Set(['postponed', 'delayed', 'deferred', 'rescheduled', 'moved', 'pushed', 'extended', 'adjourned', 'suspended', 'slated', 'timed', 'penciled', 'pencilled', 'tipped', 'billed', 'earmarked', 'targeted', 'aimed']);
/** Words that, between the verb and the date or right before the verb, make the date one ahead. */
const LOOKS_AHEAD = /\b(?:to|until|till|by|for|before|through|next|will|would|shall|may|might|could|expects?|expected|plans?|due|set)\b/i;
