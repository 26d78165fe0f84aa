/**
 * The people a wire story credits are people: "(Reporting by Ece Toksabay in Ankara; Writing by
 * Daren Butler; Editing by Lincoln Feast)". Today's Reuters stories end with such a line; CoNLL-2003's
 * 1996 text has none, and the tagger missed or mistyped about one credited name in four ("Ece
 * Toksabay" nothing, "Parisa Hafezi" and "Lincoln Feast" places, "Yew Lun Tian" cut short).
 */
import { withSpanReplacing } from './span-edit';
import type { Span } from './tagger';
import { NAME_WORD } from './titles';

/** The role before "by": "Reporting by", "Additional reporting by", "Writing by", "Editing by"... */
const ROLES = new Set(['reporting', 'writing', 'editing', 'compiled', 'produced', 'graphics', 'research', 'translated', 'photos', 'video']);
/** What may stand before a credit: a bracket, a semicolon, a dash or a line break. */
const OPENERS = new Set(['(', '[', ';', '--', '-', '|']);
/** Lowercase particles inside a name: "Marta Nogueira de Souza", "Aziz El Yaakoubi". */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'di', 'du', 'del']);
/** Names of one word are left to the tagger ("Reporting by Reuters staff"). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 5;

/**
 * The spans with each credited name as a person, replacing whatever the tagger made of its words.
 * `isLineStart(t)` says whether token t opens a line, where a credit may also start.
 */
export function creditedPersons(spans: readonly Span[], words: readonly string[], isLineStart: (t: number) => boolean): Span[] {
  let out: Span[] | null = null;
  for (let t = 1; t < words.length; t++) {
    const by = words[t] as string;
    if ((by !== 'by' && by !== 'By') || !ROLES.has((words[t - 1] as string).toLowerCase())) continue;
    let opener = t - 2;
    if (opener >= 0 && /^(?:additional|further)$/i.test(words[opener] as string)) opener--;
    if (!(opener < 0 || OPENERS.has(words[opener] as string) || isLineStart(opener + 1))) continue;
    for (const name of creditedNames(words, t + 1)) out = withSpanReplacing(out ?? [...spans], name);
  }
  return out ?? [...spans];
}

/** The names credited from token `from` on: names joined by "and" or ",", up to a place ("in Ankara") or the end of the credit. */
function creditedNames(words: readonly string[], from: number): Span[] {
  const names: Span[] = [];
  let t = from;
  for (;;) {
    const first = t;
    while (t < words.length && t - first < MAX_NAME_WORDS && (NAME_WORD.test(words[t] as string) || (t > first && PARTICLES.has(words[t] as string) && NAME_WORD.test(words[t + 1] ?? '')))) t++;
    if (t - first < MIN_NAME_WORDS || !endsName(words[t])) return names;
    names.push({ first, last: t - 1, type: 'PER' });
    if (words[t] !== 'and' && words[t] !== ',') return names;
    t++;
  }
}

/** Whether a credited name may end before this token (or at the end of the text). */
function endsName(next: string | undefined): boolean {
  return next === undefined || next === 'and' || next === ',' || next === ';' || next === ')' || next === ']' || next === '.' || next === 'in';
}
