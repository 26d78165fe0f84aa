/** Groups one article's name mentions into entities (see clusterEntities in index.ts). */
import { otherKey, personKey } from './keys';
import { memoise } from './memo';
import { sortAscending } from './numbers';
import { collapseSpaces, fold, slugify, stripPossessive } from './normalise';
import { type OtherGroup, clusterOthers } from './others';
import { type PersonGroup, clusterPersons } from './persons';
import { isGeographicName } from './geography';
import { type PersonName, fullness, readPersonName } from './person-name';
import { otherNameKey } from './places';
import type { ArticleEntity, ClusteredEntities, EntityMention, EntityType, NameInput } from './types';
import type { FoundRole } from './roles';
import { type Unit, toUnits } from './units';

interface Draft {
  type: EntityType;
  name: string;
  aliases: string[];
  role?: string;
  units: number[];
  firstStart: number;
}

/** The surface form as an alias: spaces collapsed, no possessive. */
function seenForm(text: string): string {
  const collapsed = collapseSpaces(text);
  const stripped = stripPossessive(collapsed);
  // Collapsing again matters only if removing the possessive left a space at the end.
  return stripped === collapsed ? collapsed : collapseSpaces(stripped);
}

interface RoleTally {
  count: number;
  direct: boolean;
  form: string;
  first: number;
}

/**
 * Most frequent (case-insensitive); then one written as a title before the name over an appositive
 * ('Supreme Leader Ayatollah Ali Khamenei' over 'the Leader of the Islamic Revolution, Ayatollah…');
 * then the shorter; then the first.
 */
function pickRole(roles: readonly FoundRole[]): string | undefined {
  const tallies = new Map<string, RoleTally>();
  roles.forEach((r, i) => {
    const key = fold(r.text);
    const t = tallies.get(key);
    if (t === undefined) tallies.set(key, { count: 1, direct: r.direct, form: r.text, first: i });
    else {
      t.count++;
      t.direct ||= r.direct;
    }
  });
  const better = (a: RoleTally, b: RoleTally): boolean =>
    a.count !== b.count ? a.count > b.count
    : a.direct !== b.direct ? a.direct
    : a.form.length !== b.form.length ? a.form.length < b.form.length
    : a.first < b.first;
  let best: RoleTally | undefined;
  for (const t of tallies.values()) if (best === undefined || better(t, best)) best = t;
  return best?.form;
}

/** The form with the best score; ties go to the more frequent, then the earlier form. */
function pickName(forms: readonly string[], score: (form: string) => number): string {
  if (forms.length === 1) return forms[0]!;
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  let best = forms[0] ?? '';
  for (const f of counts.keys()) {
    const d = score(f) - score(best);
    if (d > 0 || (d === 0 && counts.get(f)! > counts.get(best)!)) best = f;
  }
  return best;
}

/** The forms other than the name, sorted; a person's displays and seen forms come as two lists. */
function aliasesOf(name: string, forms: readonly string[], moreForms: readonly string[] = []): string[] {
  // Most entities are written one way throughout: no set to build.
  const isName = (f: string): boolean => f === name || f === '';
  if (forms.every(isName) && moreForms.every(isName)) return [];
  const set = new Set([...forms, ...moreForms]);
  set.delete(name);
  set.delete('');
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** How the article's names are read, shared by clustering, drafts and keys. */
interface Readings {
  /** A unit's surface form as an alias (cheap enough to compute each time). */
  seen: (u: number) => string;
  /** readPersonName and otherNameKey, remembered for the article (see memo.ts). */
  person: (surface: string) => PersonName;
  otherKey: (name: string) => string;
}

function personDraft(group: PersonGroup, read: Readings): Draft {
  const displays = group.names.map((n) => n.display);
  // The fullest form; spelling variants tie and go to the more frequent. A display is read the
  // same way whichever mention it came from, so any name with that display gives its fullness.
  const name = pickName(displays, (d) => fullness(group.names.find((n) => n.display === d)!));
  const draft: Draft = {
    type: 'person',
    name,
    aliases: aliasesOf(name, displays, group.units.map(read.seen)),
    units: group.units,
    firstStart: group.firstStart,
  };
  const role = pickRole(group.roles);
  if (role !== undefined) draft.role = role;
  return draft;
}

function otherDraft(group: OtherGroup, units: readonly Unit[], read: Readings): Draft {
  const forms = group.units.map(read.seen);
  let orgs = 0;
  for (const u of group.units) if (units[u]!.type === 'ORG') orgs++;
  const locs = group.units.length - orgs;
  const firstType = units[group.units[0]!]!.type;
  const name = pickName(forms, (f) => f.length);
  const taggedType: EntityType = orgs > locs || (orgs === locs && firstType === 'ORG') ? 'organization' : 'place';
  const type: EntityType = isGeographicName(name) ? 'place' : taggedType;
  return { type, name, aliases: aliasesOf(name, forms), units: group.units, firstStart: units[group.units[0]!]!.start };
}

export function clusterEntities(text: string, names: readonly NameInput[]): ClusteredEntities {
  const units = toUnits(text, names);
  const personUnits: number[] = [];
  const otherUnits: number[] = [];
  units.forEach((u, i) => (u.type === 'PER' ? personUnits : otherUnits).push(i));
  const read: Readings = {
    seen: (u) => seenForm(units[u]!.text),
    person: memoise(readPersonName),
    otherKey: memoise(otherNameKey),
  };
  const drafts = [
    ...clusterPersons(text, units, personUnits, read.person).map((g) => personDraft(g, read)),
    ...clusterOthers(text, units, otherUnits, read.otherKey).map((g) => otherDraft(g, units, read)),
  ];
  drafts.sort((a, b) => a.firstStart - b.firstStart);

  const mentions: EntityMention[] = new Array<EntityMention>(names.length);
  const usedIds = new Map<string, number>();
  const entities = drafts.map((d, entityIndex): ArticleEntity => {
    const base = slugify(d.name) || d.type;
    const n = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, n);
    const mentionIndices: number[] = [];
    for (const u of d.units) {
      for (const i of units[u]!.indices) {
        const name = names[i]!;
        mentions[i] = { start: name.start, end: name.end, text: name.text, type: d.type, entityIndex };
        mentionIndices.push(i);
      }
    }
    const entity: ArticleEntity = {
      id: n === 1 ? base : `${base}-${n}`,
      type: d.type,
      name: d.name,
      aliases: d.aliases,
      key: d.type === 'person' ? personKey(read.person(d.name)) : otherKey(read.otherKey(d.name)),
      mentionIndices: sortAscending(mentionIndices),
    };
    if (d.role !== undefined) entity.role = d.role;
    return entity;
  });
  return { entities, mentions };
}
