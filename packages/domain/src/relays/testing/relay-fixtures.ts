import { computeDeadlines } from '../../tickets/sla.js';
import type { Severity, Ticket, TicketStatus } from '../../tickets/ticket.js';
import type { Department } from '../department.js';
import type { Relay } from '../relay.js';

export const RECEIVED_AT = new Date('2026-03-10T01:00:00Z');

/** A repair on site-1 in the given status. */
export const ticketIn = (status: TicketStatus, severity: Severity = 'important', patch: Partial<Ticket> = {}): Ticket => ({
  id: 't-1',
  siteId: 'site-1',
  number: 7,
  kind: 'repair',
  channel: 'walk_in',
  severity,
  status,
  title: 'Leak above unit A-101',
  description: 'Water drips from the ceiling.',
  location: 'A-101',
  preferredContactTime: null,
  requesterId: 'req-1',
  requesterKind: 'merchant',
  unitId: 'unit-merchant',
  assigneeId: status === 'received' ? null : 'staff-9',
  relayedTo: status === 'relayed' ? 'engineering' : null,
  subject: null,
  repairCategory: 'leak',
  requestedBy: null,
  receivedAt: RECEIVED_AT,
  deadlines: computeDeadlines({ kind: 'repair', severity, receivedAt: RECEIVED_AT }),
  followUpDueAt: null,
  resolvedAt: ['resolved', 'followed_up', 'closed'].includes(status) ? RECEIVED_AT : null,
  closedAt: status === 'closed' || status === 'invalid' ? RECEIVED_AT : null,
  escalationLevel: 0,
  firstSeenByStaffAt: RECEIVED_AT,
  reopenCount: 0,
  reopenedAt: null,
  handedOverAt: null,
  repliedAt: null,
  satisfaction: null,
  createdById: 'staff-1',
  version: 3,
  updatedAt: RECEIVED_AT,
  ...patch,
});

export const department = (patch: Partial<Department> = {}): Department => ({
  id: 'd-eng',
  siteId: 'site-1',
  code: 'engineering',
  name: { zh: '工程维修部', en: 'Engineering & repairs' },
  peer: 'engineering',
  contacts: [{ name: '刘工', role: '值班', phone: '13800002001' }],
  memberStaffIds: ['staff-eng'],
  active: true,
  ...patch,
});

export const relayOf = (patch: Partial<Relay> = {}): Relay => ({
  id: 'r-1',
  siteId: 'site-1',
  subject: { kind: 'ticket', ticketId: 't-1' },
  departmentId: 'd-eng',
  ask: 'Please fix the leak',
  dueAt: new Date('2026-03-13T01:00:00Z'),
  relayedById: 'staff-1',
  relayedAt: RECEIVED_AT,
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
  version: 1,
  ...patch,
});
