import { findSessionByToken } from '@kefu/db/accounts';
import type { Queryable } from '@kefu/db/engine';
import { anonymousViewer, type Viewer } from '../context.js';

/** Resolves the session cookie's token to the viewer: one statement, or none without a cookie. */
export async function viewerFromSession(q: Queryable, token: string | null, now: Date): Promise<Viewer> {
  if (!token) return anonymousViewer;
  const session = await findSessionByToken(q, token, now);
  if (!session) return anonymousViewer;
  const { account } = session;
  const principal =
    account.staffId !== null
      ? { kind: 'staff' as const, siteId: account.siteId, staffId: account.staffId }
      : {
          kind: 'requester' as const,
          siteId: account.siteId,
          requesterId: account.requesterId!,
          requesterKind: account.requesterKind!,
        };
  return { principal, accountId: account.id, username: account.username, sessionToken: token, passwordChangeRequired: account.mustChangePassword };
}
