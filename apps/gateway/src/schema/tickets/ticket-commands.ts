import { createHash } from 'node:crypto';
import type { Queryable } from '@kefu/db/engine';
import {
  appendTicketEvent,
  claimIdempotencyKey,
  completeIdempotencyKey,
  findTicketById,
  insertTicket,
  updateTicket,
} from '@kefu/db/tickets';
import { ForbiddenError, InputChecker, NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import {
  applyCommand,
  openTicket,
  requiredAction,
  ticketResource,
  type NewTicketInput,
  type Ticket,
  type TicketActor,
  type TicketCommand,
} from '@kefu/domain/tickets';
import type { GatewayContext } from '../../context.js';
import { signedIn } from '../common/request-scope.js';
import { IdempotencyKeyReusedError } from './ticket.errors.js';

const actorOf = (ctx: GatewayContext): TicketActor => {
  const { principal } = signedIn(ctx);
  return principal.kind === 'staff' ? { kind: 'staff', id: principal.staffId } : { kind: 'requester', id: principal.requesterId };
};

/**
 * Applies one life-cycle command: the domain checks the transition, the permission rules check
 * the viewer, the store checks the version. The new state and its timeline event are written in
 * one transaction; subscribers are told afterwards.
 */
export async function runTicketCommand(
  ctx: GatewayContext,
  ticketId: string,
  expectedVersion: number,
  commandFor: (ticket: Ticket) => TicketCommand,
): Promise<Ticket> {
  const { siteId } = signedIn(ctx);
  const access = await ctx.access();
  const ticket = await findTicketById(ctx.db, siteId, ticketId);
  if (!ticket || !access.can('ticket.view', ticketResource(ticket))) throw new NotFoundError('Ticket', ticketId);
  if (ticket.version !== expectedVersion) throw new StaleVersionError('Ticket', ticketId, expectedVersion);
  const command = commandFor(ticket);
  if (!access.can(requiredAction(command.type), ticketResource(ticket))) throw new ForbiddenError(requiredAction(command.type));
  const { ticket: next, event } = applyCommand(ticket, command, { now: ctx.now, actor: actorOf(ctx) });
  await checkReferences(ctx, next, ticket);
  const saved = await ctx.db.transaction(async (tx) => {
    const stored = await updateTicket(tx, next, expectedVersion);
    await appendTicketEvent(tx, event);
    return stored;
  });
  ctx.services.pubsub.publish('ticketUpdated', saved.id, { ticketId: saved.id, siteId, version: saved.version });
  return saved;
}

/**
 * Registers a ticket once per idempotency key: a retried submit (double tap, network retry)
 * returns the ticket the first one created; the same key with another request is refused.
 */
export async function createTicketOnce(
  ctx: GatewayContext,
  input: NewTicketInput,
  idempotencyKey: string,
  /** More of the same submit, written in its transaction (a portal request's photos). */
  alongside?: { fingerprint: unknown; write(tx: Queryable, ticket: Ticket): Promise<void> },
): Promise<Ticket> {
  const { siteId } = signedIn(ctx);
  const accountId = ctx.viewer.accountId!;
  const access = await ctx.access();
  const { ticket: draft, event } = openTicket(input, { now: ctx.now, siteId, actor: actorOf(ctx) });
  await checkReferences(ctx, draft);
  if (!access.can('ticket.create', ticketResource(draft))) throw new ForbiddenError('ticket.create');
  const requestHash = createHash('sha256')
    .update(JSON.stringify(alongside ? [input, alongside.fingerprint] : input))
    .digest('hex');

  const created = await ctx.db.transaction(async (tx) => {
    const claim = await claimIdempotencyKey(tx, { accountId, siteId, key: idempotencyKey, requestHash });
    if (claim.state === 'mismatch') throw new IdempotencyKeyReusedError(idempotencyKey);
    if (claim.state === 'replay') {
      const existing = await findTicketById(tx, siteId, claim.ticketId);
      if (!existing) throw new NotFoundError('Ticket', claim.ticketId);
      return { ticket: existing, isNew: false };
    }
    const ticket = await insertTicket(tx, draft);
    await appendTicketEvent(tx, { ...event, ticketId: ticket.id });
    await alongside?.write(tx, ticket);
    await completeIdempotencyKey(tx, accountId, idempotencyKey, ticket.id);
    return { ticket, isNew: true };
  });
  if (created.isNew) {
    ctx.services.pubsub.publish('ticketUpdated', created.ticket.id, { ticketId: created.ticket.id, siteId, version: created.ticket.version });
  }
  return created.ticket;
}

type References = Pick<Ticket, 'requesterId' | 'requesterKind' | 'unitId' | 'assigneeId'>;

/**
 * The records a ticket points at must be the viewer's site's: anything else is a bad input.
 * Only references that are new (all of them at intake, a new assignee later) are looked up.
 */
async function checkReferences(ctx: GatewayContext, ticket: References, before?: References) {
  const { loaders } = signedIn(ctx);
  const { chart } = await ctx.access();
  const check = new InputChecker();
  if (ticket.requesterId !== before?.requesterId) {
    const requester = await loaders.requesters.load(ticket.requesterId);
    if (!requester || requester.kind !== ticket.requesterKind) check.add({ field: 'requesterId', rule: 'invalid_choice' });
  }
  if (ticket.unitId && ticket.unitId !== before?.unitId && !chart?.units.some((u) => u.id === ticket.unitId)) {
    check.add({ field: 'unitId', rule: 'invalid_choice' });
  }
  if (ticket.assigneeId && ticket.assigneeId !== before?.assigneeId && !(await loaders.staff.load(ticket.assigneeId))?.active) {
    check.add({ field: 'assigneeId', rule: 'invalid_choice' });
  }
  check.check();
}
