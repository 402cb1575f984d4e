import { InputChecker } from '../shared/validation.js';

export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** A phone photo fits in 5 MB once the portal has scaled it; four show the problem from every side. */
export const PHOTO_LIMITS = { maxBytes: 5 * 1024 * 1024, perRequest: 4 } as const;
/** The size limit as people read it; a too-large issue carries it as its `limit`. */
export const PHOTO_MAX_MB = PHOTO_LIMITS.maxBytes / 1024 / 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/**
 * The image type by its first bytes, never by the name or the type a client claims: a renamed
 * file or a forged header is not an image we serve back.
 */
export const sniffPhotoType = (bytes: Uint8Array): PhotoContentType | null => {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
};

/** Checks one uploaded photo and returns its real type, or throws a ValidationError naming `field`. */
export const checkPhoto = (bytes: Uint8Array, field = 'file'): PhotoContentType => {
  const check = new InputChecker();
  if (bytes.length === 0) check.add({ field, rule: 'required' });
  else if (bytes.length > PHOTO_LIMITS.maxBytes) check.add({ field, rule: 'file_too_large', limit: PHOTO_MAX_MB });
  const type = bytes.length > 0 ? sniffPhotoType(bytes) : null;
  if (bytes.length > 0 && !type) check.add({ field, rule: 'file_type' });
  check.check();
  return type as PhotoContentType;
};

/** How many photos one request may carry, checked when it is submitted. */
export const checkPhotoCount = (ids: readonly string[], field = 'photoIds'): void => {
  const check = new InputChecker();
  if (new Set(ids).size > PHOTO_LIMITS.perRequest) check.add({ field, rule: 'too_many', limit: PHOTO_LIMITS.perRequest });
  check.check();
};
