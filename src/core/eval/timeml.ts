/**
 * TimeML (TempEval-3 Task A) evaluation of date detection and normalisation.
 *
 * A document's text is the content of its TEXT element with every tag removed (entities decoded);
 * gold TIMEX3 spans are character offsets (UTF-16, like DateMention) into that text. The DCT
 * (the TIMEX3 with functionInDocument="CREATION_TIME", normally in the DCT element outside TEXT)
 * is the reference date, and is never scored: if it lies inside TEXT, predictions overlapping it
 * are ignored rather than counted as false positives.
 *
 * Measures, as TempEval-3 reports them:
 * - detection, strict (identical extent) and relaxed (any overlap), one-to-one matching;
 * - value: a relaxed match whose value equals the gold value is a correct value;
 *   precision = correct values / predicted, recall = correct values / gold,
 *   accuracy = correct values / relaxed matches;
 * - typeMatch: the same for the TIMEX3 type attribute;
 * - types: per TIMEX3 type, relaxed detection where the predicted type equals the gold type
 *   (gold counted by gold type, predictions by predicted type).
 */
import type { CalendarDate } from '../dates/index';
import { matchSpans, overlaps, prf, ratio, scored, type Counts, type Prf, type ScoredCounts, type Span } from './scoring';

// ---------------------------------------------------------------------------------------------
// A minimal XML reader: enough for TimeML and MEANTIME (no DTDs, no namespaces needed).

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** The attributes of a start tag's inside (`a="1" b='2'`), values decoded. */
export function parseAttributes(inside: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of inside.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[m[1] as string] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return attributes;
}

export type XmlEvent =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean; at: number }
  | { kind: 'close'; name: string; at: number }
  | { kind: 'text'; text: string; at: number };

/** Start tags, end tags and (decoded) text in document order; comments, PIs and DOCTYPEs skipped, CDATA kept as text. */
export function* xmlEvents(xml: string): Generator<XmlEvent> {
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<\/\s*([\w:.-]+)\s*>|<([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|[^<]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const whole = m[0];
    if (m[1] !== undefined) yield { kind: 'text', text: m[1], at: m.index };
    else if (m[2] !== undefined) yield { kind: 'close', name: m[2], at: m.index };
    else if (m[3] !== undefined) yield { kind: 'open', name: m[3], attributes: parseAttributes(m[4] ?? ''), selfClosing: m[5] === '/', at: m.index };
    else if (!whole.startsWith('<')) yield { kind: 'text', text: decodeXml(whole), at: m.index };
    else if (whole.startsWith('<!') || whole.startsWith('<?')) continue;
    else yield { kind: 'text', text: whole, at: m.index }; // a stray '<'
  }
}

/** The calendar date at the start of a TIMEX3 value ('1998-01-08', '1998-11-20T19:30', '19980108'), else null. */
export function calendarDateOfValue(value: string): CalendarDate | null {
  const m = /^(\d{4})-?(\d\d)-?(\d\d)(?![\d])/.exec(value.trim());
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 ? date : null;
}

// ---------------------------------------------------------------------------------------------
// TimeML documents

export interface GoldTimex extends Span {
  text: string;
  /** DATE, TIME, DURATION or SET. */
  type: string;
  value: string;
}

export interface TimemlDocument {
  id: string;
  /** The DCT's value as written, null if the document has none. */
  dctValue: string | null;
  /** The DCT as a calendar date, null if absent or not a calendar date. */
  dct: CalendarDate | null;
  text: string;
  /** Gold TIMEX3 in the text, excluding the DCT, in document order. */
  timexes: GoldTimex[];
  /** Where the DCT lies inside the text, if it does: not scored. */
  ignored: Span[];
}

/** Parses one TimeML document. Throws an Error with a readable message if it has no TEXT element. */
export function parseTimeml(xml: string): TimemlDocument {
  let id = '';
  let dctValue: string | null = null;
  let inText = false;
  let sawText = false;
  let inDocid = false;
  let text = '';
  const timexes: GoldTimex[] = [];
  const ignored: Span[] = [];
  const open: Array<{ start: number; attributes: Record<string, string> }> = [];
  for (const event of xmlEvents(xml)) {
    if (event.kind === 'text') {
      if (inText) text += event.text;
      else if (inDocid) id += event.text;
      continue;
    }
    if (event.kind === 'open') {
      if (event.name === 'TEXT' && !event.selfClosing) {
        inText = true;
        sawText = true;
      } else if (event.name === 'DOCID') inDocid = !event.selfClosing;
      else if (event.name === 'TIMEX3') {
        const isDct = event.attributes.functionInDocument === 'CREATION_TIME';
        if (isDct && dctValue === null) dctValue = event.attributes.value ?? null;
        if (inText && !event.selfClosing) open.push({ start: text.length, attributes: event.attributes });
      }
      continue;
    }
    if (event.name === 'TEXT') inText = false;
    else if (event.name === 'DOCID') inDocid = false;
    else if (event.name === 'TIMEX3' && inText) {
      const started = open.pop();
      if (!started) continue;
      const span = { start: started.start, end: text.length };
      if (started.attributes.functionInDocument === 'CREATION_TIME') ignored.push(span);
      else if (span.end > span.start) {
        timexes.push({ ...span, text: text.slice(span.start, span.end), type: started.attributes.type ?? '', value: started.attributes.value ?? '' });
      }
    }
  }
  if (!sawText) throw new Error('not a TimeML document: no <TEXT> element');
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { id: id.trim(), dctValue, dct: dctValue === null ? null : calendarDateOfValue(dctValue), text, timexes, ignored };
}

// ---------------------------------------------------------------------------------------------
// Scoring

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexTypeName = (typeof TIMEX_TYPES)[number];

export interface PredictedTimex extends Span {
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
  /** Predictions dropped because they overlap the (unscored) DCT. */
  ignoredPredictions: number;
  types: Record<TimexTypeName, Counts>;
}

export function emptyTimexCounts(): TimexCounts {
  const types = {} as Record<TimexTypeName, Counts>;
  for (const type of TIMEX_TYPES) types[type] = { gold: 0, predicted: 0, correct: 0 };
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0, ignoredPredictions: 0, types };
}

function isTimexType(type: string): type is TimexTypeName {
  return (TIMEX_TYPES as readonly string[]).includes(type);
}

/** Adds one document's counts. Predictions overlapping an `ignored` span are dropped. */
export function countTimexes(gold: readonly PredictedTimex[], predictedAll: readonly PredictedTimex[], ignored: readonly Span[], counts: TimexCounts): void {
  const predicted = predictedAll.filter((p) => !ignored.some((span) => overlaps(span, p)));
  counts.ignoredPredictions += predictedAll.length - predicted.length;
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  counts.strict += matchSpans(gold, predicted, 'strict').length;
  const types = counts.types;
  for (const g of gold) if (isTimexType(g.type)) types[g.type].gold++;
  for (const p of predicted) if (isTimexType(p.type)) types[p.type].predicted++;
  for (const [gi, pi] of matchSpans(gold, predicted, 'relaxed')) {
    const g = gold[gi] as PredictedTimex;
    const p = predicted[pi] as PredictedTimex;
    counts.relaxed++;
    if (p.value === g.value) counts.value++;
    if (p.type === g.type) {
      counts.type++;
      if (isTimexType(g.type)) types[g.type].correct++;
    }
  }
}

export interface AttributeScore extends Prf {
  /** Correct attribute values / relaxed span matches. */
  accuracy: number;
}

export interface TimexScores {
  gold: number;
  predicted: number;
  detection: { strict: ScoredCounts; relaxed: ScoredCounts };
  value: AttributeScore & { correct: number };
  typeMatch: AttributeScore & { correct: number };
  types: Record<TimexTypeName, ScoredCounts>;
}

export function scoreTimexCounts(counts: TimexCounts): TimexScores {
  const attribute = (correct: number): AttributeScore & { correct: number } => ({ accuracy: ratio(correct, counts.relaxed), correct, ...prf(counts.gold, counts.predicted, correct) });
  const types = {} as Record<TimexTypeName, ScoredCounts>;
  for (const type of TIMEX_TYPES) types[type] = scored(counts.types[type]);
  return {
    gold: counts.gold,
    predicted: counts.predicted,
    detection: {
      strict: scored({ gold: counts.gold, predicted: counts.predicted, correct: counts.strict }),
      relaxed: scored({ gold: counts.gold, predicted: counts.predicted, correct: counts.relaxed }),
    },
    value: attribute(counts.value),
    typeMatch: attribute(counts.type),
    types,
  };
}

export interface TimemlEvaluation extends TimexScores {
  dataset: 'timeml';
  documents: number;
  /** Documents without a usable DCT (resolved against the fallback reference instead). */
  documentsWithoutDct: number;
}

/**
 * Scores a date finder on TimeML documents. `find(text, reference)` is normally `findDates`; the
 * reference is the DCT, or `fallback` for a document without one.
 */
export function evaluateTimeml(documents: readonly TimemlDocument[], find: (text: string, reference: CalendarDate) => PredictedTimex[], fallback: CalendarDate): TimemlEvaluation {
  const counts = emptyTimexCounts();
  let withoutDct = 0;
  for (const doc of documents) {
    if (!doc.dct) withoutDct++;
    countTimexes(doc.timexes, find(doc.text, doc.dct ?? fallback), doc.ignored, counts);
  }
  return { dataset: 'timeml', documents: documents.length, documentsWithoutDct: withoutDct, ...scoreTimexCounts(counts) };
}
