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
/**
 * Last words that end only places' names: natural features, and roads, structures and public
 * places, which the CoNLL-2003 guidelines make locations. The name tagger's rules retype a
 * mention by them too (`placesByHead` in names/refine.ts). Not here: words that also end clubs'
 * or bodies' names (Bay: "Tampa Bay", Palace: "Crystal Palace", County, Centre, Park).
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'Sea', 'Ocean', 'River', 'Mountains', 'Desert', 'Peninsula', 'Island', 'Islands', 'Strait', 'Gulf', 'Canal', 'Valley', 'Highlands', 'Plateau',
  'Airport', 'Airfield', 'Stadium', 'Bridge', 'Square', 'Street', 'Road', 'Avenue', 'Boulevard', 'Harbour', 'Harbor', 'Hospital',
]);
/** Heads of administrative regions: places for an entity, but a mention may be a team ("Western Province", an organisation in CoNLL-2003 train). */
const REGION_HEADS = ['Region', 'Province', 'Governorate', 'Prefecture', 'Oblast'];
const FEATURE_HEAD = new RegExp(String.raw`\s(?:${[...PLACE_HEADS, ...REGION_HEADS].join('|')})(?:\s+of\s+\p{Lu}[\p{L}\s-]*)?$`, 'u');
const TITLE = /^The\s/;

export function isGeographicName(name: string): boolean {
  if (TITLE.test(name)) return false;
  // Both patterns need a space: most names, one word, are settled without running them.
  return someCodePoint(name, isSpace) && (FEATURE_OF.test(name) || FEATURE_HEAD.test(name));
}
