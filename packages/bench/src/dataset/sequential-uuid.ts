import type { SeededRandom } from '@kefu/domain/testing';

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');

/** A deterministic UUID-shaped id whose leading digits follow `counter`, so bulk loads append to the primary key. */
export function sequentialUuid(rnd: SeededRandom, tag: number, counter: number): string {
  const high = Math.floor(counter / 0x10000);
  const low = counter % 0x10000;
  const tail = hex(Math.floor(rnd.next() * 0x1000000), 6) + hex(Math.floor(rnd.next() * 0x1000000), 6);
  return `${hex(tag, 2)}${hex(high, 6)}-${hex(low, 4)}-4${hex(Math.floor(rnd.next() * 0x1000), 3)}-8${hex(Math.floor(rnd.next() * 0x1000), 3)}-${tail}`;
}
