import { insertRequesterNote } from '@kefu/db/requesters';
import { checkNote, type RequesterNote } from '@kefu/domain/requesters';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { readableFile } from './read-requester-file.js';

/** A staff note on a file. Product rule: whoever may read a file may add a note to it. */
export async function addRequesterNote(uc: UseCaseContext, requesterId: string, body: string): Promise<RequesterNote> {
  const staff = asStaff(uc);
  const text = checkNote(body);
  const access = await staff.access();
  const { siteId, staffId } = staff.principal;
  return staff.db.transaction(async (tx) => {
    const file = await readableFile(tx, access, siteId, requesterId);
    return insertRequesterNote(tx, siteId, { requesterId: file.id, body: text, authorId: staffId });
  });
}
