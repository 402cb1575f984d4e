import { revokeSession } from '@kefu/db/accounts';
import type { Database } from '@kefu/db/engine';

/** Ends the session the request came with, if any: signing out twice is not an error. */
export async function signOut(db: Database, sessionToken: string | null): Promise<void> {
  if (sessionToken) await revokeSession(db, sessionToken);
}
