import { enginesUnderTest } from '@kefu/db/testing';
import { DuplicateRequesterError } from '@kefu/domain/requesters';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequester } from '../../src/use-cases/requesters/create-requester.js';
import { updateRequester } from '../../src/use-cases/requesters/update-requester.js';
import { startUseCaseHarness } from './use-case-harness.js';

describe.each(enginesUnderTest())('requester use cases (%s)', (engine) => {
  let harness: Awaited<ReturnType<typeof startUseCaseHarness>>;
  beforeAll(async () => {
    harness = await startUseCaseHarness(engine);
  });
  afterAll(() => harness.close());

  it('gives two clerks registering the same phone at once one file and one CONFLICT', async () => {
    const [hall, office] = await Promise.all([harness.as('hall_clerk'), harness.as('office_clerk')]);
    const input = { kind: 'customer' as const, name: '赵女士', phone: '13712345678' };
    const results = await Promise.allSettled([createRequester(hall, input), createRequester(office, input)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DuplicateRequesterError);
    const [{ count }] = (await harness.db.query<{ count: string }>(`SELECT count(*) FROM requesters WHERE phone = '13712345678'`)) as [{ count: string }];
    expect(Number(count)).toBe(1);
  });

  it('lets a file keep its own phone and unit when edited, and refuses another’s', async () => {
    const archive = await harness.as('archive_clerk');
    const first = await createRequester(archive, { kind: 'merchant', shopName: '一号店', units: ['Y1-001'], phone: '13700000001' });
    const second = await createRequester(archive, { kind: 'merchant', shopName: '二号店', units: ['Y1-002'] });
    const renamed = await updateRequester(archive, first.id, { kind: 'merchant', shopName: '一号店（新）', units: ['Y1-001'], phone: '13700000001' });
    expect(renamed.shopName).toBe('一号店（新）');
    await expect(updateRequester(archive, second.id, { kind: 'merchant', shopName: '二号店', units: ['Y1-001'] })).rejects.toMatchObject({
      code: 'REQUESTER.DUPLICATE',
      facts: { field: 'units', existingId: first.id },
    });
    // Once the first shop has left, its unit is free for the second.
    await updateRequester(archive, first.id, { kind: 'merchant', shopName: '一号店（新）', units: ['Y1-001'], status: 'left' });
    await expect(updateRequester(archive, second.id, { kind: 'merchant', shopName: '二号店', units: ['Y1-001'] })).resolves.toMatchObject({ units: ['Y1-001'] });
  });

  it('answers a clerk who may not edit with FORBIDDEN, and a missing file with NOT_FOUND', async () => {
    const floor = await harness.as('floor_clerk');
    const created = await createRequester(floor, { kind: 'customer' });
    await expect(updateRequester(floor, created.id, { kind: 'customer', name: '改名' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const archive = await harness.as('archive_clerk');
    await expect(updateRequester(archive, '00000000-0000-4000-8000-000000000000', { kind: 'customer' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
