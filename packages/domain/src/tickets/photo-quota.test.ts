import { describe, expect, it } from 'vitest';
import { abandonedPhotosBefore, checkPhotoQuota, PHOTO_QUOTA, photoQuotaWindowStart } from './photo-quota.js';
import { PHOTO_LIMITS } from './ticket-photo.js';
import { PhotoQuotaExceededError } from './ticket.errors.js';

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PhotoQuotaExceededError) return error.facts;
    throw error;
  }
  return null;
};

describe('the quota on photos not yet sent with a request', () => {
  it('holds several requests of full-size photos, so an honest merchant never meets it', () => {
    const fullRequests = 3;
    expect(PHOTO_QUOTA.maxPhotos).toBeGreaterThanOrEqual(fullRequests * PHOTO_LIMITS.perRequest);
    expect(PHOTO_QUOTA.maxBytes).toBeGreaterThanOrEqual(fullRequests * PHOTO_LIMITS.perRequest * PHOTO_LIMITS.maxBytes);
  });

  it('lets the last photo in and refuses the one after it, by count', () => {
    expect(refusal(() => checkPhotoQuota({ photos: PHOTO_QUOTA.maxPhotos - 1, bytes: 0 }, 1))).toBeNull();
    expect(refusal(() => checkPhotoQuota({ photos: PHOTO_QUOTA.maxPhotos, bytes: 0 }, 1))).toEqual({
      field: 'file',
      exceeded: 'photos',
      maxPhotos: 30,
      maxMb: 60,
    });
  });

  it('lets a photo in that fills the bytes exactly and refuses one byte more', () => {
    const usage = { photos: 1, bytes: PHOTO_QUOTA.maxBytes - 1000 };
    expect(refusal(() => checkPhotoQuota(usage, 1000))).toBeNull();
    expect(refusal(() => checkPhotoQuota(usage, 1001))).toMatchObject({ field: 'file', exceeded: 'bytes' });
  });

  it('counts the last 24 hours, the same age at which an unattached photo is abandoned', () => {
    const now = new Date('2026-11-30T08:00:00Z');
    expect(photoQuotaWindowStart(now)).toEqual(new Date('2026-11-29T08:00:00Z'));
    expect(abandonedPhotosBefore(now)).toEqual(new Date('2026-11-29T08:00:00Z'));
  });
});
