import type { Staff } from '@kefu/domain/org';
import type { Requester } from '@kefu/domain/requesters';
import type { Ticket } from '@kefu/domain/tickets';
import { staffMapper } from '../org/staff.mapper.js';
import { requesterMapper } from '../requesters/requester.mapper.js';
import { ticketMapper, type TicketRow } from './ticket.mapper.js';

/** A ticket with the requester who raised it and the staff member it is assigned to. */
export type TicketWithParties = { ticket: Ticket; requester: Requester | null; assignee: Staff | null };

/**
 * The requester's and the assignee's columns, joined to ticket rows `p` in the same statement
 * (aliases r and s), so a page and its people cost one round trip. Both are the ticket's site's.
 */
export const PARTY_COLUMNS = `
  r.id AS r__id, r.kind AS r__kind, r.name AS r__name, r.shop_name AS r__shop_name, r.shop_unit AS r__shop_unit, r.phone AS r__phone,
  s.id AS s__id, s.name AS s__name, s.employee_no AS s__employee_no, s.phone AS s__phone, s.active AS s__active`;

export const PARTY_JOINS = `
  LEFT JOIN requesters r ON r.id = p.requester_id AND r.site_id = p.site_id
  LEFT JOIN staff s ON s.id = p.assignee_id AND s.site_id = p.site_id`;

export type TicketWithPartiesRow = TicketRow & {
  r__id: string | null;
  r__kind: Requester['kind'];
  r__name: string;
  r__shop_name: string | null;
  r__shop_unit: string | null;
  r__phone: string | null;
  s__id: string | null;
  s__name: string;
  s__employee_no: string;
  s__phone: string | null;
  s__active: boolean;
};

export function ticketWithPartiesFromRow(row: TicketWithPartiesRow): TicketWithParties {
  return {
    ticket: ticketMapper.toDomain(row),
    requester:
      row.r__id === null
        ? null
        : requesterMapper.toDomain({
            id: row.r__id,
            site_id: row.site_id,
            kind: row.r__kind,
            name: row.r__name,
            shop_name: row.r__shop_name,
            shop_unit: row.r__shop_unit,
            phone: row.r__phone,
          }),
    assignee:
      row.s__id === null
        ? null
        : staffMapper.toDomain({
            id: row.s__id,
            site_id: row.site_id,
            name: row.s__name,
            employee_no: row.s__employee_no,
            phone: row.s__phone,
            active: row.s__active,
          }),
  };
}
