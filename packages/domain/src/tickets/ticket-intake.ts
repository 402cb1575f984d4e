import type { Unit } from '../org/position.js';
import { REQUESTER_KINDS, type RequesterKind } from '../shared/principal.js';
import { InputChecker } from '../shared/validation.js';
import { computeDeadlines, MALL_TIME_ZONE } from './sla.js';
import type { ComplaintSubject } from './complaint-subject.js';
import type { NewTicketEvent, TicketActor } from './ticket-state-machine.js';
import type { Channel, RepairCategory, Severity, Ticket, TicketKind } from './ticket.js';
import { CHANNELS, REPAIR_CATEGORIES, SEVERITIES, TICKET_KINDS } from './ticket.js';

export type NewTicketInput = {
  kind: TicketKind;
  channel: Channel;
  /** Staff triage at intake; ignored when a requester submits (see `portalSeverity`). */
  severity?: Severity;
  title: string;
  description: string;
  location?: string | null;
  preferredContactTime?: string | null;
  requesterId: string;
  requesterKind: RequesterKind;
  unitId?: string | null;
  requestedBy?: Date | null;
  repairCategory?: RepairCategory | null;
  /** Who a complaint is about, already checked against the chart (checkComplaintSubject). */
  subject?: ComplaintSubject | null;
};

import type { TicketPolicies } from './sla.js';

export type IntakeContext = { now: Date; siteId: string; actor: TicketActor; timeZone?: string; policies?: TicketPolicies | null };

export type NewTicket = Omit<Ticket, 'id' | 'number'>;

export const INTAKE_LIMITS = { title: 120, description: 4000, location: 120, preferredContactTime: 60, id: 100 } as const;

/**
 * A requester does not rate their own ticket's severity. A complaint from the portal is taken as
 * important (涉及管理、服务工作失误), so a supervisor sees it within the hour and re-triages when
 * assigning; anything else starts as minor.
 */
export const portalSeverity = (kind: TicketKind): Severity => (kind === 'complaint' ? 'important' : 'minor');

/**
 * Where a portal request lands: merchants' and owners' requests are taken in by the merchant
 * service centre (商户服务部: 服务大厅 and the front/back-office clerks), whose queue its clerks
 * and supervisor work; without a unit, nobody but site-wide roles would see it.
 */
export const portalIntakeUnit = (units: readonly Pick<Unit, 'id' | 'code'>[]): string | null =>
  units.find((u) => u.code === 'merchant_service')?.id ?? null;

const clean = (text: string | null | undefined): string | null => {
  const t = text?.trim();
  return t ? t : null;
};

/**
 * Registers a new ticket (受理): checks every field at once, then returns it as received, with
 * its deadlines, and its `created` event. The store assigns the id and the per-site number.
 */
export const openTicket = (input: NewTicketInput, ctx: IntakeContext): { ticket: NewTicket; event: Omit<NewTicketEvent, 'ticketId'> } => {
  const { now, actor } = ctx;
  const fromRequester = actor.kind === 'requester';
  const check = new InputChecker()
    .oneOf('kind', input.kind, TICKET_KINDS)
    .oneOf('channel', input.channel, CHANNELS)
    .oneOf('severity', input.severity, SEVERITIES, !fromRequester)
    .text('title', input.title, { required: true, max: INTAKE_LIMITS.title })
    .text('description', input.description, { required: true, max: INTAKE_LIMITS.description })
    .text('location', input.location, { max: INTAKE_LIMITS.location })
    .text('preferredContactTime', input.preferredContactTime, { max: INTAKE_LIMITS.preferredContactTime })
    .text('requesterId', input.requesterId, { required: true, max: INTAKE_LIMITS.id })
    .oneOf('requesterKind', input.requesterKind, REQUESTER_KINDS)
    .text('unitId', input.unitId, { max: INTAKE_LIMITS.id })
    .date('requestedBy', input.requestedBy);
  // A repair category only describes repairs.
  if (input.kind === 'repair') check.oneOf('repairCategory', input.repairCategory, REPAIR_CATEGORIES, false);
  else if (input.repairCategory) check.add({ field: 'repairCategory', rule: 'invalid_choice' });
  // Requesters reach the department only through the portal; calls and visits are taken by staff.
  // Only complaints have a subject (checkComplaintSubject); requesters do not name one.
  if (input.subject && (input.kind !== 'complaint' || fromRequester)) check.add({ field: 'subject.kind', rule: 'invalid_choice' });
  if (fromRequester && input.channel !== 'portal') check.add({ field: 'channel', rule: 'invalid_choice' });
  if (input.requestedBy && input.requestedBy.getTime() < now.getTime()) check.add({ field: 'requestedBy', rule: 'out_of_range' });
  check.check();

  const severity = fromRequester ? portalSeverity(input.kind) : (input.severity as Severity);
  const requestedBy = input.requestedBy ?? null;
  const ticket: NewTicket = {
    siteId: ctx.siteId,
    kind: input.kind,
    channel: input.channel,
    severity,
    status: 'received',
    title: input.title.trim(),
    description: input.description.trim(),
    location: clean(input.location),
    preferredContactTime: clean(input.preferredContactTime),
    requesterId: input.requesterId.trim(),
    requesterKind: input.requesterKind,
    unitId: clean(input.unitId),
    assigneeId: null,
    relayedTo: null,
    subject: input.subject ?? null,
    repairCategory: input.repairCategory ?? null,
    requestedBy,
    receivedAt: now,
    deadlines: computeDeadlines({ kind: input.kind, severity, receivedAt: now, requestedBy, timeZone: ctx.timeZone ?? MALL_TIME_ZONE, policies: ctx.policies }),
    followUpDueAt: null,
    handedOverAt: null,
    repliedAt: null,
    resolvedAt: null,
    closedAt: null,
    escalationLevel: 0,
    satisfaction: null,
    createdById: actor.kind === 'staff' ? actor.id : null,
    // Staff who register a ticket have seen it; a portal request waits for the desk to open it.
    firstSeenByStaffAt: actor.kind === 'staff' ? now : null,
    reopenCount: 0,
    reopenedAt: null,
    version: 1,
    updatedAt: now,
  };
  return {
    ticket,
    event: {
      siteId: ctx.siteId,
      at: now,
      actorKind: actor.kind,
      actorId: actor.id,
      type: 'created',
      fromStatus: null,
      toStatus: 'received',
      // Severity stays internal: telling a requester their complaint is "minor" helps no one.
      data: { kind: input.kind, channel: input.channel, internal: { severity } },
      visibleToRequester: true,
    },
  };
};
