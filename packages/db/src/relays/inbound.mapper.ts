import type { Inbound, InboundAudience, InboundKind } from '@kefu/domain/relays';

export type InboundRow = {
  id: string;
  site_id: string;
  department_id: string;
  kind: string;
  title: string;
  body: string;
  audience: string;
  unit_prefix: string | null;
  requester_id: string | null;
  registered_by_id: string;
  registered_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by_id: string | null;
};

export const INBOUND_COLUMNS =
  'id, site_id, department_id, kind, title, body, audience, unit_prefix, requester_id, registered_by_id, registered_at, acknowledged_at, acknowledged_by_id';

const audienceOf = (row: InboundRow): InboundAudience => {
  switch (row.audience) {
    case 'site':
      return { kind: 'site' };
    case 'units':
      return { kind: 'units', unitPrefix: row.unit_prefix ?? '' };
    case 'requester':
      return { kind: 'requester', requesterId: row.requester_id ?? '' };
    default:
      return { kind: 'internal' };
  }
};

export const inboundMapper = {
  toDomain: (row: InboundRow): Inbound => ({
    id: row.id,
    siteId: row.site_id,
    departmentId: row.department_id,
    kind: row.kind as InboundKind,
    title: row.title,
    body: row.body,
    audience: audienceOf(row),
    registeredById: row.registered_by_id,
    registeredAt: new Date(row.registered_at),
    acknowledgedAt: row.acknowledged_at === null ? null : new Date(row.acknowledged_at),
    acknowledgedById: row.acknowledged_by_id,
  }),
  /** The audience's columns: its kind, and the prefix or requester it names. */
  audienceColumns: (audience: InboundAudience): [string, string | null, string | null] => [
    audience.kind,
    audience.kind === 'units' ? audience.unitPrefix : null,
    audience.kind === 'requester' ? audience.requesterId : null,
  ],
};
