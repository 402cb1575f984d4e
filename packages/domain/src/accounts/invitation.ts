import type { RequesterKind } from '../shared/principal.js';

/**
 * Product rule (issue 14 §3): an invitation lets a merchant or an owner choose their own sign-in;
 * it is shown once, used once and holds for 7 days. Shoppers (customers) are not invited: they
 * reach the department by phone or at the desk.
 */
export const INVITATION_VALID_DAYS = 7;
export const INVITABLE_KINDS: readonly RequesterKind[] = ['merchant', 'owner'];

export type InvitationState = 'open' | 'used' | 'revoked' | 'expired';

/** What a staff member sees of an invitation: never its code, which is shown once. */
export type Invitation = {
  id: string;
  siteId: string;
  requesterId: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  /** The sign-in it became, once used. */
  accountId: string | null;
};

export const invitationExpiry = (now: Date): Date => new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);

/** Used and revoked win over expired: they say what happened, expiry only what did not. */
export function invitationState(invitation: Pick<Invitation, 'expiresAt' | 'usedAt' | 'revokedAt'>, now: Date): InvitationState {
  if (invitation.usedAt) return 'used';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
}

export const mayBeInvited = (kind: RequesterKind): boolean => INVITABLE_KINDS.includes(kind);

/**
 * The code is 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L), so it can be read
 * out over the phone; the caller draws the random bytes (the domain has no randomness of its own).
 */
export const INVITATION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const INVITATION_CODE_LENGTH = 16;

export function invitationCodeFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < INVITATION_CODE_LENGTH) throw new Error(`need ${INVITATION_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < INVITATION_CODE_LENGTH; i++) code += INVITATION_CODE_ALPHABET[randomBytes[i]! % INVITATION_CODE_ALPHABET.length];
  return code;
}

/** The stored form of a typed code: dashes and spaces dropped, upper case. */
export const normalizeInvitationCode = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();
