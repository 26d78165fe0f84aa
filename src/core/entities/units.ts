/** Tagger mentions in text order, with name pieces the tagger split around a particle rejoined. */
import { startsUpper } from './chars';
import type { NameInput } from './types';

export interface Unit {
  /** Indices into the tagger's names (two when a name was rejoined). */
  indices: number[];
  start: number;
  end: number;
  text: string;
  type: NameInput['type'];
}

// 'Badr' (ORG) + ' bin ' + 'Hamad Al Busaidi' (PER): one person whose name the tagger cut at a
// particle it did not know. Only lower-case particles or Al/El, so 'Rome and Paris' never joins.
const PARTICLE_GAP = /^ +(?:bin|ibn|bint|binti|van|von|de|da|di|del|der|al|Al|el|El) +$/;
// The shortest gap it matches (' de '): shorter ones, most of them, need no slice and no regex.
const MIN_GAP = 4;

export function toUnits(text: string, names: readonly NameInput[]): Unit[] {
  // The tagger gives its names in text order; sort only input that is not.
  const order = names.map((_, i) => i);
  if (!isInTextOrder(names)) order.sort((a, b) => names[a]!.start - names[b]!.start || a - b);
  const units: Unit[] = [];
  for (const i of order) {
    const name = names[i]!;
    const prev = units[units.length - 1];
    if (
      prev !== undefined &&
      (prev.type === 'PER' || name.type === 'PER') &&
      name.start - prev.end >= MIN_GAP &&
      name.start - prev.end <= 8 &&
      startsUpper(name.text) &&
      startsUpper(prev.text) &&
      PARTICLE_GAP.test(text.slice(prev.end, name.start))
    ) {
      prev.indices.push(i);
      prev.end = name.end;
      prev.text = text.slice(prev.start, name.end);
      prev.type = 'PER';
      continue;
    }
    units.push({ indices: [i], start: name.start, end: name.end, text: name.text, type: name.type });
  }
  return units;
}

function isInTextOrder(names: readonly NameInput[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i]!.start < names[i - 1]!.start) return false;
  return true;
}
