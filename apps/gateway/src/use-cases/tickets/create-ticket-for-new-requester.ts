import { appendTicketEvent, findTicketById, findTicketPolicies, insertTicket } from '@kefu/db/tickets';
import { insertRequesterChange, insertRequesterFile } from '@kefu/db/requesters';
import { checkRequesterFile, fileChanges, type RequesterFileFields, type RequesterFileInput } from '@kefu/domain/requesters';
import { ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '@kefu/domain/shared';
import { openTicket, ticketResource, type Ticket } from '@kefu/domain/tickets';
import type { Notification } from '@kefu/domain/notifications';
import { planNotifications, publishNotifications } from '../notifications/notify-ticket-event.js';
import { checkIdempotencyKey, oncePerKey, requestHash } from '../shared/idempotency.js';
import { inSiteLock } from '../shared/site-lock.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { refuseRequesterClash } from '../requesters/refuse-requester-clash.js';
import type { StaffIntake } from './create-ticket.js';
import { publishTicketUpdated } from './publish-ticket-updated.js';
import { checkedSubject } from './set-ticket-subject.js';
import { checkReferences } from './ticket-references.js';
import { ticketActor } from './ticket-actor.js';

/** The ticket as the intake form sends it when the caller is not on file yet. */
export type NewCallerIntake = Omit<StaffIntake, 'requesterId'>;

/** Stands for the requester's id while the ticket is checked, before the requester is written. */
const NOT_YET_WRITTEN = 'pending-requester';

/** Every problem of both halves at once: the requester's fields as `newRequester.<field>`. */
function checkBoth(requester: RequesterFileInput, check: (file: RequesterFileFields | null) => void): RequesterFileFields {
  const issues: FieldIssue[] = [];
  let file: RequesterFileFields | null = null;
  try {
    file = checkRequesterFile(requester);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues.map((i) => ({ ...i, field: `newRequester.${i.field}` })));
  }
  try {
    check(file);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || !file) throw new ValidationError(issues);
  return file;
}

/**
 * 受理 for a caller not on file (a walk-in shopper, a first-time caller): registers the
 * requester and the ticket in one transaction under the site's lock, so the clerk never leaves
 * the form and a refused half writes neither. Seed 002, office clerk: "及时分类登记客户信息"
 * (registers every caller). A duplicate phone or active unit is a CONFLICT naming the file on
 * record, which the form offers instead; a retried submit with the same key returns the same
 * ticket and writes no second requester.
 */
export async function createTicketForNewRequester(
  uc: UseCaseContext,
  intake: NewCallerIntake,
  requester: RequesterFileInput,
  idempotencyKey: string,
): Promise<Ticket> {
  const staff = asStaff(uc);
  checkIdempotencyKey(idempotencyKey);
  const { siteId } = staff.principal;
  const access = await staff.access();
  if (!access.can('requester.create', { type: 'site', siteId })) throw new ForbiddenError('requester.create');

  const { subject: asked, ...fields } = intake;
  const policies = await findTicketPolicies(staff.db, siteId);
  const subject = await checkedSubject(staff, asked, intake.kind);
  const draftFor = (file: Pick<RequesterFileFields, 'kind'>, requesterId: string) =>
    openTicket(
      {
        ...fields,
        ...(subject ? { subject } : {}),
        requesterId,
        requesterKind: file.kind,
        location: intake.location ?? null,
        unitId: intake.unitId ?? null,
        requestedBy: intake.requestedBy ?? null,
        repairCategory: intake.repairCategory ?? null,
      },
      { now: staff.now, siteId, actor: ticketActor(staff.principal), policies },
    );
  const file = checkBoth(requester, (checked) => draftFor(checked ?? { kind: requester.kind }, NOT_YET_WRITTEN));
  const probe = draftFor(file, NOT_YET_WRITTEN).ticket;
  // The requester is new, so only the unit is looked up: `before` names the requester as known.
  await checkReferences(staff, probe, { requesterId: NOT_YET_WRITTEN, requesterKind: file.kind, unitId: null, assigneeId: null });
  if (!access.can('ticket.create', ticketResource(probe))) throw new ForbiddenError('ticket.create');

  const claim = { accountId: staff.accountId, siteId, key: idempotencyKey, requestHash: requestHash([intake, file]) };
  const chart = await staff.orgCharts.get(staff.db, siteId);
  let told: Notification[] = [];
  const created = await inSiteLock(staff, (tx) =>
    oncePerKey(tx, claim, {
      replay: async (ticketId) => {
        const existing = await findTicketById(tx, siteId, ticketId);
        if (!existing) throw new NotFoundError('Ticket', ticketId);
        return existing;
      },
      first: async () => {
        await refuseRequesterClash(tx, siteId, file);
        const written = await insertRequesterFile(tx, siteId, file);
        await insertRequesterChange(tx, siteId, { requesterId: written.id, action: 'created', actorId: staff.principal.staffId, fields: fileChanges(null, written) });
        const { ticket: draft, event } = draftFor(file, written.id);
        const ticket = await insertTicket(tx, draft);
        // Told like any other intake (a major complaint reaches the director the same day).
        const notify = planNotifications(chart, ticket, { ...event, ticketId: ticket.id }, staff.now);
        await appendTicketEvent(tx, notify.event);
        told = await notify.write(tx);
        return { value: ticket, recordId: ticket.id };
      },
    }),
  );
  if (created.isNew) publishTicketUpdated(staff, created.value);
  publishNotifications(staff.pubsub, told);
  return created.value;
}
