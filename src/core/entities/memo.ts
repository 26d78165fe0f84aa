/**
 * A pure function of a string, remembered for the length of one article: its mentions repeat the
 * same few names, and the same name is read again for its entity's key.
 */
export function memoise<T>(read: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let value = memo.get(s);
    if (value === undefined) {
      value = read(s);
      memo.set(s, value);
    }
    return value;
  };
}
