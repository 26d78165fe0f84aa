/**
 * Places and organisations within one article: merged by their folded name (with the common
 * country variants unified), then acronyms joined to their expansions. The tagger's LOC/ORG
 * choice is not trusted for grouping, since it often differs for the same name; the majority wins.
 */
import { acronymLetters, possibleAcronyms } from './acronyms';
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
  const groupOf = new Map<number, OtherGroup>();
  for (const u of otherUnits) {
    const key = keyOf(units[u]!.text);
    let group = byName.get(key);
    if (group === undefined) {
      group = { units: [] };
      byName.set(key, group);
    }
    group.units.push(u);
    groupOf.set(u, group);
  }

  // Expansions by the acronyms they could have; the first expansion in the text wins a clash.
  const expansions = new Map<string, OtherGroup>();
  for (const group of byName.values()) {
    for (const a of possibleAcronyms(units[group.units[0]!]!.text)) if (!expansions.has(a)) expansions.set(a, group);
  }

  const merged = new Set<OtherGroup>();
  for (const group of byName.values()) {
    const first = units[group.units[0]!]!;
    const letters = acronymLetters(first.text);
    if (letters === undefined || isKnownVariant(first.text)) continue;
    const target = parenthesisedPartner(text, units, group, groupOf) ?? expansions.get(letters);
    if (target === undefined || target === group || merged.has(target)) continue;
    target.units.push(...group.units);
    merged.add(group);
  }
  return [...byName.values()].filter((g) => !merged.has(g)).map((g) => ({ units: g.units.sort((a, b) => a - b) }));
}

/** 'Joint Comprehensive Plan of Action (JCPOA)' or 'IRNA (Islamic Republic News Agency)'. */
function parenthesisedPartner(
  text: string,
  units: readonly Unit[],
  group: OtherGroup,
  groupOf: ReadonlyMap<number, OtherGroup>,
): OtherGroup | undefined {
  for (const u of group.units) {
    const unit = units[u]!;
    const prev = units[u - 1];
    if (prev !== undefined && groupOf.has(u - 1)) {
      if (/^\s*\(\s*$/.test(text.slice(prev.end, unit.start)) && /^\s*\)/.test(text.slice(unit.end, unit.end + 3))) {
        return groupOf.get(u - 1);
      }
    }
    const next = units[u + 1];
    if (next !== undefined && groupOf.has(u + 1)) {
      if (/^\s*\(\s*$/.test(text.slice(unit.end, next.start)) && /^\s*\)/.test(text.slice(next.end, next.end + 3))) {
        return groupOf.get(u + 1);
      }
    }
  }
  return undefined;
}
