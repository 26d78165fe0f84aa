/**
 * MEANTIME (NewsReader CAT XML) evaluation of names and dates on the same news articles.
 *
 * The corpus is token-level: `<token t_id sentence number>word</token>`, then stand-off
 * markables that point at tokens (`<token_anchor t_id/>`). We rebuild an article's text from its
 * tokens, detokenised the way the article was written (no space before , . ; : ) 's n't …, none
 * after ( $ ``, straight double quotes alternate open/close), one newline between sentences, and
 * map every markable to the character span from its first to its last token.
 *
 * Gold:
 * - names: ENTITY_MENTION with syntactic_type NAM whose entity (through a REFERS_TO relation to an
 *   ENTITY element) has ent_type PER, LOC or ORG; scored like conlleval (exact span and type);
 *   mentions of other types (PRO, FIN, MIX) and other syntactic types are not scored. MEANTIME's
 *   extents are noun phrases around the name ("the Defense Ministry", "Mobile, Alabama",
 *   "Spokeswoman Sandy Angers"), so a prediction is scored with its noun phrase when the pipeline
 *   gives one (NameMention.phrase), else with its name. A prediction whose span and type are
 *   exactly those of a gold premodifier mention (PRE.NAM: "Boeing" in "Boeing employees") found
 *   a real mention that this score leaves out, and is ignored rather than counted wrong
 *   (`ignoredPremodifiers`), as predictions on the DCT are for dates; a prediction the pipeline
 *   itself calls a premodifier (NameMention.premodifier) is not offered as a named mention
 *   (`predictedPremodifiers`). Three more figures: `noneIgnored`, the same mentions with a
 *   prediction on a gold premodifier counted wrong; `names`, the names exactly as the editor
 *   highlights them with nothing ignored (what this score was before phrases); and `relaxed`,
 *   which pairs a prediction with a gold mention of the same type that it overlaps (one to one,
 *   like TIMEX3 relaxed detection and the "partial" match of SemEval-2013 task 9);
 * - dates: TIMEX3 markables anchored to tokens, except the DCT (functionInDocument CREATION_TIME),
 *   which is the reference date; the DCT usually sits in the text (the article's date line), so
 *   predictions overlapping it are ignored rather than counted as false positives.
 *
 * Scope: MEANTIME annotates names, TIMEX3 and events fully only in the title and the first
 * sentences of each article (sentences 0-5: title, date line, five body sentences); later
 * sentences carry only the cross-document layer (bare `<ENTITY_MENTION m_id>` / `<EVENT_MENTION
 * m_id>` markables for selected entities and events, with no syntactic_type). Predictions after
 * the last sentence holding an intra-document markable (one with attributes beyond m_id, or an
 * anchored TIMEX3) would be scored against text nobody annotated, so they are ignored and
 * counted (`predictionsOutsideScope`).
 */
import type { CalendarDate } from '../dates/index';
import { SCORED_TYPES, countMatches, emptyCounts, scoreCounts, type ConllCounts, type ConllEvaluation, type GoldSpan } from './conll';
import { matchSpans, type Span } from './scoring';
import { calendarDateOfValue, countTimexes, emptyTimexCounts, scoreTimexCounts, xmlEvents, type GoldTimex, type PredictedTimex, type TimexScores } from './timeml';

export interface MeantimeToken {
  id: string;
  sentence: string;
  word: string;
  start: number;
  end: number;
}

export interface MeantimeMention extends GoldSpan {
  text: string;
  /** NAM, NOM, PRO, PRE.NAM, … ('' when unannotated). */
  syntacticType: string;
  /** The tokens are not contiguous (the span runs from the first to the last). */
  discontinuous: boolean;
}

export interface MeantimeDocument {
  id: string;
  name: string;
  text: string;
  tokens: MeantimeToken[];
  dct: { value: string; date: CalendarDate | null; span: Span | null } | null;
  /** Entity mentions of every syntactic type, typed through REFERS_TO (type '' when no entity). */
  mentions: MeantimeMention[];
  /** TIMEX3 anchored to tokens, DCT excluded. */
  timexes: GoldTimex[];
  /** TIMEX3 with no tokens (implicit times): not scorable, counted. */
  unanchoredTimexes: number;
  /** End of the fully annotated part of the text (see Scope above); text.length if all of it. */
  annotatedEnd: number;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}”’]+|\.\.\.|''|'[sSdDmM]|'re|'ve|'ll|n't)$/;
const NO_SPACE_AFTER = /^(?:[([{$£€#“‘]|``|US\$)$/;

/** Joins one sentence's words as they were written; returns each word's offsets. */
export function detokenize(words: readonly string[]): { text: string; offsets: Array<[number, number]> } {
  let text = '';
  const offsets: Array<[number, number]> = [];
  let quoteOpen = false;
  let glueNext = true;
  for (const word of words) {
    let glue = glueNext || NO_SPACE_BEFORE.test(word);
    glueNext = NO_SPACE_AFTER.test(word);
    if (word === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (!glue) text += ' ';
    offsets.push([text.length, text.length + word.length]);
    text += word;
  }
  return { text, offsets };
}

interface RawMarkable {
  tag: string;
  attributes: Record<string, string>;
  anchors: string[];
}

/** Parses one MEANTIME CAT XML document. Throws an Error with a readable message if it has no tokens. */
export function parseMeantime(xml: string): MeantimeDocument {
  let documentAttributes: Record<string, string> = {};
  const rawTokens: Array<{ id: string; sentence: string; word: string }> = [];
  let token: { id: string; sentence: string; word: string } | null = null;
  const markables: RawMarkable[] = [];
  let markable: RawMarkable | null = null;
  let section: 'none' | 'markables' | 'relations' = 'none';
  const refersTo = new Map<string, string>();
  let relation: { tag: string; sources: string[]; target: string | null } | null = null;

  for (const event of xmlEvents(xml)) {
    if (event.kind === 'text') {
      if (token) token.word += event.text;
      continue;
    }
    if (event.kind === 'close') {
      if (event.name === 'token' && token) {
        rawTokens.push({ ...token, word: token.word.trim() });
        token = null;
      } else if (event.name === 'Markables' || event.name === 'Relations') section = 'none';
      else if (section === 'markables' && markable && event.name === markable.tag) {
        markables.push(markable);
        markable = null;
      } else if (section === 'relations' && relation && event.name === relation.tag) {
        if (relation.tag === 'REFERS_TO' && relation.target !== null) for (const source of relation.sources) if (!refersTo.has(source)) refersTo.set(source, relation.target);
        relation = null;
      }
      continue;
    }
    const { name, attributes, selfClosing } = event;
    if (name === 'Document') documentAttributes = attributes;
    else if (name === 'token' && section === 'none') {
      token = { id: attributes.t_id ?? '', sentence: attributes.sentence ?? '', word: '' };
      if (selfClosing) {
        rawTokens.push(token);
        token = null;
      }
    } else if (name === 'Markables') section = 'markables';
    else if (name === 'Relations') section = 'relations';
    else if (section === 'markables') {
      if (name === 'token_anchor') markable?.anchors.push(attributes.t_id ?? '');
      else {
        const started: RawMarkable = { tag: name, attributes, anchors: [] };
        if (selfClosing) markables.push(started);
        else markable = started;
      }
    } else if (section === 'relations') {
      if (name === 'source' && relation) relation.sources.push(attributes.m_id ?? '');
      else if (name === 'target' && relation) relation.target = attributes.m_id ?? null;
      else if (!selfClosing) relation = { tag: name, sources: [], target: null };
    }
  }
  if (rawTokens.length === 0) throw new Error('not a MEANTIME document: no <token> elements');

  // Text: sentences in document order, one newline between them.
  const tokens: MeantimeToken[] = [];
  let text = '';
  for (let i = 0; i < rawTokens.length; ) {
    const sentence = (rawTokens[i] as { sentence: string }).sentence;
    let j = i;
    while (j < rawTokens.length && (rawTokens[j] as { sentence: string }).sentence === sentence) j++;
    const group = rawTokens.slice(i, j);
    const joined = detokenize(group.map((t) => t.word));
    if (text.length > 0) text += '\n';
    group.forEach((t, k) => {
      const [start, end] = joined.offsets[k] as [number, number];
      tokens.push({ ...t, start: text.length + start, end: text.length + end });
    });
    text += joined.text;
    i = j;
  }
  const tokenIndex = new Map(tokens.map((t, i) => [t.id, i]));
  const spanOf = (anchors: readonly string[]): (Span & { discontinuous: boolean }) | null => {
    const indexes = anchors.map((a) => tokenIndex.get(a)).filter((i): i is number => i !== undefined).sort((a, b) => a - b);
    const first = indexes[0];
    const last = indexes[indexes.length - 1];
    if (first === undefined || last === undefined) return null;
    return { start: (tokens[first] as MeantimeToken).start, end: (tokens[last] as MeantimeToken).end, discontinuous: last - first + 1 !== new Set(indexes).size };
  };

  // The fully annotated part: up to the end of the last sentence holding an intra-document markable.
  let lastAnnotated = -1;
  for (const m of markables) {
    const intraDocument = m.tag === 'TIMEX3' || Object.keys(m.attributes).some((name) => name !== 'm_id');
    if (!intraDocument) continue;
    for (const anchor of m.anchors) lastAnnotated = Math.max(lastAnnotated, tokenIndex.get(anchor) ?? -1);
  }
  let annotatedEnd = text.length;
  if (lastAnnotated >= 0) {
    const sentence = (tokens[lastAnnotated] as MeantimeToken).sentence;
    let k = lastAnnotated;
    while (k + 1 < tokens.length && (tokens[k + 1] as MeantimeToken).sentence === sentence) k++;
    annotatedEnd = (tokens[k] as MeantimeToken).end;
  }

  const entityTypes = new Map<string, string>();
  for (const m of markables) if (m.tag === 'ENTITY' && m.attributes.m_id !== undefined) entityTypes.set(m.attributes.m_id, m.attributes.ent_type ?? '');

  let dct: MeantimeDocument['dct'] = null;
  const mentions: MeantimeMention[] = [];
  const timexes: GoldTimex[] = [];
  let unanchoredTimexes = 0;
  for (const m of markables) {
    if (m.tag === 'ENTITY_MENTION') {
      const span = spanOf(m.anchors);
      if (!span) continue;
      const target = refersTo.get(m.attributes.m_id ?? '');
      const type = target === undefined ? '' : (entityTypes.get(target) ?? '');
      mentions.push({ start: span.start, end: span.end, type, text: text.slice(span.start, span.end), syntacticType: m.attributes.syntactic_type ?? '', discontinuous: span.discontinuous });
    } else if (m.tag === 'TIMEX3') {
      const span = spanOf(m.anchors);
      const value = m.attributes.value ?? '';
      if (m.attributes.functionInDocument === 'CREATION_TIME') {
        dct ??= { value, date: calendarDateOfValue(value), span: span && { start: span.start, end: span.end } };
      } else if (!span) unanchoredTimexes++;
      else timexes.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), type: m.attributes.type ?? '', value });
    }
  }
  const byPosition = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;
  mentions.sort(byPosition);
  timexes.sort(byPosition);
  return { id: documentAttributes.doc_id ?? '', name: documentAttributes.doc_name ?? '', text, tokens, dct, mentions, timexes, unanchoredTimexes, annotatedEnd };
}

/** Adds relaxed counts: per type, predictions paired one to one with the gold mentions they overlap. */
function countOverlapMatches(gold: readonly GoldSpan[], predicted: readonly GoldSpan[], counts: ConllCounts): void {
  for (const type of SCORED_TYPES) {
    const goldOfType = gold.filter((g) => g.type === type);
    const predictedOfType = predicted.filter((p) => p.type === type);
    counts[type].gold += goldOfType.length;
    counts[type].predicted += predictedOfType.length;
    counts[type].correct += matchSpans(goldOfType, predictedOfType, 'relaxed').length;
  }
}

/** Gold premodifier mentions (PRE.NAM) of people, places and organisations: "Boeing" in "Boeing employees". */
export function goldPremodifiers(doc: MeantimeDocument): MeantimeMention[] {
  return doc.mentions.filter((m) => m.syntacticType === 'PRE.NAM' && (m.type === 'PER' || m.type === 'LOC' || m.type === 'ORG'));
}

/**
 * A document's predictions as scored mentions: each with its phrase when it has one, without
 * those the pipeline calls premodifiers, and without those that are exactly a gold premodifier
 * mention of their type (and no gold named mention).
 */
export function scoredMentions(doc: MeantimeDocument, names: readonly PredictedName[]): { mentions: GoldSpan[]; ignored: number; premodifiers: number; noneIgnored: GoldSpan[] } {
  const same = (a: GoldSpan, b: GoldSpan): boolean => a.start === b.start && a.end === b.end && a.type === b.type;
  const gold = goldNames(doc);
  const premodifiers = goldPremodifiers(doc);
  const mentions: GoldSpan[] = [];
  const noneIgnored: GoldSpan[] = [];
  let ignored = 0;
  let predictedPremodifiers = 0;
  for (const name of names) {
    if (name.premodifier) {
      predictedPremodifiers++;
      continue;
    }
    const mention = { start: name.phrase?.start ?? name.start, end: name.phrase?.end ?? name.end, type: name.type };
    noneIgnored.push(mention);
    if (premodifiers.some((p) => same(p, mention)) && !gold.some((g) => same(g, mention))) ignored++;
    else mentions.push(mention);
  }
  return { mentions, ignored, premodifiers: predictedPremodifiers, noneIgnored };
}

/** The scored name mentions: syntactic type NAM, entity type PER, LOC or ORG. */
export function goldNames(doc: MeantimeDocument): MeantimeMention[] {
  return doc.mentions.filter((m) => m.syntacticType === 'NAM' && (m.type === 'PER' || m.type === 'LOC' || m.type === 'ORG'));
}

export interface PredictedName {
  start: number;
  end: number;
  type: string;
  /** The noun phrase the name stands for, when wider than the name ("the GAO"). */
  phrase?: Span;
  /** The pipeline found the name modifying a noun ("Boeing employees"): not a named mention. */
  premodifier?: boolean;
}

export interface MeantimePrediction {
  names: readonly PredictedName[];
  dates: readonly PredictedTimex[];
}

export interface MeantimeEvaluation {
  dataset: 'meantime';
  documents: number;
  /** Documents without a DCT with a calendar date (dates resolved against the pipeline's own reference). */
  documentsWithoutDct: number;
  entities: Pick<ConllEvaluation, 'types' | 'micro'> & {
    /** overlapping span, same type, one to one (see the module comment) */
    relaxed: Pick<ConllEvaluation, 'types' | 'micro'>;
    /** the names as highlighted, exact, nothing ignored (see the module comment) */
    names: Pick<ConllEvaluation, 'types' | 'micro'>;
    /** the scored mentions with none ignored: a prediction on a gold premodifier counts wrong */
    noneIgnored: Pick<ConllEvaluation, 'types' | 'micro'>;
    predictionsOutsideScope: number;
    /** predictions exactly on a gold premodifier mention of their type, not scored */
    ignoredPremodifiers: number;
    /** predictions the pipeline itself calls premodifiers ("Boeing employees"), not named mentions */
    predictedPremodifiers: number;
  };
  timex: TimexScores & { ignoredPredictions: number; predictionsOutsideScope: number; unanchored: number };
}

/**
 * Scores the pipeline on MEANTIME documents. `run(doc)` returns the names and dates found in
 * `doc.text` (dates resolved against `doc.dct.date` when there is one).
 */
export function evaluateMeantime(documents: readonly MeantimeDocument[], run: (doc: MeantimeDocument) => MeantimePrediction): MeantimeEvaluation {
  const mentions: ConllCounts = emptyCounts();
  const mentionsRelaxed: ConllCounts = emptyCounts();
  const names: ConllCounts = emptyCounts();
  const mentionsNoneIgnored: ConllCounts = emptyCounts();
  let ignoredPremodifiers = 0;
  let predictedPremodifiers = 0;
  const timex = emptyTimexCounts();
  let withoutDct = 0;
  let unanchored = 0;
  let namesOutside = 0;
  let datesOutside = 0;
  for (const doc of documents) {
    if (!doc.dct?.date) withoutDct++;
    unanchored += doc.unanchoredTimexes;
    const predicted = run(doc);
    const inScope = (p: Span): boolean => p.start < doc.annotatedEnd;
    const scoredNames = predicted.names.filter(inScope);
    const scoredDates = predicted.dates.filter(inScope);
    namesOutside += predicted.names.length - scoredNames.length;
    datesOutside += predicted.dates.length - scoredDates.length;
    const gold = goldNames(doc);
    const scored = scoredMentions(doc, scoredNames);
    ignoredPremodifiers += scored.ignored;
    predictedPremodifiers += scored.premodifiers;
    countMatches(gold, scored.mentions, mentions);
    countOverlapMatches(gold, scored.mentions, mentionsRelaxed);
    countMatches(gold, scoredNames, names);
    countMatches(gold, scored.noneIgnored, mentionsNoneIgnored);
    countTimexes(doc.timexes, scoredDates, doc.dct?.span ? [doc.dct.span] : [], timex);
  }
  const { types, micro } = scoreCounts(mentions, documents.length);
  const relaxed = scoreCounts(mentionsRelaxed, documents.length);
  const asHighlighted = scoreCounts(names, documents.length);
  const noneIgnored = scoreCounts(mentionsNoneIgnored, documents.length);
  return {
    dataset: 'meantime',
    documents: documents.length,
    documentsWithoutDct: withoutDct,
    entities: {
      types,
      micro,
      relaxed: { types: relaxed.types, micro: relaxed.micro },
      names: { types: asHighlighted.types, micro: asHighlighted.micro },
      noneIgnored: { types: noneIgnored.types, micro: noneIgnored.micro },
      predictionsOutsideScope: namesOutside,
      ignoredPremodifiers,
      predictedPremodifiers,
    },
    timex: { ...scoreTimexCounts(timex), ignoredPredictions: timex.ignoredPredictions, predictionsOutsideScope: datesOutside, unanchored },
  };
}
