import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 16_384;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

// Bounds on parameters read back from a stored hash: a tampered row must not make one sign-in
// allocate gigabytes or spin for minutes.
const MAX_N = 1 << 20;
const MAX_R = 32;
const MAX_P = 16;

const deriveKey = (plain: string, salt: Buffer, keyBytes: number, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    // The callback form runs on libuv's thread pool instead of blocking the event loop.
    scrypt(plain.normalize('NFC'), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** 256 bytes per N·r covers scrypt's 128·N·r working set with room to spare. */
const memoryFor = (n: number, r: number) => 256 * n * r;

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url: the parameters travel with the hash. */
export async function hashPassword(plain: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(plain, salt, KEY_BYTES, { N, r: R, p: P, maxmem: memoryFor(N, R) });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** False for a wrong password and for a hash that is malformed or out of bounds; never throws on either. */
export async function verifyPassword(plain: string, encoded: string): Promise<boolean> {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : NaN)) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  const validParams =
    n > 1 && n <= MAX_N && (n & (n - 1)) === 0 && r >= 1 && r <= MAX_R && p >= 1 && p <= MAX_P &&
    salt.length >= SALT_BYTES && expected.length >= KEY_BYTES && expected.length <= 64;
  if (!validParams) return false;
  const actual = await deriveKey(plain, salt, expected.length, { N: n, r, p, maxmem: memoryFor(n, r) });
  return timingSafeEqual(actual, expected);
}
