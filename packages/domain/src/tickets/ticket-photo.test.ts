import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { checkPhoto, checkPhotoCount, PHOTO_LIMITS, PHOTO_MAX_MB, sniffPhotoType } from './ticket-photo.js';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const WEBP = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50]);

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
};

describe('photos', () => {
  it('knows JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffPhotoType(JPEG)).toBe('image/jpeg');
    expect(sniffPhotoType(PNG)).toBe('image/png');
    expect(sniffPhotoType(WEBP)).toBe('image/webp');
  });

  it('refuses anything else, whatever it claims to be', () => {
    expect(sniffPhotoType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffPhotoType(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBeNull(); // GIF89a
    expect(sniffPhotoType(Uint8Array.from([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x41, 0x56, 0x49, 0x20]))).toBeNull(); // AVI
    expect(issuesOf(() => checkPhoto(Uint8Array.from([0x25, 0x50, 0x44, 0x46])))).toEqual([{ field: 'file', rule: 'file_type' }]);
  });

  it('refuses an empty file and one over the size limit', () => {
    expect(issuesOf(() => checkPhoto(new Uint8Array()))).toEqual([{ field: 'file', rule: 'required' }]);
    const big = new Uint8Array(PHOTO_LIMITS.maxBytes + 1);
    big.set(JPEG);
    expect(issuesOf(() => checkPhoto(big))).toEqual([{ field: 'file', rule: 'file_too_large', limit: PHOTO_MAX_MB }]);
    const exact = new Uint8Array(PHOTO_LIMITS.maxBytes);
    exact.set(PNG);
    expect(checkPhoto(exact)).toBe('image/png');
  });

  it('allows at most four photos on one request', () => {
    expect(() => checkPhotoCount(['a', 'b', 'c', 'd'])).not.toThrow();
    expect(issuesOf(() => checkPhotoCount(['a', 'b', 'c', 'd', 'e']))).toEqual([{ field: 'photoIds', rule: 'too_many', limit: 4 }]);
  });
});
