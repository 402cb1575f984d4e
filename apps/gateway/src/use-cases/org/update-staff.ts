import { insertStaffChanges, lockStaff, updateStaffFields } from '@kefu/db/org';
import { editStaff, type NewStaffInput, type Staff } from '@kefu/domain/org';
import { ForbiddenError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * Edits a staff record: the fields left out keep their value; every changed field goes into the
 * record's history with who changed it and when. Bad input is refused before anything is written.
 */
export async function updateStaff(uc: UseCaseContext, staffId: string, patch: Partial<NewStaffInput>): Promise<Staff> {
  const { siteId, staffId: by } = asStaff(uc).principal;
  const access = await uc.access();
  if (!access.can('staff.edit', { type: 'staff', siteId, staffId })) throw new ForbiddenError('staff.edit');
  return uc.db.transaction(async (tx) => {
    const current = await lockStaff(tx, siteId, staffId);
    const { fields, changes } = editStaff(current, patch);
    if (changes.length === 0) return current;
    const updated = await updateStaffFields(tx, siteId, staffId, fields);
    await insertStaffChanges(tx, siteId, staffId, by, uc.now, changes);
    return updated;
  });
}
