import { randomUUID } from 'node:crypto';
import { insertMessage } from '@kefu/db/messages';
import { insertRelay } from '@kefu/db/relays';
import { findEventsByTicketIds, findTicketById, insertTicket } from '@kefu/db/tickets';
import { enginesUnderTest } from '@kefu/db/testing';
import { computeDeadlines, type Ticket } from '@kefu/domain/tickets';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logging/logger.js';
import { startEscalationSweep, type EscalationSweep } from '../src/sweeps/escalation-sweep.js';
import { startUseCaseHarness } from './use-cases/use-case-harness.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(enginesUnderTest())('the escalation sweep (%s)', (engine) => {
  let harness: Awaited<ReturnType<typeof startUseCaseHarness>>;
  const sweeps: EscalationSweep[] = [];
  // The sweep's clock is injected: the org chart holds from the seed's day, the deadlines are set from it.
  const now = new Date();
  beforeAll(async () => {
    harness = await startUseCaseHarness(engine);
  });
  afterEach(async () => {
    await Promise.all(sweeps.splice(0).map((s) => s.stop()));
  });
  afterAll(() => harness.close());

  const start = (at: Date) => {
    const sweep = startEscalationSweep(harness.db, {
      intervalMs: DAY,
      logger: silentLogger,
      pubsub: harness.pubsub,
      orgCharts: harness.orgCharts,
      now: () => at,
    });
    sweeps.push(sweep);
    return sweep;
  };

  /** A minor complaint held by `holder`, received `ago` before now: resolve-by is 2 days after intake (001 投诉接待 (5)). */
  const heldBy = async (username: string, ago: number): Promise<Ticket> => {
    const uc = await harness.as(username);
    if (uc.principal.kind !== 'staff') throw new Error('staff only');
    const [unit] = await harness.db.query<{ id: string }>(`SELECT id FROM units WHERE site_id = $1 AND code = 'floor_service'`, [uc.principal.siteId]);
    const [requester] = await harness.db.query<{ id: string }>(`SELECT id FROM requesters WHERE site_id = $1 ORDER BY id LIMIT 1`, [uc.principal.siteId]);
    const receivedAt = new Date(now.getTime() - ago);
    return insertTicket(harness.db, {
      siteId: uc.principal.siteId,
      kind: 'complaint',
      channel: 'phone',
      severity: 'minor',
      status: 'assigned',
      title: '导购态度差',
      description: '顾客投诉导购态度差。',
      location: null,
      preferredContactTime: null,
      requesterId: requester!.id,
      requesterKind: 'customer',
      unitId: unit!.id,
      assigneeId: uc.principal.staffId,
      relayedTo: null,
      subject: null,
      repairCategory: null,
      requestedBy: null,
      receivedAt,
      deadlines: computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt }),
      followUpDueAt: null,
      resolvedAt: null,
      closedAt: null,
      escalationLevel: 0,
      satisfaction: null,
      createdById: uc.principal.staffId,
      firstSeenByStaffAt: receivedAt,
      reopenCount: 0,
      reopenedAt: null,
      handedOverAt: null,
      repliedAt: null,
      version: 1,
      updatedAt: receivedAt,
    });
  };
  const staffIdOf = async (username: string) => {
    const uc = await harness.as(username);
    return uc.principal.kind === 'staff' ? uc.principal.staffId : null;
  };
  const escalations = async (ticket: Ticket) =>
    (await findEventsByTicketIds(harness.db, ticket.siteId, [ticket.id], { requesterSafeOnly: false }))[0]!.filter((e) => e.type === 'escalated');

  it('escalates a ticket past its resolve deadline once, to the acting floor supervisor, in the timeline', async () => {
    // 001 投诉接待 (5): a minor complaint is resolved within 2 days; this one was received 3 days ago.
    const ticket = await heldBy('floor_clerk', 3 * DAY);
    const sweep = start(now);
    await sweep.runOnce();
    const after = await findTicketById(harness.db, ticket.siteId, ticket.id);
    // 孙丽 acts as 卖场客服主管 in the demo: an acting holder takes the escalation.
    expect(after).toMatchObject({ assigneeId: await staffIdOf('floor_supervisor'), escalationLevel: 1, version: 2 });
    const [event, ...more] = await escalations(ticket);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ actorKind: 'system', actorId: null, visibleToRequester: false, at: now });
    expect(event!.data).toMatchObject({ automatic: true, deadlines: [{ kind: 'resolve', dueAt: ticket.deadlines.resolveBy.toISOString() }] });
    expect(harness.published).toHaveBeenCalledWith('ticketUpdated', ticket.id, { ticketId: ticket.id, siteId: ticket.siteId, version: 2 });
    // The supervisor is told, in the same transaction (消息提醒).
    const told = await harness.db.query<{ recipient_id: string; kind: string }>('SELECT recipient_id, kind FROM notifications WHERE ticket_id = $1', [ticket.id]);
    expect(told).toEqual([{ recipient_id: await staffIdOf('floor_supervisor'), kind: 'escalated' }]);

    // The next sweep finds the breach already escalated: nothing moves.
    await sweep.runOnce();
    expect(await escalations(ticket)).toHaveLength(1);
    expect((await findTicketById(harness.db, ticket.siteId, ticket.id))?.version).toBe(2);
  });

  it('leaves a ticket on time alone', async () => {
    const ticket = await heldBy('floor_clerk', HOUR);
    await start(now).runOnce();
    expect(await escalations(ticket)).toEqual([]);
  });

  it('two sweepers at the same moment escalate each breach once', async () => {
    const tickets = [await heldBy('floor_clerk', 4 * DAY), await heldBy('floor_clerk', 5 * DAY), await heldBy('floor_clerk', 6 * DAY)];
    const at = new Date(now.getTime() + 1);
    const [a, b] = await Promise.all([start(at).runOnce(), start(at).runOnce()]);
    for (const ticket of tickets) expect(await escalations(ticket)).toHaveLength(1);
    // Every ticket either sweeper escalated at that instant has one escalation, and the counts add up.
    const rows = await harness.db.query<{ ticket_id: string; n: number | string }>(
      `SELECT ticket_id, count(*) AS n FROM ticket_events WHERE type = 'escalated' AND at = $1 GROUP BY ticket_id`,
      [at],
    );
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
    expect(a.tickets + b.tickets).toBe(rows.length);
  });

  it('two sweepers tell of an overdue relay and an overdue message once each, to whom the domain says', async () => {
    const ticket = await heldBy('floor_clerk', HOUR);
    const clerkId = (await staffIdOf('floor_clerk'))!;
    const supervisorId = (await staffIdOf('floor_supervisor'))!;
    const [department] = await harness.db.query<{ id: string; member_staff_ids: string[] }>(
      `SELECT id, member_staff_ids FROM departments WHERE site_id = $1 AND active ORDER BY cardinality(member_staff_ids) DESC, code LIMIT 1`,
      [ticket.siteId],
    );
    const relay = await insertRelay(harness.db, {
      id: randomUUID(),
      siteId: ticket.siteId,
      subject: { kind: 'ticket', ticketId: ticket.id },
      departmentId: department!.id,
      ask: '请维修部处理漏水',
      dueAt: new Date(now.getTime() - HOUR),
      relayedById: clerkId,
      relayedAt: new Date(now.getTime() - DAY),
      status: 'pending',
      acceptedAt: null,
      returnedAt: null,
      returnReason: null,
      returnNote: null,
      repliedAt: null,
      reply: null,
      respondedById: null,
      byPhone: false,
      correctsRelayId: null,
    });
    // The product's default: a normal message goes up after 30 minutes unacknowledged; this one waited two hours.
    const message = await insertMessage(
      harness.db,
      ticket.siteId,
      { fromName: '3楼 耐克店', fromPhone: null, forStaffId: supervisorId, forUnitId: null, text: '请回电', urgency: 'normal' },
      { byId: clerkId, at: new Date(now.getTime() - 2 * HOUR) },
    );
    const at = new Date(now.getTime() + 2);
    const [a, b] = await Promise.all([start(at).runOnce(), start(at).runOnce()]);

    const toldOf = (column: 'relay_id' | 'message_id', id: string) =>
      harness.db.query<{ recipient_id: string; kind: string }>(`SELECT recipient_id, kind FROM notifications WHERE ${column} = $1 ORDER BY recipient_id`, [id]);
    // The clerk who relayed it, the acting floor supervisor above them, and the department's own accounts: once each.
    const relayRecipients = [...new Set([clerkId, supervisorId, ...department!.member_staff_ids])].sort();
    expect(await toldOf('relay_id', relay.id)).toEqual(relayRecipients.map((id) => ({ recipient_id: id, kind: 'relay_overdue' })));
    expect(await toldOf('message_id', message.id)).toEqual([{ recipient_id: supervisorId, kind: 'message_overdue' }]);

    // The tallies add up to what was claimed at that instant: nothing twice.
    const claimed = async (table: 'relays' | 'messages') =>
      Number((await harness.db.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${table} WHERE overdue_notified_at = $1`, [at]))[0]!.n);
    expect(a.relays + b.relays).toBe(await claimed('relays'));
    expect(a.messages + b.messages).toBe(await claimed('messages'));

    // A later sweep tells of neither again.
    await start(new Date(at.getTime() + HOUR)).runOnce();
    expect(await toldOf('relay_id', relay.id)).toHaveLength(relayRecipients.length);
    expect(await toldOf('message_id', message.id)).toHaveLength(1);
  });
});
