/**
 * Seeded randomness for sample data. We use our own tiny generator rather than faker's so the output for a
 * seed depends only on this file (a faker upgrade would silently change every "deterministic" sample) and
 * the browser bundle stays small.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** UUIDv7-shaped id: the time part counts up from the base date, so ids sort in generation order. */
  uuid(): string;
}

/** The instant every sample record claims it was last updated; fixed so output is byte-identical per seed. */
export const SAMPLE_BASE_DATE = '2024-01-08T09:30:00.000Z';
const BASE_MS = Date.parse(SAMPLE_BASE_DATE);

/** FNV-1a, to turn a stream name into seed bits. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: 32-bit state, fast, and good enough for picking names and numbers. */
function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One independent stream per purpose (`stream` names it, e.g. 'disciplines:<hospital id>'): a later generator
 * that draws from its own stream cannot shift the values of the existing ones for the same seed.
 */
export function createRandom(seed: number, stream = ''): Random {
  const next = mulberry32((Math.trunc(seed) ^ hashString(stream)) >>> 0);
  let issued = 0;
  const hex = (digits: number) => {
    let out = '';
    while (out.length < digits) out += Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
    return out.slice(0, digits);
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (probability) => next() < probability,
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    uuid: () => {
      const time = (BASE_MS + issued++).toString(16).padStart(12, '0');
      const variant = (8 + Math.floor(next() * 4)).toString(16);
      return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
  };
  return random;
}
