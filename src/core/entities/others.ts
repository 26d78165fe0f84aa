/**
 * Places and organisations within one article: merged by their type and folded name (with the
 * common country variants unified), then acronyms joined to their expansions (whatever their
 * types; the majority wins). The same name typed both ways is two entities: the club "Leicester"
 * and the city (the name tagger already gave every mention of a name the type most of them have,
 * when most agree).
 */
import { acronymLetters, possibleAcronyms } from './acronyms';
import { sortAscending } from './numbers';
import { isKnownVariant } from './places';
import type { Unit } from './units';

export interface OtherGroup {
  units: number[];
}

/** `keyOf` is otherNameKey, or a memo of it. */
export function clusterOthers(
  text: string,
  units: readonly Unit[],
  otherUnits: readonly number[],
  keyOf: (name: string) => string,
): OtherGroup[] {
  const byName = new Map<string, OtherGroup>();
  const groupOf: (OtherGroup | undefined)[] = new Array<OtherGroup | undefined>(units.length);
  for (const u of otherUnits) {
    const key = `${units[u]!.type} ${keyOf(units[u]!.text)}`;
    let group = byName.get(key);
    if (group === undefined) {
      group = { units: [] };
      byName.set(key, group);
    }
    group.units.push(u);
    groupOf[u] = group;
  }

  // Built only if an acronym needs it. (Merging only appends units, so each group's first unit,
  // which its possible acronyms are read from, is the same whenever this is built.)
  let expansions: Map<string, OtherGroup> | undefined;
  const expansionOf = (letters: string): OtherGroup | undefined => (expansions ??= expansionsByAcronym(units, byName.values())).get(letters);

  const merged = new Set<OtherGroup>();
  for (const group of byName.values()) {
    const first = units[group.units[0]!]!;
    const letters = acronymLetters(first.text);
    if (letters === undefined || isKnownVariant(first.text)) continue;
    const target = parenthesisedPartner(text, units, group, groupOf) ?? expansionOf(letters);
    if (target === undefined || target === group || merged.has(target)) continue;
    target.units.push(...group.units);
    merged.add(group);
  }
  const groups = [...byName.values()].filter((g) => !merged.has(g));
  for (const g of groups) sortAscending(g.units);
  return groups;
}

/** Groups by the acronyms their names could have; the first expansion in the text wins a clash. */
function expansionsByAcronym(units: readonly Unit[], groups: Iterable<OtherGroup>): Map<string, OtherGroup> {
  const expansions = new Map<string, OtherGroup>();
  for (const group of groups) {
    for (const a of possibleAcronyms(units[group.units[0]!]!.text)) if (!expansions.has(a)) expansions.set(a, group);
  }
  return expansions;
}

/** 'Joint Comprehensive Plan of Action (JCPOA)' or 'IRNA (Islamic Republic News Agency)'. */
function parenthesisedPartner(
  text: string,
  units: readonly Unit[],
  group: OtherGroup,
  groupOf: readonly (OtherGroup | undefined)[],
): OtherGroup | undefined {
  for (const u of group.units) {
    const before = groupOf[u - 1];
    if (before !== undefined && isParenthesised(text, units[u - 1]!, units[u]!)) return before;
    const after = groupOf[u + 1];
    if (after !== undefined && isParenthesised(text, units[u]!, units[u + 1]!)) return after;
  }
  return undefined;
}

/** `second` is written in parentheses right after `first`: 'first (second)'. */
function isParenthesised(text: string, first: Unit, second: Unit): boolean {
  return /^\s*\(\s*$/.test(text.slice(first.end, second.start)) && /^\s*\)/.test(text.slice(second.end, second.end + 3));
}
