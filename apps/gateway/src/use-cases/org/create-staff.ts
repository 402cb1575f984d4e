import { insertStaff } from '@kefu/db/org';
import { checkNewSignIn } from '@kefu/domain/accounts';
import { registerStaff, type NewStaffInput, type Staff } from '@kefu/domain/org';
import { addStaffSignIn, type NewSignIn } from '../auth/staff-sign-in.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * Adds a person to the staff directory, with their sign-in when one is given (all or nothing);
 * the chart is untouched until they are assigned.
 */
export async function createStaff(uc: UseCaseContext, input: NewStaffInput & { signIn?: NewSignIn | null }): Promise<Staff> {
  const { siteId } = asStaff(uc).principal;
  const fields = registerStaff(siteId, input);
  const { signIn } = input;
  if (!signIn) return insertStaff(uc.db, fields);
  checkNewSignIn(signIn, 'input.signIn');
  return uc.db.transaction(async (tx) => {
    const staff = await insertStaff(tx, fields);
    await addStaffSignIn(tx, uc, siteId, staff.id, signIn, 'input.signIn');
    return staff;
  });
}
