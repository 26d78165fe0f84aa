/** Cross-article keys: the same entity named in two articles, however spelled, gets one key. */
import type { EntityType } from './types';
import { type PersonName, readPersonName } from './person-name';
import { otherNameKey } from './places';

/**
 * Key for merging entities across articles.
 * A person is keyed by the transliteration keys of given name and surname only, so middle names,
 * honorifics and spelling variants do not split them ('Seyyed Abbas Araghchi' = 'Abbas Araqchi');
 * a surname alone keys on the surname. Places and organisations share one key space
 * ('name:'), because the tagger often swaps LOC and ORG for the same name.
 */
export function nameKey(name: string, type: EntityType): string {
  return type === 'person' ? personKey(readPersonName(name)) : otherKey(otherNameKey(name));
}

/** nameKey of a person, from the reading of their name. */
export function personKey(person: PersonName): string {
  const isKey = (k: string): boolean => k.length > 0;
  const keys = person.keys.every(isKey) ? person.keys : person.keys.filter(isKey);
  const first = keys[0] ?? '';
  const last = keys[keys.length - 1] ?? '';
  const core = keys.length >= 2 ? `${first} ${last}` : first;
  return `person:${core}${person.suffix === '' ? '' : ` ${person.suffix}`}`;
}

/** nameKey of a place or organisation, from its otherNameKey. */
export const otherKey = (comparisonForm: string): string => `name:${comparisonForm}`;
