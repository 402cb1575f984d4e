import { findReceptionEntryById, linkReceptionTicket } from '@kefu/db/reception';
import { checkTurnIntoTicket, TICKET_KIND_OF_CATEGORY, type ReceptionEntry } from '@kefu/domain/reception';
import { NotFoundError, ValidationError } from '@kefu/domain/shared';
import type { RepairCategory, Severity, TicketKind } from '@kefu/domain/tickets';
import { createTicket } from '../tickets/create-ticket.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { findEntryToWork } from './find-visible-entry.js';

/** What the clerk adds to a contact to make it a ticket; the rest comes from the entry. */
export type TicketFromReception = {
  kind?: TicketKind | null;
  severity: Severity;
  title: string;
  description?: string | null;
  requesterId?: string | null;
  location?: string | null;
  unitId?: string | null;
  repairCategory?: RepairCategory | null;
};

/**
 * Turns a received contact into a ticket in one step: the ticket intake runs, and in its very
 * transaction the entry is held, checked again and linked (outcome `ticket`); a refusal on
 * either side writes neither. A retried call with the same key returns the linked entry.
 */
export async function turnReceptionIntoTicket(uc: UseCaseContext, id: string, input: TicketFromReception, idempotencyKey: string): Promise<ReceptionEntry> {
  const staff = asStaff(uc);
  const entry = await uc.db.transaction((tx) => findEntryToWork(uc, tx, id));
  const requesterId = input.requesterId?.trim() || entry.requesterId;
  // A ticket needs a requester: an anonymous caller is registered first (search-or-create).
  if (!requesterId) throw new ValidationError([{ field: 'requesterId', rule: 'required' }]);
  if (!(await staff.loaders.requesters.load(requesterId))) throw new ValidationError([{ field: 'requesterId', rule: 'invalid_choice' }]);
  if (entry.ticketId === null) checkTurnIntoTicket(entry);

  const ticket = await createTicket(
    uc,
    {
      kind: input.kind ?? TICKET_KIND_OF_CATEGORY[entry.category],
      // Reception channels are ticket channels (来电、来访、信函).
      channel: entry.channel,
      severity: input.severity,
      title: input.title,
      description: input.description?.trim() || entry.summary,
      location: input.location ?? null,
      requesterId,
      unitId: input.unitId ?? null,
      repairCategory: input.repairCategory ?? null,
    },
    idempotencyKey,
    {
      fingerprint: { receptionEntryId: entry.id },
      write: async (tx, created) => {
        const current = await findEntryToWork(uc, tx, entry.id);
        checkTurnIntoTicket(current);
        await linkReceptionTicket(tx, current.siteId, current.id, created.id, created.requesterId);
      },
    },
  );
  const linked = await findReceptionEntryById(uc.db, staff.principal.siteId, entry.id);
  if (!linked) throw new NotFoundError('ReceptionEntry', id);
  // A replay of another entry's key finds that entry's ticket, not this one.
  if (linked.ticketId !== ticket.id) throw new ValidationError([{ field: 'id', rule: 'invalid_choice' }]);
  return linked;
}
