import { endAssignment as storeAssignmentEnd, findAssignmentById } from '@kefu/db/org';
import { assignmentChanges, endAssignment as endInDomain, type Assignment } from '@kefu/domain/org';
import { NotFoundError } from '@kefu/domain/shared';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/** Ends an assignment on a day (exclusive): the person no longer holds the position from then. */
export function endAssignment(uc: UseCaseContext, assignmentId: string, endsOn: Date): Promise<Assignment> {
  return changeOrg(uc, async (tx, _chart, siteId, record) => {
    const assignment = await findAssignmentById(tx, siteId, assignmentId);
    if (!assignment) throw new NotFoundError('Assignment', assignmentId);
    // The position is known only once the assignment is read.
    await requireOnPosition(uc, 'org.assignment.edit', assignment.positionId);
    const ended = endInDomain(assignment, endsOn);
    const stored = await storeAssignmentEnd(tx, siteId, ended.id, ended.endsOn!);
    await record('assignment.end', { positionId: stored.positionId, staffId: stored.staffId }, assignmentChanges(assignment, stored));
    return stored;
  });
}
