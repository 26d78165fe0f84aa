/**
 * People within one article. Full names (two or more tokens) first: two of them are one person only
 * if every token of the shorter matches, in order, a token of the longer, with the same surname
 * ('Ali Khamenei' ⊂ 'Ayatollah Seyyed Ali Khamenei'; never 'Ali Khamenei' + 'Mojtaba Khamenei').
 * Then one-token mentions ('Araqchi') join the nearest full name with that surname, else with that
 * given name; two different one-token names never merge with each other.
 */
import type { PersonName } from './person-name';
import { FoundRole, roleAfter, roleBefore } from './roles';
import type { Unit } from './units';

export interface PersonGroup {
  units: number[];
  names: PersonName[];
  /** Distinct multi-token names in the group; a new full name must agree with all of them. */
  full: PersonName[];
  /** Starts of the multi-token mentions, ascending. */
  fullStarts: number[];
  /** Start of the latest one-token mention added (they are added in text order). */
  lastSingle: number;
  firstStart: number;
  roles: FoundRole[];
}

function tokensMatch(a: PersonName, i: number, b: PersonName, j: number): boolean {
  const fa = a.bare[i]!;
  const fb = b.bare[j]!;
  // An initial ('George W. Bush', 'J. Smith') matches any token with that letter.
  if (fa.length === 1 || fb.length === 1) return fa[0] === fb[0];
  return a.keys[i] === b.keys[j];
}

/** The shorter name's tokens appear in order in the longer one, surnames aligned. */
function compatible(a: PersonName, b: PersonName): boolean {
  if (a.suffix !== b.suffix) return false;
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const ls = short.tokens.length - 1;
  const ll = long.tokens.length - 1;
  if (!tokensMatch(short, ls, long, ll)) return false;
  let j = 0;
  for (let i = 0; i < ls; i++) {
    while (j < ll && !tokensMatch(short, i, long, j)) j++;
    if (j >= ll) return false;
    j++;
  }
  return true;
}

/** The group mentioned closest before `start`, else the one mentioned soonest after it. */
function nearest(groups: readonly PersonGroup[] | undefined, start: number): PersonGroup | undefined {
  if (groups === undefined) return undefined;
  let best: PersonGroup | undefined;
  let bestScore = -Infinity;
  for (const g of groups) {
    // Full names are added in text order and one-token mentions after them, also in text order,
    // so the latest earlier mention is the later of `lastSingle` and a binary search in `fullStarts`.
    const s = g.fullStarts;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const before = Math.max(lo > 0 ? s[lo - 1]! : -Infinity, g.lastSingle < start ? g.lastSingle : -Infinity);
    const after = lo < s.length ? s[lo]! : Infinity;
    // Any earlier mention beats every later one; among earlier ones the latest wins.
    const score = before > -Infinity ? before : -1 - after;
    if (score > bestScore) {
      bestScore = score;
      best = g;
    }
  }
  return best;
}

/** A group of one mention. Most people are named once or twice, so its lists start at their size. */
function newGroup(u: number, name: PersonName, start: number, role: FoundRole | undefined): PersonGroup {
  const isFull = name.tokens.length >= 2;
  return {
    units: [u],
    names: [name],
    full: isFull ? [name] : [],
    fullStarts: isFull ? [start] : [],
    lastSingle: isFull ? -Infinity : start,
    firstStart: start,
    roles: role === undefined ? [] : [role],
  };
}

/** The appositive role after a mention, as a FoundRole. */
function appositiveAfter(text: string, end: number, limit: number): FoundRole | undefined {
  const role = roleAfter(text, end, limit);
  return role === undefined ? undefined : { text: role, direct: false };
}

function push(map: Map<string, PersonGroup[]>, key: string, group: PersonGroup): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [group]);
  else if (!list.includes(group)) list.push(group);
}

/** `readName` is readPersonName, or a memo of it. */
export function clusterPersons(
  text: string,
  units: readonly Unit[],
  personUnits: readonly number[],
  readName: (surface: string) => PersonName,
): PersonGroup[] {
  const groups: PersonGroup[] = [];
  // By unit index.
  const names = new Array<PersonName | undefined>(units.length);
  const roles = new Array<FoundRole | undefined>(units.length);
  personUnits.forEach((u, k) => {
    const unit = units[u]!;
    const name = readName(unit.text);
    names[u] = name;
    const next = personUnits[k + 1];
    const limit = next === undefined ? text.length : units[next]!.start;
    roles[u] = roleBefore(text, unit.start) ?? appositiveAfter(text, unit.end, limit) ?? (name.title === undefined ? undefined : { text: name.title, direct: true });
  });
  const add = (group: PersonGroup, u: number, name: PersonName): void => {
    group.units.push(u);
    group.names.push(name);
    const start = units[u]!.start;
    group.firstStart = Math.min(group.firstStart, start);
    if (name.tokens.length >= 2) group.fullStarts.push(start);
    else group.lastSingle = start;
    const role = roles[u];
    if (role !== undefined) group.roles.push(role);
  };

  const byLastKey = new Map<string, PersonGroup[]>();
  for (const u of personUnits) {
    const name = names[u]!;
    if (name.tokens.length < 2) continue;
    const lastKey = name.keys[name.keys.length - 1]!;
    const candidates = byLastKey.get(lastKey)?.filter((g) => g.full.every((f) => compatible(f, name)));
    const group = nearest(candidates, units[u]!.start);
    if (group === undefined) {
      const created = newGroup(u, name, units[u]!.start, roles[u]);
      groups.push(created);
      push(byLastKey, lastKey, created);
      continue;
    }
    if (!group.full.includes(name)) group.full.push(name);
    add(group, u, name);
  }

  // Lookups over full names only, so a later surname-only mention can still find them.
  const byLastFolded = new Map<string, PersonGroup[]>();
  const byAnyFolded = new Map<string, PersonGroup[]>();
  for (const g of groups) {
    for (const f of g.full) {
      push(byLastFolded, f.folded[f.folded.length - 1]!, g);
      for (const t of f.folded) push(byAnyFolded, t, g);
    }
  }
  const singles = new Map<string, PersonGroup>();
  for (const u of personUnits) {
    const name = names[u]!;
    if (name.tokens.length >= 2) continue;
    const folded = name.folded[0] ?? '';
    const key = name.keys[0] ?? '';
    const start = units[u]!.start;
    const group =
      nearest(byLastFolded.get(folded), start) ??
      // Another spelling of the surname ('Araghchi' after 'Abbas Araqchi'); short tokens are too
      // ambiguous to trust to a phonetic key.
      (folded.length >= 4 ? nearest(byLastKey.get(key), start) : undefined) ??
      nearest(byAnyFolded.get(folded), start);
    if (group !== undefined) {
      add(group, u, name);
      continue;
    }
    const single = singles.get(folded);
    if (single !== undefined) {
      add(single, u, name);
      continue;
    }
    const created = newGroup(u, name, start, roles[u]);
    singles.set(folded, created);
    groups.push(created);
  }
  return groups;
}
