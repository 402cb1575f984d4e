import { endAssignment as storeAssignmentEnd, findStaffByIds } from '@kefu/db/org';
import { updateFollowUp } from '@kefu/db/followups';
import type { Queryable } from '@kefu/db/engine';
import { handOverCall } from '@kefu/domain/followups';
import { assignmentChanges, endAssignment as endInDomain, handoverRefusal, type Assignment, type OrgChart } from '@kefu/domain/org';
import { NotFoundError, StaleVersionError, ValidationError } from '@kefu/domain/shared';
import { publishNotifications } from '../notifications/notify-ticket-event.js';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { publishTicketUpdated } from '../tickets/publish-ticket-updated.js';
import { writeTransition, type WrittenTransition } from '../tickets/transition-ticket.js';
import { findEndableAssignment, readOpenWork } from './assignment-open-work.js';
import { changeOrg } from './org-change.js';

/**
 * Ends an assignment on a day (exclusive): the person no longer holds the position from then.
 * With `handOverTo`, in the same transaction the person's open tickets are assigned to that
 * member of staff (the ticket's own assign transition, timeline and notifications) and their
 * follow-ups' calls handed to them; a recipient the org refuses fails it with nothing written.
 */
export async function endAssignment(uc: UseCaseContext, assignmentId: string, endsOn: Date, handOverTo: string | null = null): Promise<Assignment> {
  if (handOverTo !== null) {
    // The ticket rules read the viewer's access and the new assignee through the request's
    // loaders, outside the transaction: load them first (an embedded engine has one connection).
    await Promise.all([uc.access(), uc.loaders.staff.load(handOverTo)]);
  }
  const [stored, moved] = await changeOrg(uc, async (tx, chart, siteId, record) => {
    const assignment = await findEndableAssignment(uc, tx, assignmentId);
    const ended = endInDomain(assignment, endsOn);
    if (handOverTo !== null) await requireRecipient(tx, chart, siteId, assignment, handOverTo, endsOn);
    const stored = await storeAssignmentEnd(tx, siteId, ended.id, ended.endsOn!);
    await record('assignment.end', { positionId: stored.positionId, staffId: stored.staffId }, assignmentChanges(assignment, stored));
    const moved = handOverTo === null ? [] : await handOver(uc, tx, assignment, handOverTo);
    return [stored, moved] as const;
  });
  // Subscribers hear of the tickets only once the whole step committed.
  for (const { saved, told } of moved) {
    publishTicketUpdated(uc, saved);
    publishNotifications(uc.pubsub, told);
  }
  return stored;
}

async function requireRecipient(tx: Queryable, chart: OrgChart, siteId: string, leaving: Assignment, staffId: string, on: Date): Promise<void> {
  const [recipient] = await findStaffByIds(tx, siteId, [staffId]);
  if (!recipient) throw new NotFoundError('Staff', staffId);
  const refusal = handoverRefusal(chart, recipient, leaving, on);
  if (refusal) throw new ValidationError([{ field: 'handOverTo', rule: `handover_${refusal}` }]);
}

async function handOver(uc: UseCaseContext, tx: Queryable, leaving: Assignment, toStaffId: string): Promise<WrittenTransition[]> {
  const work = await readOpenWork(uc, tx, leaving);
  const moved: WrittenTransition[] = [];
  for (const ticket of work.tickets) moved.push(await writeTransition(uc, tx, ticket, { type: 'assign', assigneeId: toStaffId }));
  for (const followUp of work.followUps) {
    const next = handOverCall(followUp, toStaffId);
    if (!(await updateFollowUp(tx, next, followUp.version, followUp.attempts.length))) throw new StaleVersionError('FollowUp', followUp.id, followUp.version);
  }
  return moved;
}
