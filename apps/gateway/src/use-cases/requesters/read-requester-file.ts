import type { Queryable } from '@kefu/db/engine';
import { findRequesterFileById } from '@kefu/db/requesters';
import { requesterResource, type RequesterFile } from '@kefu/domain/requesters';
import { NotFoundError } from '@kefu/domain/shared';
import type { Access } from '../../context.js';

/** The file a command acts on; one the viewer may not read answers exactly like a missing one. */
export async function readableFile(q: Queryable, access: Pick<Access, 'can'>, siteId: string, id: string): Promise<RequesterFile> {
  const file = await findRequesterFileById(q, siteId, id);
  if (!file || !access.can('requester.view', requesterResource(file))) throw new NotFoundError('Requester', id);
  return file;
}
