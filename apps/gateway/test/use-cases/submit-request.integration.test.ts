import { enginesUnderTest } from '@kefu/db/testing';
import { ValidationError } from '@kefu/domain/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IdempotencyKeyReusedError } from '../../src/use-cases/shared/idempotency.errors.js';
import { submitRequest, type RequestSubmission } from '../../src/use-cases/tickets/submit-request.js';
import { startUseCaseHarness } from './use-case-harness.js';

const leak: RequestSubmission = { kind: 'repair', title: '卫生间漏水', description: '隔间顶棚滴水，地面湿滑。', location: 'A1-018' };

describe.each(enginesUnderTest())('submitRequest use case (%s)', (engine) => {
  let harness: Awaited<ReturnType<typeof startUseCaseHarness>>;
  beforeAll(async () => {
    harness = await startUseCaseHarness(engine);
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.published.mockClear());

  const storedWithTitle = async (title: string) =>
    (await harness.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE title = $1', [title]))[0]!.n;

  it('replays a retried submit: the same ticket, stored and announced once', async () => {
    const first = await submitRequest(await harness.as('merchant1'), leak, 'submit-once-0001');
    expect(first).toMatchObject({ channel: 'portal', status: 'received', title: leak.title, version: 1 });
    expect(harness.published).toHaveBeenCalledTimes(1);

    // A retry arrives as a request of its own: nothing of the first one's loaders or access.
    const retried = await submitRequest(await harness.as('merchant1'), { ...leak }, 'submit-once-0001');
    expect(retried).toEqual(first);
    expect(harness.published).toHaveBeenCalledTimes(1);
    expect(await storedWithTitle(leak.title)).toBe(1);
  });

  it('refuses the key with another request, photos included, and writes nothing', async () => {
    const merchant = await harness.as('merchant1');
    await submitRequest(merchant, { ...leak, title: '空调不制冷' }, 'submit-once-0002');
    await expect(submitRequest(merchant, { ...leak, title: '空调噪音大' }, 'submit-once-0002')).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    // The photos are part of the request the key is bound to.
    await expect(
      submitRequest(merchant, { ...leak, title: '空调不制冷', photoIds: ['00000000-0000-4000-8000-000000000000'] }, 'submit-once-0002'),
    ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect(await storedWithTitle('空调噪音大')).toBe(0);
    expect(harness.published).toHaveBeenCalledTimes(1);
  });

  it('keeps keys per account: another merchant with the same key gets a ticket of their own', async () => {
    const mine = await submitRequest(await harness.as('merchant1'), { ...leak, title: '门禁失灵' }, 'submit-once-0003');
    const theirs = await submitRequest(await harness.as('merchant2'), { ...leak, title: '门禁失灵' }, 'submit-once-0003');
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.requesterId).not.toBe(mine.requesterId);
  });

  it('rolls the ticket back when a photo is not the account’s own, and a corrected retry with the same key then succeeds', async () => {
    const merchant = await harness.as('merchant1');
    const submission = { ...leak, title: '橱窗玻璃裂了', photoIds: ['00000000-0000-4000-8000-000000000000'] };
    await expect(submitRequest(merchant, submission, 'submit-once-0004')).rejects.toBeInstanceOf(ValidationError);
    expect(await storedWithTitle('橱窗玻璃裂了')).toBe(0);
    expect(harness.published).not.toHaveBeenCalled();
    // The key was claimed inside the rolled-back transaction: it is free again.
    const corrected = await submitRequest(await harness.as('merchant1'), { ...submission, photoIds: [] }, 'submit-once-0004');
    expect(corrected.title).toBe('橱窗玻璃裂了');
  });
});
