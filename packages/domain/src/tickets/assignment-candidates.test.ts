import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { can } from '../permissions/index.js';
import { assignmentCandidates } from './assignment-candidates.js';
import { ticketResource } from './ticket-resource.js';

const chart = staffedChart();
const everyone = new Set(Object.values(STAFF).map((s) => s.id));
const floorTicket = { siteId: SITE_ID, unitId: 'unit-floor_service', assigneeId: null, requesterId: 'r', createdById: null, kind: 'complaint' as const, requesterKind: 'customer' as const, subject: null };
const mayWork = (staffId: string) => can({ kind: 'staff', siteId: SITE_ID, staffId }, 'ticket.start', ticketResource(floorTicket), chart, NOW);

describe('assignmentCandidates: who the dispatch picker offers', () => {
  it('offers active staff who may work the ticket, its unit first, then the least loaded', () => {
    const load = new Map([[STAFF.floorClerk!.id, 3]]);
    const list = assignmentCandidates(floorTicket, { chart, at: NOW, activeStaffIds: everyone, openTickets: load, mayWork });
    const ids = list.map((c) => c.staffId);
    // The floor centre's people first: the supervisor with nothing open before the clerk with three.
    expect(ids.slice(0, 2)).toEqual([STAFF.floorSupervisor!.id, STAFF.floorClerk!.id]);
    expect(list[1]).toMatchObject({ inTicketUnit: true, openTickets: 3, position: { code: 'floor_clerk' } });
    // Above the floor centre, the deputy and the director may work it too; nobody from the other centre or the cart team.
    expect(ids.slice(2).sort()).toEqual([STAFF.deputy!.id, STAFF.director!.id].sort());
    expect(list.slice(2).every((c) => !c.inTicketUnit)).toBe(true);
  });

  it('for a ticket in no queue, puts first the unit of whoever holds it, else of whoever registered it', () => {
    const unqueued = { unitId: null, assigneeId: STAFF.floorSupervisor!.id, createdById: STAFF.hallClerk!.id };
    const list = assignmentCandidates(unqueued, { chart, at: NOW, activeStaffIds: everyone, openTickets: new Map(), mayWork: () => true });
    expect(list.filter((c) => c.inTicketUnit).map((c) => c.staffId)).toEqual([STAFF.floorClerk!.id]);
    const registeredOnly = assignmentCandidates({ ...unqueued, assigneeId: null }, { chart, at: NOW, activeStaffIds: everyone, openTickets: new Map(), mayWork: () => true });
    expect(registeredOnly[0]).toMatchObject({ inTicketUnit: true, position: { code: 'merchant_supervisor' } });
  });

  it('leaves out the current assignee and anyone no longer active', () => {
    const active = new Set([...everyone].filter((id) => id !== STAFF.floorSupervisor!.id));
    const list = assignmentCandidates({ ...floorTicket, assigneeId: STAFF.floorClerk!.id }, { chart, at: NOW, activeStaffIds: active, openTickets: new Map(), mayWork });
    expect(list.map((c) => c.staffId)).not.toContain(STAFF.floorClerk!.id);
    expect(list.map((c) => c.staffId)).not.toContain(STAFF.floorSupervisor!.id);
  });
});
