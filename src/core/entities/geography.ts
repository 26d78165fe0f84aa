/**
 * Names whose head word says they are places ("Strait of Hormuz", "Gulf of Oman", "Kurdistan
 * Region of Iraq", "Caspian Sea", "Changi International Airport"). The tagger learned types from
 * 1996 newswire and often calls such names organisations; the head word is a surer sign than its
 * guess. Facilities people travel to or through (airports, stadiums, bridges, streets) are places,
 * as CoNLL and MEANTIME annotate them.
 *
 * A name that starts with a capitalised "The" is a title ("The New Region", "The Oval Office
 * Review"): its head word says nothing about what it names.
 */
import { isSpace, someCodePoint } from './chars';

const FEATURE_OF = /^(?:the\s+)?(?:Gulf|Strait|Straits|Bay|Sea|Lake|Mount|Cape|Isle|Isthmus|Port|Gulf)\s+of\s+\p{Lu}/u;
const FEATURE_HEAD = /\s(?:Sea|Ocean|River|Mountains|Desert|Peninsula|Island|Islands|Strait|Gulf|Canal|Valley|Region|Province|Governorate|Prefecture|Oblast|Highlands|Plateau|Airport|Airfield|Stadium|Bridge|Square|Street|Avenue|Boulevard|Harbour|Harbor)(?:\s+of\s+\p{Lu}[\p{L}\s-]*)?$/u;
const TITLE = /^The\s/;

export function isGeographicName(name: string): boolean {
  if (TITLE.test(name)) return false;
  // Both patterns need a space: most names, one word, are settled without running them.
  return someCodePoint(name, isSpace) && (FEATURE_OF.test(name) || FEATURE_HEAD.test(name));
}
