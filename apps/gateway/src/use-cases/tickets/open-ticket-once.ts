import { appendTicketEvent, findTicketById, findTicketPolicies, insertTicket } from '@kefu/db/tickets';
import type { Queryable } from '@kefu/db/engine';
import { ForbiddenError, NotFoundError } from '@kefu/domain/shared';
import { openTicket, ticketResource, type NewTicketInput, type Ticket } from '@kefu/domain/tickets';
import { oncePerKey, requestHash } from '../shared/idempotency.js';
import { planNotifications, publishNotifications } from '../notifications/notify-ticket-event.js';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { publishTicketUpdated } from './publish-ticket-updated.js';
import { checkReferences } from './ticket-references.js';
import { ticketActor } from './ticket-actor.js';

/** More of the same submit, written in its transaction (a portal request's photos). */
export type WrittenAlongside = { fingerprint: unknown; write(tx: Queryable, ticket: Ticket): Promise<void> };

/**
 * Registers a ticket once per idempotency key: a retried submit (double tap, network retry)
 * returns the ticket the first one created; the same key with another request is refused.
 */
export async function openTicketOnce(
  uc: UseCaseContext,
  input: NewTicketInput,
  idempotencyKey: string,
  alongside?: WrittenAlongside,
): Promise<Ticket> {
  const { siteId } = uc.principal;
  const access = await uc.access();
  // The site's deadlines for kinds other than complaints (complaints keep 001's).
  const policies = await findTicketPolicies(uc.db, siteId);
  const { ticket: draft, event } = openTicket(input, { now: uc.now, siteId, actor: ticketActor(uc.principal), policies });
  await checkReferences(uc, draft);
  if (!access.can('ticket.create', ticketResource(draft))) throw new ForbiddenError('ticket.create');
  const claim = {
    accountId: uc.accountId,
    siteId,
    key: idempotencyKey,
    requestHash: requestHash(alongside ? [input, alongside.fingerprint] : input),
  };

  const chart = await uc.orgCharts.get(uc.db, siteId);
  let told: Awaited<ReturnType<ReturnType<typeof planNotifications>['write']>> = [];
  const created = await uc.db.transaction((tx) =>
    oncePerKey(tx, claim, {
      replay: async (ticketId) => {
        const existing = await findTicketById(tx, siteId, ticketId);
        if (!existing) throw new NotFoundError('Ticket', ticketId);
        return existing;
      },
      first: async () => {
        const ticket = await insertTicket(tx, draft);
        const notify = planNotifications(chart, ticket, { ...event, ticketId: ticket.id }, uc.now);
        await appendTicketEvent(tx, notify.event);
        await alongside?.write(tx, ticket);
        told = await notify.write(tx);
        return { value: ticket, recordId: ticket.id };
      },
    }),
  );
  if (created.isNew) publishTicketUpdated(uc, created.value);
  publishNotifications(uc.pubsub, told);
  return created.value;
}
