import type { Relay, RelayStatus, ReturnReason } from '@kefu/domain/relays';

export type RelayRow = {
  id: string;
  site_id: string;
  ticket_id: string;
  department_id: string;
  ask: string;
  due_at: Date;
  relayed_by_id: string;
  relayed_at: Date;
  status: string;
  accepted_at: Date | null;
  returned_at: Date | null;
  return_reason: string | null;
  return_note: string | null;
  replied_at: Date | null;
  reply: string | null;
  responded_by_id: string | null;
  by_phone: boolean;
  corrects_relay_id: string | null;
  version: number;
};

export const RELAY_COLUMNS =
  'id, site_id, ticket_id, department_id, ask, due_at, relayed_by_id, relayed_at, status, accepted_at, returned_at, return_reason, return_note, replied_at, reply, responded_by_id, by_phone, corrects_relay_id, version';

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

export const relayMapper = {
  toDomain: (row: RelayRow): Relay => ({
    id: row.id,
    siteId: row.site_id,
    subject: { kind: 'ticket', ticketId: row.ticket_id },
    departmentId: row.department_id,
    ask: row.ask,
    dueAt: new Date(row.due_at),
    relayedById: row.relayed_by_id,
    relayedAt: new Date(row.relayed_at),
    status: row.status as RelayStatus,
    acceptedAt: date(row.accepted_at),
    returnedAt: date(row.returned_at),
    returnReason: row.return_reason as ReturnReason | null,
    returnNote: row.return_note,
    repliedAt: date(row.replied_at),
    reply: row.reply,
    respondedById: row.responded_by_id,
    byPhone: row.by_phone,
    correctsRelayId: row.corrects_relay_id,
    version: row.version,
  }),
};
