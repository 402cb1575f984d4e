import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('客服-2026!');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('客服-2026!', hash)).toBe(true);
    expect(await verifyPassword('客服-2026', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses tampered or malformed hashes without throwing', async () => {
    const hash = await hashPassword('secret');
    const parts = hash.split('$');
    const withPart = (i: number, value: string) => parts.map((p, j) => (j === i ? value : p)).join('$');
    const flipped = parts[5]!.startsWith('A') ? `B${parts[5]!.slice(1)}` : `A${parts[5]!.slice(1)}`;
    for (const tampered of [
      withPart(5, flipped),
      withPart(4, 'AAAAAAAAAAAAAAAAAAAAAA'),
      withPart(1, '8192'),
      withPart(1, '1073741824'),
      withPart(1, '16383'),
      withPart(2, '0'),
      withPart(5, parts[5]!.slice(0, 20)),
      withPart(0, 'bcrypt'),
      hash.slice(0, -1).split('$').slice(0, 5).join('$'),
      '',
      'scrypt$$$$$',
    ]) {
      expect(await verifyPassword('secret', tampered)).toBe(false);
    }
  });
});
