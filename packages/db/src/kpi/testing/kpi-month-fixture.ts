import type { Queryable } from '../../engine/database.js';

const one = async (q: Queryable, sql: string, params: unknown[]): Promise<string> => (await q.query<{ id: string }>(`${sql} RETURNING id`, params))[0]!.id;
const text = (zh: string) => JSON.stringify({ zh, en: zh });

/**
 * A seeded month (March 2026, Asia/Shanghai) in plain SQL: a floor supervisor over a floor
 * clerk, a hall clerk post, three people, tickets decided in and around the month, reception
 * contacts and relays. The figures it should give are worked out by hand in the tests.
 */
export async function seedKpiMonth(q: Queryable, code: string) {
  const siteId = await one(q, `INSERT INTO sites (code, name, time_zone) VALUES ($1, $2::jsonb, 'Asia/Shanghai')`, [code, { zh: '绩效广场', en: 'KPI Plaza' }]);
  const unit = await one(q, `INSERT INTO units (site_id, code, name) VALUES ($1, 'floor_service', $2::jsonb)`, [siteId, text('卖场客户服务中心')]);
  const position = (posCode: string) =>
    one(q, `INSERT INTO positions (site_id, code, title, unit_id, headcount, purpose, qualifications) VALUES ($1, $2, $3::jsonb, $4, 2, $3::jsonb, $5::jsonb)`, [
      siteId,
      posCode,
      text(posCode),
      unit,
      JSON.stringify({ education: { zh: '', en: '' }, experience: { zh: '', en: '' }, knowledge: [], skills: [] }),
    ]);
  const supervisorPos = await position('floor_supervisor');
  const clerkPos = await position('floor_clerk');
  const hallPos = await position('hall_clerk');
  await q.query(`INSERT INTO reporting_lines (site_id, position_id, reports_to_id) VALUES ($1, $2, $3)`, [siteId, clerkPos, supervisorPos]);
  const staff = (no: string) => one(q, `INSERT INTO staff (site_id, name, employee_no) VALUES ($1, $2, $3)`, [siteId, `员工 ${no}`, no]);
  const supervisor = await staff('K1');
  const clerkA = await staff('K2');
  const clerkB = await staff('K3');
  const assign = (staffId: string, positionId: string, startsOn: string, endsOn: string | null, acting: boolean) =>
    q.query(`INSERT INTO assignments (site_id, staff_id, position_id, starts_on, ends_on, acting) VALUES ($1, $2, $3, $4::date, $5::date, $6)`, [
      siteId,
      staffId,
      positionId,
      startsOn,
      endsOn,
      acting,
    ]);
  await assign(supervisor, supervisorPos, '2025-01-01', null, false);
  await assign(clerkA, clerkPos, '2025-01-01', null, false);
  // Clerk A acts as hall clerk from 10 to 16 March (ends_on exclusive).
  await assign(clerkA, hallPos, '2026-03-10', '2026-03-17', true);
  await assign(clerkB, clerkPos, '2025-06-01', null, false);
  const requester = await one(q, `INSERT INTO requesters (site_id, kind, name) VALUES ($1, 'customer', '顾客')`, [siteId]);

  let number = 0;
  const ticket = async (t: { kind: string; status: string; requesterKind: string; assignee: string | null; resolvedAt?: string; closedAt?: string; satisfaction?: number }) => {
    number += 1;
    return one(
      q,
      `INSERT INTO tickets (site_id, number, kind, channel, severity, status, title, description, location, requester_id, requester_kind, assignee_id,
                            received_at, resolve_by, resolved_at, closed_at, satisfaction)
       VALUES ($1, $2, $3, 'walk_in', 'minor', $4, $5, '—', 'A-101', $6, $7, $8, '2026-02-20T02:00:00Z', '2026-03-25T02:00:00Z', $9, $10, $11)`,
      [siteId, number, t.kind, t.status, `工单 ${number}`, requester, t.requesterKind, t.assignee, t.resolvedAt ?? null, t.closedAt ?? null, t.satisfaction ?? null],
    );
  };
  const tickets = {
    // 1: clerk A's valid complaint, rated 4 by a customer.
    t1: await ticket({ kind: 'complaint', status: 'resolved', requesterKind: 'customer', assignee: clerkA, resolvedAt: '2026-03-05T02:00:00Z', satisfaction: 4 }),
    // 2: clerk A's valid complaint decided while acting as hall clerk (12 March).
    t2: await ticket({ kind: 'complaint', status: 'closed', requesterKind: 'customer', assignee: clerkA, resolvedAt: '2026-03-12T02:00:00Z', closedAt: '2026-03-13T02:00:00Z' }),
    // 3: judged 无效 by the supervisor, nobody holding it.
    t3: await ticket({ kind: 'complaint', status: 'invalid', requesterKind: 'customer', assignee: null, closedAt: '2026-03-08T02:00:00Z' }),
    // 4: clerk B's repair, rated 5 by a merchant.
    t4: await ticket({ kind: 'repair', status: 'followed_up', requesterKind: 'merchant', assignee: clerkB, resolvedAt: '2026-03-20T02:00:00Z', satisfaction: 5 }),
    // 5: clerk B's complaint at 23:30 on 31 March, site time: still March.
    t5: await ticket({ kind: 'complaint', status: 'resolved', requesterKind: 'customer', assignee: clerkB, resolvedAt: '2026-03-31T15:30:00Z' }),
    // 6: 23:30 on 28 February, site time: not March.
    t6: await ticket({ kind: 'complaint', status: 'resolved', requesterKind: 'customer', assignee: clerkB, resolvedAt: '2026-02-28T15:30:00Z' }),
    // 7: reopened, so undecided.
    t7: await ticket({ kind: 'complaint', status: 'assigned', requesterKind: 'customer', assignee: clerkB }),
  };
  await q.query(`INSERT INTO ticket_events (site_id, ticket_id, at, actor_kind, actor_id, type, from_status, to_status) VALUES ($1, $2, '2026-03-08T02:00:00Z', 'staff', $3, 'marked_invalid', 'received', 'invalid')`, [
    siteId,
    tickets.t3,
    supervisor,
  ]);

  const contact = (arrivedAt: string, receivedAt: string | null, by: string | null) =>
    q.query(
      `INSERT INTO reception_entries (site_id, channel, category, summary, arrived_at, received_at, received_by_id, registered_by_id) VALUES ($1, 'walk_in', 'consultation', '咨询', $2, $3, $4, $5)`,
      [siteId, arrivedAt, receivedAt, by, clerkA],
    );
  await contact('2026-03-03T02:00:00Z', '2026-03-03T02:02:00Z', clerkA); // on time
  await contact('2026-03-04T02:00:00Z', '2026-03-04T02:05:00Z', clerkA); // late
  await contact('2026-03-06T02:00:00Z', null, null); // never received

  const department = await one(q, `INSERT INTO departments (site_id, code, name_zh, name_en) VALUES ($1, 'engineering', '工程部', 'Engineering')`, [siteId]);
  const relay = async (status: string, returnReason: string | null, corrects: string | null) => {
    const id = crypto.randomUUID();
    await q.query(
      `INSERT INTO relays (id, site_id, ticket_id, department_id, ask, due_at, relayed_by_id, relayed_at, status, return_reason, corrects_relay_id)
       VALUES ($1, $2, $3, $4, '请处理', '2026-03-18T02:00:00Z', $5, '2026-03-16T02:00:00Z', $6, $7, $8)`,
      [id, siteId, tickets.t4, department, clerkB, status, returnReason, corrects],
    );
    return id;
  };
  await relay('replied', null, null);
  const misrouted = await relay('returned', 'not_ours', null);
  await relay('pending', null, misrouted);

  return { siteId, positions: { supervisorPos, clerkPos, hallPos }, staff: { supervisor, clerkA, clerkB }, tickets };
}
