import { attachToTicket } from '@kefu/db/tickets';
import type { Queryable } from '@kefu/db/engine';
import { InputChecker } from '@kefu/domain/shared';
import { checkPhotoCount, portalIntakeUnit, portalSeverity, type Ticket, type TicketKind } from '@kefu/domain/tickets';
import { checkIdempotencyKey } from '../shared/idempotency.js';
import { asRequester, type UseCaseContext } from '../shared/use-case-context.js';
import { openTicketOnce } from './open-ticket-once.js';

/** What a merchant or owner sends from the portal. */
export type RequestSubmission = {
  kind: TicketKind;
  title: string;
  description: string;
  location?: string | null;
  preferredContactTime?: string | null;
  /** Photos the same account uploaded and no request carries yet. */
  photoIds?: readonly string[] | null;
  requestedBy?: Date | null;
};

/** A requester submits a request (the requester's side of a ticket), once per idempotency key. */
export async function submitRequest(uc: UseCaseContext, submission: RequestSubmission, idempotencyKey: string): Promise<Ticket> {
  const requester = asRequester(uc);
  const { principal } = requester;
  checkIdempotencyKey(idempotencyKey);
  const photoIds = [...new Set(submission.photoIds ?? [])];
  checkPhotoCount(photoIds);
  const { chart } = await uc.access();
  return openTicketOnce(
    requester,
    {
      kind: submission.kind,
      channel: 'portal',
      severity: portalSeverity(submission.kind),
      title: submission.title,
      description: submission.description,
      location: submission.location ?? null,
      preferredContactTime: submission.preferredContactTime ?? null,
      requesterId: principal.requesterId,
      requesterKind: principal.requesterKind,
      unitId: portalIntakeUnit(chart?.units ?? []),
      requestedBy: submission.requestedBy ?? null,
    },
    idempotencyKey,
    { fingerprint: photoIds, write: (tx, ticket) => attachPhotos(tx, uc.accountId, ticket, photoIds) },
  );
}

/** Only the account's own photos that no request carries yet; anything else refuses the whole submit. */
async function attachPhotos(tx: Queryable, uploaderAccountId: string, ticket: Ticket, photoIds: string[]): Promise<void> {
  if (photoIds.length === 0) return;
  const attached = await attachToTicket(tx, { siteId: ticket.siteId, uploaderAccountId, ticketId: ticket.id, ids: photoIds });
  if (attached.length !== photoIds.length) new InputChecker().add({ field: 'photoIds', rule: 'invalid_choice' }).check();
}
