import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { decide, matches, visibility, type Action } from '../permissions/index.js';
import type { Principal } from '../shared/principal.js';
import { ValidationError } from '../shared/validation.js';
import { changeSubject, checkComplaintSubject, complaintTalliesBySubject, type ComplaintSubject } from './complaint-subject.js';
import { computeDeadlines } from './sla.js';
import type { TicketResource } from './ticket-resource.js';
import type { Ticket, TicketStatus } from './ticket.js';

// `001_…` 投诉接待 (1): "详细记录投诉事件的发生时间、地点、被投诉人及被投诉部门".
const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const aboutDriver: ComplaintSubject = { kind: 'staff', staffId: STAFF.cartDriver!.id };

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.field}:${i.rule}`);
    throw error;
  }
  return [];
};

describe('checkComplaintSubject: who a complaint is about', () => {
  it('takes a member of staff, a position, a unit or another department of the site', () => {
    expect(checkComplaintSubject({ kind: 'staff', staffId: STAFF.cartDriver!.id }, 'complaint', chart)).toEqual(aboutDriver);
    expect(checkComplaintSubject({ kind: 'position', positionId: 'pos-floor_clerk' }, 'complaint', chart)).toEqual({ kind: 'position', positionId: 'pos-floor_clerk' });
    expect(checkComplaintSubject({ kind: 'unit', unitCode: 'shuttle_team' }, 'complaint', chart)).toEqual({ kind: 'unit', unitCode: 'shuttle_team' });
    expect(checkComplaintSubject({ kind: 'department', department: 'logistics' }, 'complaint', chart)).toEqual({ kind: 'department', department: 'logistics' });
    expect(checkComplaintSubject(null, 'complaint', chart)).toBeNull();
  });

  it('names the missing or foreign reference as a field error', () => {
    expect(issuesOf(() => checkComplaintSubject({ kind: 'staff' }, 'complaint', chart))).toEqual(['subject.staffId:required']);
    expect(issuesOf(() => checkComplaintSubject({ kind: 'staff', staffId: 'someone-elsewhere' }, 'complaint', chart))).toEqual(['subject.staffId:invalid_choice']);
    expect(issuesOf(() => checkComplaintSubject({ kind: 'position', positionId: 'pos-other-site' }, 'complaint', chart))).toEqual(['subject.positionId:invalid_choice']);
    expect(issuesOf(() => checkComplaintSubject({ kind: 'unit', unitCode: 'canteen' }, 'complaint', chart))).toEqual(['subject.unitCode:invalid_choice']);
    expect(issuesOf(() => checkComplaintSubject({ kind: 'department', department: 'canteen' }, 'complaint', chart))).toEqual(['subject.department:invalid_choice']);
    expect(issuesOf(() => checkComplaintSubject({ kind: 'nobody' }, 'complaint', chart))).toEqual(['subject.kind:invalid_choice']);
  });

  it('is for complaints only: the seed records 被投诉人 for 投诉', () => {
    expect(issuesOf(() => checkComplaintSubject({ kind: 'staff', staffId: STAFF.cartDriver!.id }, 'repair', chart))).toEqual(['subject.kind:invalid_choice']);
  });
});

const resource = (over: Partial<TicketResource>): TicketResource => ({
  type: 'ticket',
  siteId: SITE_ID,
  unitId: 'unit-merchant_service',
  assigneeId: null,
  requesterId: 'req-1',
  createdById: null,
  kind: 'complaint',
  requesterKind: 'customer',
  subject: null,
  ...over,
});
const sees = (who: keyof typeof STAFF, ticket: TicketResource, action: Action = 'ticket.view') => {
  const allowed = decide(staff(who), action, ticket, chart, NOW).allowed;
  // The queue's storage filter agrees with the single check.
  expect(matches(visibility(staff(who), action, chart, NOW), ticket)).toBe(allowed);
  return allowed;
};

describe("a complaint's subject: the subject's supervisors see it", () => {
  // `000_…` 投诉监管: a supervisor receives the complaints about the staff below them and may take the case over.
  it('a complaint about a cart guide reaches the cart captain and the merchant-service supervisor, not the guide', () => {
    const ticket = resource({ subject: aboutDriver });
    expect(sees('cartCaptain', ticket)).toBe(true);
    expect(decide(staff('cartCaptain'), 'ticket.view', ticket, chart, NOW).reason).toBe('subordinate_scope');
    expect(sees('cartCaptain', ticket, 'ticket.assign')).toBe(true);
    expect(sees('cartDriver', ticket)).toBe(false);
    expect(sees('floorSupervisor', ticket)).toBe(false);
  });

  it('a complaint about a position or a unit reaches the supervisors above it, not its holders', () => {
    const aboutFloorClerks = resource({ subject: { kind: 'position', positionId: 'pos-floor_clerk' } });
    expect(sees('floorSupervisor', aboutFloorClerks)).toBe(true);
    expect(sees('floorClerk', aboutFloorClerks)).toBe(false);
    const aboutCartTeam = resource({ subject: { kind: 'unit', unitCode: 'shuttle_team' } });
    expect(sees('cartCaptain', aboutCartTeam)).toBe(true);
    expect(sees('floorSupervisor', aboutCartTeam)).toBe(false);
    expect(sees('cartDriver', aboutCartTeam)).toBe(false);
  });

  it('a complaint about another department stays with its queue and the director', () => {
    const aboutLogistics = resource({ unitId: 'unit-floor_service', subject: { kind: 'department', department: 'logistics' } });
    expect(sees('director', aboutLogistics)).toBe(true);
    expect(sees('cartCaptain', aboutLogistics)).toBe(false);
  });
});

const ticketWith = (status: TicketStatus, subject: ComplaintSubject | null, kind: Ticket['kind'] = 'complaint') => ({ kind, status, subject });

describe('complaintTalliesBySubject: 有效投诉 per subject (个人有效投诉次数, 所属下级有效投诉率)', () => {
  it('counts valid, invalid and open complaints per subject, most valid first', () => {
    const aboutUnit: ComplaintSubject = { kind: 'unit', unitCode: 'floor_service' };
    const tallies = complaintTalliesBySubject([
      ticketWith('closed', aboutDriver),
      ticketWith('followed_up', aboutDriver),
      ticketWith('invalid', aboutDriver),
      ticketWith('assigned', aboutDriver),
      ticketWith('resolved', aboutUnit),
      ticketWith('closed', null),
      ticketWith('closed', aboutUnit, 'repair'),
    ]);
    expect(tallies).toEqual([
      { subject: aboutDriver, valid: 2, invalid: 1, open: 1 },
      { subject: aboutUnit, valid: 1, invalid: 0, open: 0 },
    ]);
  });
});

describe('changeSubject', () => {
  const receivedAt = new Date(NOW.getTime() - 3_600_000);
  const ticket: Ticket = {
    id: 't-1',
    siteId: SITE_ID,
    number: 1,
    kind: 'complaint',
    channel: 'walk_in',
    severity: 'minor',
    status: 'assigned',
    title: '导购员态度差',
    description: '顾客投诉导购车导购员态度差。',
    location: null,
    preferredContactTime: null,
    requesterId: 'req-1',
    requesterKind: 'customer',
    unitId: 'unit-floor_service',
    assigneeId: STAFF.floorClerk!.id,
    relayedTo: null,
    subject: null,
    reopenCount: 0,
    reopenedAt: null,
    repairCategory: null,
    requestedBy: null,
    receivedAt,
    deadlines: computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt }),
    followUpDueAt: null,
    handedOverAt: null,
    repliedAt: null,
    resolvedAt: null,
    closedAt: null,
    escalationLevel: 0,
    satisfaction: null,
    createdById: STAFF.floorClerk!.id,
    firstSeenByStaffAt: receivedAt,
    version: 3,
    updatedAt: receivedAt,
  };

  it('records the subject with a new version and a staff-only event naming before and after', () => {
    const changed = changeSubject(ticket, aboutDriver, { now: NOW, staffId: STAFF.floorClerk!.id });
    expect(changed?.ticket).toMatchObject({ subject: aboutDriver, version: 4, updatedAt: NOW, status: 'assigned' });
    expect(changed?.event).toMatchObject({
      type: 'subject_changed',
      visibleToRequester: false,
      actorId: STAFF.floorClerk!.id,
      data: { internal: { subjectFrom: null, subjectTo: aboutDriver } },
    });
  });

  it('changes nothing when the subject is the same', () => {
    expect(changeSubject({ ...ticket, subject: aboutDriver }, { ...aboutDriver }, { now: NOW, staffId: 's' })).toBeNull();
    expect(changeSubject(ticket, null, { now: NOW, staffId: 's' })).toBeNull();
  });
});
