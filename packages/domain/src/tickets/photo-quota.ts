import { PhotoQuotaExceededError } from './ticket.errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MB = 1024 * 1024;

/**
 * How many photos one account may hold uploaded but not yet sent with a request, over the last
 * 24 hours. The product's own rule, not the seed's: a merchant's photos count only until the
 * request that carries them is submitted, so even a few abandoned forms of four full-size photos
 * each (4 × 5 MB) stay well inside it, while one account can no longer fill the database's disk.
 */
export const PHOTO_QUOTA = { windowMs: DAY_MS, maxPhotos: 30, maxBytes: 60 * MB } as const;

/**
 * How long an uploaded photo waits for its request before it is deleted as abandoned. The same
 * 24 hours as the quota's window: a photo stops counting when it could be swept.
 */
export const ABANDONED_PHOTO_AGE_MS = DAY_MS;

/** What one account holds unattached inside the quota's window. */
export type UnattachedPhotoUsage = { photos: number; bytes: number };

/** The oldest upload that still counts against the quota at `now`. */
export const photoQuotaWindowStart = (now: Date): Date => new Date(now.getTime() - PHOTO_QUOTA.windowMs);

/** Photos uploaded before this instant and never attached are abandoned. */
export const abandonedPhotosBefore = (now: Date): Date => new Date(now.getTime() - ABANDONED_PHOTO_AGE_MS);

/** Refuses a photo of `incomingBytes` that would take the account past either limit. */
export const checkPhotoQuota = (usage: UnattachedPhotoUsage, incomingBytes: number): void => {
  const exceeded =
    usage.photos + 1 > PHOTO_QUOTA.maxPhotos ? 'photos' : usage.bytes + incomingBytes > PHOTO_QUOTA.maxBytes ? 'bytes' : null;
  if (exceeded) throw new PhotoQuotaExceededError(exceeded, { maxPhotos: PHOTO_QUOTA.maxPhotos, maxMb: PHOTO_QUOTA.maxBytes / MB });
};

