import { insertAssignment, lockStaff, lockStaffAssignments } from '@kefu/db/org';
import { findSiteById } from '@kefu/db/sites';
import { appointmentStart, assign, assignmentChanges, checkAppointment, type Assignment } from '@kefu/domain/org';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

export type StaffAssignment = { staffId: string; positionId: string; startsOn: Date; acting?: boolean | null; overStrengthReason?: string | null };

/**
 * Puts a person in a position from a day on. The domain refuses a deactivated person, an
 * appointment beyond the headcount without a reason, and an overlap with their other assignments
 * there; the reason for going beyond the headcount is kept in the audit trail.
 */
export async function assignStaff(uc: UseCaseContext, input: StaffAssignment): Promise<Assignment> {
  await requireOnPosition(uc, 'org.assignment.edit', input.positionId);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const staff = await lockStaff(tx, siteId, input.staffId);
    await lockStaffAssignments(tx, siteId, input.staffId);
    const site = await findSiteById(tx, siteId);
    const startsOn = appointmentStart(input.startsOn, uc.now, site?.timeZone ?? 'Asia/Shanghai');
    const candidate = {
      id: 'new',
      siteId,
      staffId: input.staffId,
      positionId: input.positionId,
      startsOn,
      endsOn: null,
      acting: input.acting ?? false,
    };
    const { reason } = checkAppointment(chart, { staff, positionId: input.positionId, startsOn, acting: candidate.acting, overStrengthReason: input.overStrengthReason });
    assign(chart, candidate);
    const { id: _unused, ...fields } = candidate;
    const created = await insertAssignment(tx, fields);
    const beyond = reason ? [{ field: 'overStrengthReason', before: null, after: reason }] : [];
    await record('assignment.start', { positionId: created.positionId, staffId: created.staffId }, [...assignmentChanges(null, created), ...beyond]);
    return created;
  });
}
