import { randomBytes } from 'node:crypto';
import type { Ticket } from '@kefu/domain/tickets';
import type { Queryable } from '../../engine/database.js';

/** One site with the people and units tickets point at, inserted with plain SQL. */
export type TicketFixture = {
  siteId: string;
  unitIds: [string, string];
  staffIds: [string, string, string];
  requesterIds: [string, string];
  accountId: string;
};

const one = async (q: Queryable, sql: string, params: unknown[]): Promise<string> => {
  const [row] = await q.query<{ id: string }>(`${sql} RETURNING id`, params);
  if (!row) throw new Error(`fixture insert returned nothing: ${sql}`);
  return row.id;
};

export async function createTicketFixture(q: Queryable): Promise<TicketFixture> {
  const tag = randomBytes(4).toString('hex');
  const siteId = await one(q, `INSERT INTO sites (code, name) VALUES ($1, $2::jsonb)`, [
    `site-${tag}`,
    { zh: '测试广场', en: 'Test Plaza' },
  ]);
  const unit = (code: string) =>
    one(q, `INSERT INTO units (site_id, code, name) VALUES ($1, $2, $3::jsonb)`, [siteId, code, { zh: code, en: code }]);
  const staff = (no: string) =>
    one(q, `INSERT INTO staff (site_id, name, employee_no) VALUES ($1, $2, $3)`, [siteId, `staff ${no}`, no]);
  const requester = (name: string) =>
    one(q, `INSERT INTO requesters (site_id, kind, name) VALUES ($1, 'merchant', $2)`, [siteId, name]);
  const unitIds: [string, string] = [await unit('service-desk'), await unit('complaints')];
  const staffIds: [string, string, string] = [await staff('S1'), await staff('S2'), await staff('S3')];
  const requesterIds: [string, string] = [await requester('茶饮店'), await requester('书店')];
  const accountId = await one(
    q,
    `INSERT INTO accounts (site_id, username, password_hash, requester_id) VALUES ($1, $2, 'x', $3)`,
    [siteId, `merchant-${tag}`, requesterIds[0]],
  );
  return { siteId, unitIds, staffIds, requesterIds, accountId };
}

const HOUR = 3_600_000;

/** A received complaint due within the day; override what a test is about. */
export function newTicket(fixture: TicketFixture, overrides: Partial<Omit<Ticket, 'id' | 'number'>> = {}): Omit<Ticket, 'id' | 'number'> {
  const receivedAt = overrides.receivedAt ?? new Date('2026-03-02T02:00:00.000Z');
  return {
    siteId: fixture.siteId,
    kind: 'complaint',
    channel: 'phone',
    severity: 'minor',
    status: 'received',
    title: '空调不制冷',
    description: '店铺空调从上午开始不制冷',
    location: 'L2-015',
    preferredContactTime: '工作日 14:00 以后',
    requesterId: fixture.requesterIds[0],
    requesterKind: 'merchant',
    unitId: fixture.unitIds[0],
    assigneeId: null,
    relayedTo: null,
    subject: null,
    repairCategory: null,
    requestedBy: null,
    receivedAt,
    deadlines: { handoverBy: null, replyBy: null, resolveBy: new Date(receivedAt.getTime() + 8 * HOUR) },
    followUpDueAt: null,
    handedOverAt: null,
    repliedAt: null,
    resolvedAt: null,
    closedAt: null,
    escalationLevel: 0,
    satisfaction: null,
    createdById: null,
    firstSeenByStaffAt: null,
    reopenCount: 0,
    reopenedAt: null,
    version: 1,
    updatedAt: receivedAt,
    ...overrides,
  };
}
