import { insertAssignment, lockStaffAssignments } from '@kefu/db/org';
import { assign, assignmentChanges, type Assignment } from '@kefu/domain/org';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

export type StaffAssignment = { staffId: string; positionId: string; startsOn: Date; acting?: boolean | null };

/** Puts a person in a position from a day on; the domain refuses an overlap with their other assignments there. */
export async function assignStaff(uc: UseCaseContext, input: StaffAssignment): Promise<Assignment> {
  await requireOnPosition(uc, 'org.assignment.edit', input.positionId);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    await lockStaffAssignments(tx, siteId, input.staffId);
    const candidate = {
      id: 'new',
      siteId,
      staffId: input.staffId,
      positionId: input.positionId,
      startsOn: input.startsOn,
      endsOn: null,
      acting: input.acting ?? false,
    };
    assign(chart, candidate);
    const { id: _unused, ...fields } = candidate;
    const created = await insertAssignment(tx, fields);
    await record('assignment.start', { positionId: created.positionId, staffId: created.staffId }, assignmentChanges(null, created));
    return created;
  });
}
