/**
 * The tagger's feature weights in memory: an open-addressing hash table from a feature hash to its
 * row of weights.
 *
 * `slots` holds pairs [feature hash, row + 1] (0 = empty slot); row r is data[r] = a bit mask of
 * the labels it has weights for, then one weight per set bit in label order (dataFloat: a float
 * view of the same buffer). A row is named by its position in data plus one, so 0 means "the
 * feature has no weights". The mask instead of a label per weight halves the rows' bytes: the
 * tagger's time goes into memory loads, and each label still gets one addition per feature, in
 * the same order, so the scores are the same to the bit.
 *
 * Tried and measured no faster on CoNLL dev: rows inlined in their slots (one cache miss per
 * feature instead of two; the table grows to 4 MB), and rows of window features cached per word
 * type. The time goes into adding the rows (frequent features carry most labels), not finding them.
 */
export interface WeightTable {
  slots: Int32Array;
  mask: number;
  dataInt: Int32Array;
  dataFloat: Float32Array;
}

/**
 * Builds the table from rows in the model file's form: row r has feature hash keys[r] and
 * sizes[r] (label, weight) pairs; pair j of all rows in order has labels[j] and weight
 * values[j] * scale. Weights are stored as float32. (Typed arrays, not accessors: this runs once
 * per process, before the code is optimised, where a call per weight cost most of the load.)
 */
export function buildWeightTable(keys: Int32Array, sizes: Uint8Array, labels: Uint8Array, values: Int16Array, scale: number): WeightTable {
  const rows = keys.length;
  const pairs = labels.length;
  const buffer = new ArrayBuffer((rows + pairs) * 4);
  const dataInt = new Int32Array(buffer);
  const dataFloat = new Float32Array(buffer);
  let slotCount = 1;
  while (slotCount < rows * 2) slotCount <<= 1;
  const slots = new Int32Array(slotCount * 2);
  const mask = slotCount - 1;
  const rowWeights = new Float64Array(32);
  let q = 0;
  let j = 0;
  for (let r = 0; r < rows; r++) {
    const count = sizes[r] as number;
    const k = keys[r] as number;
    let s = (k ^ (k >>> 16)) & mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    slots[2 * s] = k;
    slots[2 * s + 1] = q + 1;
    let mask32 = 0;
    for (let c = 0; c < count; c++, j++) {
      const y = labels[j] as number;
      if (y > 31 || (mask32 & (1 << y)) !== 0) throw new Error(`weight row ${r}: label ${y} is out of range or repeated`);
      mask32 |= 1 << y;
      rowWeights[y] = (values[j] as number) * scale;
    }
    dataInt[q++] = mask32;
    for (let rest = mask32; rest !== 0; rest &= rest - 1) dataFloat[q++] = rowWeights[31 - Math.clz32(rest & -rest)] as number;
  }
  if (j !== pairs) throw new Error('weight rows and pairs disagree');
  return { slots, mask, dataInt, dataFloat };
}

/** The row of a feature hash (0 when the model has no weights for it). */
export function rowOf(table: WeightTable, key: number): number {
  const { slots, mask } = table;
  let s = (key ^ (key >>> 16)) & mask;
  let q = slots[2 * s + 1] as number;
  while (q !== 0 && slots[2 * s] !== key) {
    s = (s + 1) & mask;
    q = slots[2 * s + 1] as number;
  }
  return q;
}

let rowScratch = new Int32Array(4096);

/**
 * Adds the weight rows of the features of every token t (token t owns [offsets[t], offsets[t+1])
 * of `features`) to em[t * labels + label]. Two passes (find the rows, then add them) so that the
 * memory loads of different features overlap.
 */
export function addWeights(table: WeightTable, features: Int32Array, offsets: Int32Array, labels: number, em: Float64Array): void {
  const total = features.length;
  if (rowScratch.length < total) rowScratch = new Int32Array(total * 2);
  const rows = rowScratch;
  for (let k = 0; k < total; k++) rows[k] = rowOf(table, features[k] as number);
  const { dataInt, dataFloat } = table;
  const n = offsets.length - 1;
  for (let t = 0; t < n; t++) {
    const base = t * labels;
    const last = offsets[t + 1] as number;
    for (let k = offsets[t] as number; k < last; k++) {
      const q = rows[k] as number;
      if (q === 0) continue;
      let j = q;
      for (let rest = dataInt[q - 1] as number; rest !== 0; rest &= rest - 1) {
        const i = base + 31 - Math.clz32(rest & -rest);
        em[i] = (em[i] as number) + (dataFloat[j++] as number);
      }
    }
  }
}
