/** mulberry32: the same seed gives the same dataset on every machine. */
export type SeededRandom = {
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** A deterministic UUID-shaped id whose leading digits follow `counter`, so bulk loads append to the primary key. */
  uuid(tag: number, counter: number): string;
};

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: <T>(choices: readonly (readonly [T, number])[]): T => {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return choices[choices.length - 1]![0];
    },
    uuid: (tag, counter) => {
      const high = Math.floor(counter / 0x10000);
      const low = counter % 0x10000;
      const tail = hex(Math.floor(next() * 0x1000000), 6) + hex(Math.floor(next() * 0x1000000), 6);
      return `${hex(tag, 2)}${hex(high, 6)}-${hex(low, 4)}-4${hex(Math.floor(next() * 0x1000), 3)}-8${hex(Math.floor(next() * 0x1000), 3)}-${tail}`;
    },
  };
}
