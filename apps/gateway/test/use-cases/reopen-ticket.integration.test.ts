import { insertTicket } from '@kefu/db/tickets';
import { enginesUnderTest } from '@kefu/db/testing';
import { computeDeadlines } from '@kefu/domain/tickets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transitionTicket } from '../../src/use-cases/tickets/transition-ticket.js';
import { startUseCaseHarness } from './use-case-harness.js';

const DAY = 24 * 3_600_000;

describe.each(enginesUnderTest())('a manual reopen (%s)', (engine) => {
  let harness: Awaited<ReturnType<typeof startUseCaseHarness>>;
  beforeAll(async () => {
    harness = await startUseCaseHarness(engine);
  });
  afterAll(() => harness.close());

  const staffIdOf = async (username: string) => {
    const uc = await harness.as(username);
    if (uc.principal.kind !== 'staff') throw new Error('staff only');
    return uc.principal;
  };

  it('tells the handler’s supervisor, as a low rating does, in the transaction that reopens it', async () => {
    const clerk = await staffIdOf('floor_clerk');
    const supervisor = await staffIdOf('floor_supervisor');
    const [unit] = await harness.db.query<{ id: string }>(`SELECT id FROM units WHERE site_id = $1 AND code = 'floor_service'`, [clerk.siteId]);
    const [requester] = await harness.db.query<{ id: string }>(`SELECT id FROM requesters WHERE site_id = $1 ORDER BY id LIMIT 1`, [clerk.siteId]);
    const receivedAt = new Date(Date.now() - 2 * DAY);
    const ticket = await insertTicket(harness.db, {
      siteId: clerk.siteId,
      kind: 'complaint',
      channel: 'phone',
      severity: 'minor',
      status: 'resolved',
      title: '导购态度差',
      description: '顾客投诉导购态度差。',
      location: null,
      preferredContactTime: null,
      requesterId: requester!.id,
      requesterKind: 'customer',
      unitId: unit!.id,
      assigneeId: clerk.staffId,
      relayedTo: null,
      subject: null,
      repairCategory: null,
      requestedBy: null,
      receivedAt,
      deadlines: computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt }),
      followUpDueAt: null,
      resolvedAt: new Date(receivedAt.getTime() + DAY),
      closedAt: null,
      escalationLevel: 0,
      satisfaction: null,
      createdById: clerk.staffId,
      firstSeenByStaffAt: receivedAt,
      reopenCount: 0,
      reopenedAt: null,
      handedOverAt: null,
      repliedAt: null,
      version: 1,
      updatedAt: receivedAt,
    });

    const reopened = await transitionTicket(await harness.as('director'), { ticketId: ticket.id, expectedVersion: 1 }, { type: 'reopen', reason: '顾客来电说问题仍未解决' });
    expect(reopened).toMatchObject({ status: 'assigned', reopenCount: 1 });
    const told = await harness.db.query<{ recipient_id: string; kind: string }>('SELECT recipient_id, kind FROM notifications WHERE ticket_id = $1', [ticket.id]);
    expect(told).toEqual([{ recipient_id: supervisor.staffId, kind: 'reopened' }]);
    expect(harness.published).toHaveBeenCalledWith('notificationAdded', supervisor.staffId, expect.objectContaining({ siteId: clerk.siteId }));
  });
});
