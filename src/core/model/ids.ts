/**
 * Ids come from the type and the quote ("date-next-saturday"), numbered only on repeats, so an
 * edit elsewhere in the article does not renumber everything in the git diff.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  /**
   * For each id that repeats, the number to try first next time: ids are never freed, so every
   * number below is taken. A name mentioned k times then costs k steps, not k²/2.
   */
  private readonly nextNumber = new Map<string, number>();

  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.used.add(id);
  }

  next(type: string, quote: string): string {
    const base = `${type}-${slug(quote)}`;
    let id = base;
    if (this.used.has(base)) {
      const n = firstFreeNumber(base, this.used, this.nextNumber.get(base) ?? 2);
      this.nextNumber.set(base, n + 1);
      id = `${base}-${n}`;
    }
    this.used.add(id);
    return id;
  }
}

/** `base`, or when it is taken `base-2`, `base-3`..., the first that is free. */
export function uniqueId(base: string, used: ReadonlySet<string>): string {
  return used.has(base) ? `${base}-${firstFreeNumber(base, used, 2)}` : base;
}

function firstFreeNumber(base: string, used: ReadonlySet<string>, from: number): number {
  let n = from;
  while (used.has(`${base}-${n}`)) n++;
  return n;
}

export function slug(text: string): string {
  // Accents come off ("Baqaeï" → "baqaei"); ASCII text, most names, needs no normalising.
  const folded = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  const ascii = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return ascii === '' ? 'x' : ascii;
}

// eslint-disable-next-line no-control-regex -- any character past ASCII
const NON_ASCII = /[^\x00-\x7f]/;
