import { createHash, randomBytes } from 'node:crypto';
import { invitationCodeFrom, INVITATION_CODE_LENGTH, normalizeInvitationCode, type Account, type Invitation } from '@kefu/domain/accounts';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { ACCOUNT_COLUMNS, accountMapper, type AccountRow } from './account.mapper.js';

/** Only this digest is stored: the code is shown once, to the clerk who made it. */
export const invitationCodeHash = (code: string): string => createHash('sha256').update(normalizeInvitationCode(code)).digest('hex');

type InvitationRow = {
  id: string;
  site_id: string;
  requester_id: string;
  created_at: Date | string;
  expires_at: Date | string;
  used_at: Date | string | null;
  revoked_at: Date | string | null;
  account_id: string | null;
};
const COLUMNS = 'id, site_id, requester_id, created_at, expires_at, used_at, revoked_at, account_id';
const toDate = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));
const toInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  siteId: r.site_id,
  requesterId: r.requester_id,
  createdAt: new Date(r.created_at),
  expiresAt: new Date(r.expires_at),
  usedAt: toDate(r.used_at),
  revokedAt: toDate(r.revoked_at),
  accountId: r.account_id,
});

/** Stores a new invitation and answers it with its code, which cannot be read back later. */
export async function insertInvitation(
  q: Queryable,
  input: { siteId: string; requesterId: string; createdBy: string | null; now: Date; expiresAt: Date },
): Promise<{ invitation: Invitation; code: string }> {
  const code = invitationCodeFrom(randomBytes(INVITATION_CODE_LENGTH));
  const [row] = await q.query<InvitationRow>(
    `INSERT INTO account_invitations (site_id, requester_id, code_hash, created_by, created_at, expires_at)
     VALUES ($1::uuid, $2::uuid, $3, $4::uuid, $5::timestamptz, $6::timestamptz) RETURNING ${COLUMNS}`,
    [input.siteId, input.requesterId, invitationCodeHash(code), input.createdBy, input.now, input.expiresAt],
  );
  return { invitation: toInvitation(row!), code };
}

/** The requester's invitations, newest first. */
export async function listInvitationsOf(q: Queryable, siteId: string, requesterId: string): Promise<Invitation[]> {
  if (!isUuid(requesterId)) return [];
  const rows = await q.query<InvitationRow>(
    `SELECT ${COLUMNS} FROM account_invitations WHERE site_id = $1::uuid AND requester_id = $2::uuid ORDER BY created_at DESC, id LIMIT 100`,
    [siteId, requesterId],
  );
  return rows.map(toInvitation);
}

/** The invitation behind a code, locked until the transaction ends; null when no invitation has it. */
export async function lockInvitationByCode(tx: Queryable, code: string): Promise<Invitation | null> {
  const [row] = await tx.query<InvitationRow>(`SELECT ${COLUMNS} FROM account_invitations WHERE code_hash = $1 FOR UPDATE`, [invitationCodeHash(code)]);
  return row ? toInvitation(row) : null;
}

/** The site's invitation with this id, locked; null when there is none. */
export async function lockInvitation(tx: Queryable, siteId: string, id: string): Promise<Invitation | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.query<InvitationRow>(`SELECT ${COLUMNS} FROM account_invitations WHERE site_id = $1::uuid AND id = $2::uuid FOR UPDATE`, [siteId, id]);
  return row ? toInvitation(row) : null;
}

export async function markInvitationUsed(tx: Queryable, id: string, accountId: string, at: Date): Promise<void> {
  await tx.query(`UPDATE account_invitations SET used_at = $3::timestamptz, account_id = $2::uuid WHERE id = $1::uuid`, [id, accountId, at]);
}

export async function markInvitationRevoked(tx: Queryable, id: string, at: Date): Promise<Invitation> {
  const [row] = await tx.query<InvitationRow>(`UPDATE account_invitations SET revoked_at = $2::timestamptz WHERE id = $1::uuid RETURNING ${COLUMNS}`, [id, at]);
  return toInvitation(row!);
}

/** The sign-ins of a requester (a shop's staff each have their own), oldest first, at most 100. */
export async function findAccountsOfRequester(q: Queryable, siteId: string, requesterId: string): Promise<Account[]> {
  if (!isUuid(requesterId)) return [];
  const rows = await q.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE site_id = $1::uuid AND requester_id = $2::uuid ORDER BY created_at, id LIMIT 100`,
    [siteId, requesterId],
  );
  return rows.map(accountMapper.toDomain);
}
