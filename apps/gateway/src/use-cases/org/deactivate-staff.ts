import { revokeAllSessionsOfStaff } from '@kefu/db/accounts';
import {
  countTicketsHeldBy,
  endAssignment as storeAssignmentEnd,
  insertStaffChanges,
  lockStaff,
  lockStaffAssignments,
  setStaffActive,
  withdrawAssignment,
} from '@kefu/db/org';
import { findSiteById } from '@kefu/db/sites';
import { assignmentChanges, firstDayHeldAt, HANDOVER_STATUSES, leaveArrangements, SelfDeactivationError, type Assignment, type Staff } from '@kefu/domain/org';
import { ForbiddenError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';

export type Departure = {
  staff: Staff;
  /** Assignments that now end on the day of the departure. */
  ended: Assignment[];
  /** Assignments that had not begun and were taken back. */
  withdrawn: Assignment[];
  /** Sessions signed out. */
  revokedSessions: number;
  /** Tickets the person still holds that someone else must take over. */
  openTickets: number;
};

async function requireStaffEdit(uc: UseCaseContext, staffId: string): Promise<string> {
  const { siteId } = asStaff(uc).principal;
  const access = await uc.access();
  if (!access.can('staff.edit', { type: 'staff', siteId, staffId })) throw new ForbiddenError('staff.edit');
  return siteId;
}

/**
 * Deactivates a member of staff: from today they hold no position (their assignments end today,
 * those not yet begun are withdrawn), they are signed out everywhere and cannot sign in, and the
 * tickets they still hold are counted for reassignment. "Today" is the first day `isCurrent`
 * no longer counts them (the earlier of the site's and UTC's today). Deactivating twice is harmless.
 */
export async function deactivateStaff(uc: UseCaseContext, staffId: string): Promise<Departure> {
  const siteId = await requireStaffEdit(uc, staffId);
  const { staffId: by } = asStaff(uc).principal;
  if (by === staffId) throw new SelfDeactivationError(staffId);
  const result = await changeOrg(uc, async (tx, _chart, _siteId, record) => {
    const current = await lockStaff(tx, siteId, staffId);
    const site = await findSiteById(tx, siteId);
    if (!site) throw new Error('the viewer’s site does not exist');
    const day = firstDayHeldAt(uc.now, site.timeZone);
    const { ended, withdrawn } = leaveArrangements(await lockStaffAssignments(tx, siteId, staffId), staffId, day);
    for (const a of ended) {
      const stored = await storeAssignmentEnd(tx, siteId, a.id, day);
      await record('assignment.end', { positionId: a.positionId, staffId }, assignmentChanges(a, stored));
    }
    for (const a of withdrawn) {
      await withdrawAssignment(tx, siteId, a.id);
      await record('assignment.end', { positionId: a.positionId, staffId }, assignmentChanges(a, null));
    }
    const staff = current.active ? await setStaffActive(tx, siteId, staffId, false) : current;
    if (current.active) await insertStaffChanges(tx, siteId, staffId, by, uc.now, [{ field: 'active', from: 'true', to: 'false' }]);
    const revokedSessions = await revokeAllSessionsOfStaff(tx, siteId, staffId);
    const openTickets = await countTicketsHeldBy(tx, siteId, staffId, HANDOVER_STATUSES);
    return { staff, ended, withdrawn, revokedSessions, openTickets };
  });
  uc.logger.info('staff deactivated', { requestId: uc.requestId, staffId, revokedSessions: result.revokedSessions, openTickets: result.openTickets });
  return result;
}

/** Takes a person back: they may sign in again; positions are given anew (assignStaff), not restored. */
export async function reactivateStaff(uc: UseCaseContext, staffId: string): Promise<Staff> {
  const siteId = await requireStaffEdit(uc, staffId);
  const { staffId: by } = asStaff(uc).principal;
  return uc.db.transaction(async (tx) => {
    const current = await lockStaff(tx, siteId, staffId);
    if (current.active) return current;
    const staff = await setStaffActive(tx, siteId, staffId, true);
    await insertStaffChanges(tx, siteId, staffId, by, uc.now, [{ field: 'active', from: 'false', to: 'true' }]);
    return staff;
  });
}
