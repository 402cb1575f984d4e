import type { Message, MessageUrgency } from '@kefu/domain/messages';

export type MessageRow = {
  id: string;
  site_id: string;
  from_name: string;
  from_phone: string | null;
  for_staff_id: string | null;
  for_unit_id: string | null;
  text: string;
  urgency: MessageUrgency;
  taken_by_id: string;
  taken_at: Date | string;
  acknowledged_at: Date | string | null;
  acknowledged_by_id: string | null;
};

export const MESSAGE_COLUMNS = 'id, site_id, from_name, from_phone, for_staff_id, for_unit_id, text, urgency, taken_by_id, taken_at, acknowledged_at, acknowledged_by_id';

const instant = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

export const messageMapper = {
  toDomain: (row: MessageRow): Message => ({
    id: row.id,
    siteId: row.site_id,
    fromName: row.from_name,
    fromPhone: row.from_phone,
    forStaffId: row.for_staff_id,
    forUnitId: row.for_unit_id,
    text: row.text,
    urgency: row.urgency,
    takenById: row.taken_by_id,
    takenAt: instant(row.taken_at),
    acknowledgedAt: row.acknowledged_at === null ? null : instant(row.acknowledged_at),
    acknowledgedById: row.acknowledged_by_id,
  }),
};
