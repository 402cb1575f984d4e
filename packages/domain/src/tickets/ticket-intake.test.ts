import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { computeDeadlines } from './sla.js';
import { openTicket, portalIntakeUnit, type IntakeContext, type NewTicketInput } from './ticket-intake.js';

const now = new Date('2026-12-31T15:30:00Z'); // 23:30 on New Year's Eve in Shanghai
const staff: IntakeContext = { now, siteId: 'site-1', actor: { kind: 'staff', id: 'clerk-1' } };
const portal: IntakeContext = { now, siteId: 'site-1', actor: { kind: 'requester', id: 'm-1' } };

const input = (patch: Partial<NewTicketInput> = {}): NewTicketInput => ({
  kind: 'complaint',
  channel: 'phone',
  severity: 'major',
  title: '  Water on the floor  ',
  description: 'A pipe burst in corridor B.',
  location: ' B-12 ',
  requesterId: 'm-1',
  requesterKind: 'merchant',
  ...patch,
});

const issuesOf = (fn: () => unknown): { field: string; rule: string }[] => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map(({ field, rule }) => ({ field, rule }));
  }
  throw new Error('expected ValidationError');
};

describe('openTicket', () => {
  it('registers a received ticket at version 1 with its deadlines and a created event', () => {
    const { ticket, event } = openTicket(input(), staff);
    expect(ticket).toMatchObject({
      siteId: 'site-1',
      kind: 'complaint',
      severity: 'major',
      status: 'received',
      title: 'Water on the floor',
      location: 'B-12',
      unitId: null,
      assigneeId: null,
      receivedAt: now,
      updatedAt: now,
      version: 1,
      escalationLevel: 0,
      createdById: 'clerk-1',
      firstSeenByStaffAt: now,
      reopenCount: 0,
      reopenedAt: null,
    });
    expect(ticket.deadlines).toEqual(computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt: now }));
    // Received at 23:30 local: the director must have it before local midnight.
    expect(ticket.deadlines.handoverBy).toEqual(new Date('2026-12-31T15:59:59.999Z'));
    expect(event).toEqual({
      siteId: 'site-1',
      at: now,
      actorKind: 'staff',
      actorId: 'clerk-1',
      type: 'created',
      fromStatus: null,
      toStatus: 'received',
      data: { kind: 'complaint', channel: 'phone', internal: { severity: 'major' } },
      visibleToRequester: true,
    });
  });

  it('uses the mall zone given', () => {
    const { ticket } = openTicket(input(), { ...staff, timeZone: 'UTC' });
    expect(ticket.deadlines.handoverBy).toEqual(new Date('2026-12-31T23:59:59.999Z'));
  });

  it("honours a minor ticket's requested deadline", () => {
    const requestedBy = new Date(now.getTime() + 5 * 86_400_000);
    const { ticket } = openTicket(input({ severity: 'minor', requestedBy }), staff);
    expect(ticket.deadlines.resolveBy).toEqual(requestedBy);
    expect(ticket.requestedBy).toEqual(requestedBy);
  });

  it('ignores the severity a requester sends: complaints are important, the rest minor', () => {
    const complaint = openTicket(input({ channel: 'portal', severity: 'major' }), portal);
    expect(complaint.ticket).toMatchObject({ severity: 'important', createdById: null });
    expect(complaint.event).toMatchObject({ actorKind: 'requester', actorId: 'm-1' });
    const repair = openTicket(input({ kind: 'repair', channel: 'portal', severity: undefined, repairCategory: 'leak' }), portal);
    expect(repair.ticket).toMatchObject({ severity: 'minor', repairCategory: 'leak' });
  });

  it('requires staff to triage severity', () => {
    expect(issuesOf(() => openTicket(input({ severity: undefined }), staff))).toEqual([{ field: 'severity', rule: 'required' }]);
  });

  it('lists every problem at once, with its field', () => {
    const bad = {
      kind: 'gossip',
      channel: 'fax',
      severity: 'huge',
      title: ' ',
      description: 'x'.repeat(4001),
      location: 'y'.repeat(121),
      requesterId: '',
      requesterKind: 'alien',
      requestedBy: new Date(now.getTime() - 1),
      repairCategory: 'roof',
    } as unknown as NewTicketInput;
    expect(issuesOf(() => openTicket(bad, staff))).toEqual([
      { field: 'kind', rule: 'invalid_choice' },
      { field: 'channel', rule: 'invalid_choice' },
      { field: 'severity', rule: 'invalid_choice' },
      { field: 'title', rule: 'required' },
      { field: 'description', rule: 'too_long' },
      { field: 'location', rule: 'too_long' },
      { field: 'requesterId', rule: 'required' },
      { field: 'requesterKind', rule: 'invalid_choice' },
      { field: 'repairCategory', rule: 'invalid_choice' },
      { field: 'requestedBy', rule: 'out_of_range' },
    ]);
  });

  it('keeps the preferred contact time, trimmed, up to 60 characters', () => {
    expect(openTicket(input({ preferredContactTime: ' 工作日 14:00 以后 ' }), staff).ticket.preferredContactTime).toBe(
      '工作日 14:00 以后',
    );
    expect(openTicket(input({ preferredContactTime: '  ' }), staff).ticket.preferredContactTime).toBeNull();
    expect(issuesOf(() => openTicket(input({ preferredContactTime: '时'.repeat(61) }), staff))).toEqual([
      { field: 'preferredContactTime', rule: 'too_long' },
    ]);
  });

  it('routes portal requests to the merchant service centre, whose clerks take them in', () => {
    const units = [
      { id: 'u-dept', code: 'department' as const },
      { id: 'u-floor', code: 'floor_service' as const },
      { id: 'u-merchant', code: 'merchant_service' as const },
    ];
    expect(portalIntakeUnit(units)).toBe('u-merchant');
    expect(portalIntakeUnit(units.slice(0, 2))).toBeNull();
  });

  it('accepts the limits exactly', () => {
    expect(() => openTicket(input({ title: 't'.repeat(120), description: 'd'.repeat(4000), location: 'l'.repeat(120) }), staff)).not.toThrow();
    expect(issuesOf(() => openTicket(input({ title: 't'.repeat(121) }), staff))).toEqual([{ field: 'title', rule: 'too_long' }]);
  });

  it('checks the repair category of a repair against the list', () => {
    const bad = input({ kind: 'repair', repairCategory: 'roof' as never });
    expect(issuesOf(() => openTicket(bad, staff))).toEqual([{ field: 'repairCategory', rule: 'invalid_choice' }]);
  });

  it('refuses a repair category on other kinds, an invalid date, and a requester outside the portal', () => {
    expect(issuesOf(() => openTicket(input({ repairCategory: 'safety' }), staff))).toEqual([{ field: 'repairCategory', rule: 'invalid_choice' }]);
    expect(issuesOf(() => openTicket(input({ requestedBy: new Date(Number.NaN) }), staff))).toEqual([{ field: 'requestedBy', rule: 'invalid_date' }]);
    expect(issuesOf(() => openTicket(input({ channel: 'walk_in' }), portal))).toEqual([{ field: 'channel', rule: 'invalid_choice' }]);
  });
});
