/**
 * Ids come from the type and the quote ("date-next-saturday"), numbered only on repeats, so an
 * edit elsewhere in the article does not renumber everything in the git diff.
 */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.used.add(id);
  }

  next(type: string, quote: string): string {
    const id = uniqueId(`${type}-${slug(quote)}`, this.used);
    this.used.add(id);
    return id;
  }
}

export function uniqueId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return ascii === '' ? 'x' : ascii;
}
