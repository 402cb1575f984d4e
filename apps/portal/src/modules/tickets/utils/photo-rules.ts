import { PHOTO_CONTENT_TYPES, PHOTO_LIMITS, PHOTO_MAX_MB } from '@kefu/domain/tickets';

export { PHOTO_LIMITS, PHOTO_MAX_MB };
export const PHOTO_ACCEPT = PHOTO_CONTENT_TYPES.join(',');

/** A first check before spending the upload on a slow connection; the gateway checks the bytes again. */
export const photoProblem = (file: Pick<File, 'type' | 'size'>): 'photoType' | 'photoSize' | null => {
  if (!(PHOTO_CONTENT_TYPES as readonly string[]).includes(file.type)) return 'photoType';
  if (file.size > PHOTO_LIMITS.maxBytes) return 'photoSize';
  return null;
};
