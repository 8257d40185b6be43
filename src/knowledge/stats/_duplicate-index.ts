/**
 * The keys seen in a file, kept as 64-bit hashes with the row that had them, in one typed array outside
 * the JavaScript heap: 12 bytes a slot, at most three quarters full, so 16 to 32 bytes a row (a file of a
 * million rows costs 24 MB, where a Set of a million key strings would cost over 100 MB of heap). Two
 * different keys are taken for the same only when their 64-bit hashes collide: odds about 1 in 30 million
 * for a file of a million rows.
 */
export interface DuplicateIndex {
  /** Records `key` for `row` (from 1) and returns 0, or returns the row that recorded it first. */
  add(key: string, row: number): number;
  readonly size: number;
}

const INITIAL_SLOTS = 1024;
/** Numbers a slot holds: high hash, low hash, row (0 for an empty slot). */
const SLOT = 3;

/** An empty index: `index.add('a', 2)` is 0, then `index.add('a', 9)` is 2. */
export function createDuplicateIndex(): DuplicateIndex {
  let slots = INITIAL_SLOTS;
  let table = new Uint32Array(slots * SLOT);
  let size = 0;

  /** Offset in `table` of the slot holding (high, low), or of the empty slot where it goes (linear probing). */
  const find = (high: number, low: number): number => {
    const mask = slots - 1;
    let slot = low & mask;
    for (;;) {
      const at = slot * SLOT;
      if (table[at + 2] === 0 || (table[at] === high && table[at + 1] === low)) return at;
      slot = (slot + 1) & mask;
    }
  };

  const grow = () => {
    const old = table;
    slots *= 2;
    table = new Uint32Array(slots * SLOT);
    for (let at = 0; at < old.length; at += SLOT) {
      const row = old[at + 2] ?? 0;
      if (row === 0) continue;
      const to = find(old[at] ?? 0, old[at + 1] ?? 0);
      table.set(old.subarray(at, at + SLOT), to);
    }
  };

  return {
    add(key, row) {
      const [high, low] = hash64(key);
      const at = find(high, low);
      const first = table[at + 2] ?? 0;
      if (first !== 0) return first;
      table[at] = high;
      table[at + 1] = low;
      table[at + 2] = row;
      size += 1;
      // At most three quarters full, so that probes stay short.
      if (size * 4 > slots * 3) grow();
      return 0;
    },
    get size() {
      return size;
    },
  };
}

/** Two mixed 32-bit halves of a string hash (cyrb53's mixing, both halves kept): `hash64('a')` is [high, low]. */
function hash64(key: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const char = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ char, 2654435761);
    h2 = Math.imul(h2 ^ char, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h2 >>> 0, h1 >>> 0];
}
