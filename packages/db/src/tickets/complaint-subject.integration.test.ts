import type { ComplaintSubject, Ticket, TicketVisibility } from '@kefu/domain/tickets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { createTicketFixture, newTicket, type TicketFixture } from './testing/ticket-fixtures.js';
import { listTickets } from './ticket-queue.query.js';
import { findTicketById, insertTicket, updateTicket } from './ticket.repository.js';

// `001_…` 投诉接待 (1): a complaint records 被投诉人及被投诉部门; storage keeps it in the subject_* columns.
describe.each(enginesUnderTest())('complaint subjects in storage (%s)', (engine) => {
  let db: TestDatabase;
  let f: TicketFixture;
  let positionId: string;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    f = await createTicketFixture(db);
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO positions (site_id, code, title, unit_id, headcount, purpose, qualifications)
       VALUES ($1, 'cart_driver', '{"zh":"导购","en":"Guide"}'::jsonb, $2, 1, '{"zh":"","en":""}'::jsonb, '{}'::jsonb) RETURNING id`,
      [f.siteId, f.unitIds[1]],
    );
    positionId = row!.id;
  });
  afterAll(() => db.drop());

  const insert = (subject: ComplaintSubject | null, over: Partial<Ticket> = {}) => db.transaction((tx) => insertTicket(tx, newTicket(f, { subject, ...over })));

  it('reads back every kind of subject as written, and none as null', async () => {
    const subjects: (ComplaintSubject | null)[] = [
      { kind: 'staff', staffId: f.staffIds[2] },
      { kind: 'position', positionId },
      { kind: 'unit', unitCode: 'shuttle_team' },
      { kind: 'department', department: 'logistics' },
      null,
    ];
    for (const subject of subjects) {
      const stored = await insert(subject);
      expect(stored.subject).toEqual(subject);
      expect((await findTicketById(db, f.siteId, stored.id))?.subject).toEqual(subject);
    }
  });

  it('changes the subject with the ticket’s version, and the columns keep one reference', async () => {
    const stored = await insert({ kind: 'staff', staffId: f.staffIds[2] });
    const moved = await db.transaction((tx) => updateTicket(tx, { ...stored, subject: { kind: 'unit', unitCode: 'floor_service' }, version: 2 }, 1));
    expect(moved.subject).toEqual({ kind: 'unit', unitCode: 'floor_service' });
    const [row] = await db.query<Record<string, unknown>>('SELECT subject_kind, subject_staff_id, subject_unit_code FROM tickets WHERE id = $1', [stored.id]);
    expect(row).toEqual({ subject_kind: 'unit', subject_staff_id: null, subject_unit_code: 'floor_service' });
    await expect(db.query(`UPDATE tickets SET subject_kind = 'staff' WHERE id = $1`, [stored.id])).rejects.toThrow();
  });

  it('the queue finds a complaint about someone below the viewer, in another unit’s queue', async () => {
    const about = await insert({ kind: 'staff', staffId: f.staffIds[1] }, { unitId: f.unitIds[1] });
    const aboutPosition = await insert({ kind: 'position', positionId }, { unitId: f.unitIds[1] });
    const aboutUnit = await insert({ kind: 'unit', unitCode: 'shuttle_team' }, { unitId: f.unitIds[1] });
    const elsewhere = await insert(null, { unitId: f.unitIds[1] });
    const supervisor: TicketVisibility = {
      kind: 'scoped',
      unitIds: [f.unitIds[0]],
      staffIds: [f.staffIds[0]],
      about: { staffIds: [f.staffIds[1]], positionIds: [positionId], unitCodes: ['shuttle_team'] },
    };
    const page = await listTickets(db, { siteId: f.siteId, visibility: supervisor, filter: { now: new Date() }, order: 'newest', first: 100 });
    const ids = new Set(page.rows.map((t) => t.id));
    expect(ids.has(about.id) && ids.has(aboutPosition.id) && ids.has(aboutUnit.id)).toBe(true);
    expect(ids.has(elsewhere.id)).toBe(false);
  });
});
