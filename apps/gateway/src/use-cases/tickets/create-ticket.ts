import type { ComplaintSubjectInput, NewTicketInput, Ticket } from '@kefu/domain/tickets';
import { checkIdempotencyKey } from '../shared/idempotency.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { openTicketOnce, type WrittenAlongside } from './open-ticket-once.js';
import { checkedSubject } from './set-ticket-subject.js';

/**
 * What the intake desk enters: the requester's kind is read from their record, never taken from
 * the client; a complaint's subject as asked for, checked against the site's chart.
 */
export type StaffIntake = Omit<NewTicketInput, 'requesterKind' | 'preferredContactTime' | 'subject'> & { subject?: ComplaintSubjectInput | null };

/**
 * 受理: staff register a phone, walk-in or letter ticket, once per idempotency key. `alongside`
 * writes more in the ticket's own transaction (the reception entry it came from).
 */
export async function createTicket(uc: UseCaseContext, intake: StaffIntake, idempotencyKey: string, alongside?: WrittenAlongside): Promise<Ticket> {
  const staff = asStaff(uc);
  checkIdempotencyKey(idempotencyKey);
  const requester = await staff.loaders.requesters.load(intake.requesterId);
  const { subject: asked, ...fields } = intake;
  const subject = await checkedSubject(staff, asked, intake.kind);
  // Built in this shape on purpose: its hash binds the idempotency key, and keys outlive a deploy
  // (a subject joins it only when one is given).
  return openTicketOnce(
    staff,
    {
      ...fields,
      ...(subject ? { subject } : {}),
      requesterKind: requester?.kind ?? 'customer',
      location: intake.location ?? null,
      unitId: intake.unitId ?? null,
      requestedBy: intake.requestedBy ?? null,
      repairCategory: intake.repairCategory ?? null,
    },
    idempotencyKey,
    alongside,
  );
}
