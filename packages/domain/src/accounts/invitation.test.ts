import { describe, expect, it } from 'vitest';
import { invitationCodeFrom, invitationExpiry, invitationState, mayBeInvited, normalizeInvitationCode, INVITATION_CODE_ALPHABET } from './invitation.js';

const NOW = new Date('2026-05-01T08:00:00Z');

describe('invitations', () => {
  it('holds for seven days', () => {
    expect(invitationExpiry(NOW).toISOString()).toBe('2026-05-08T08:00:00.000Z');
    const open = { expiresAt: invitationExpiry(NOW), usedAt: null, revokedAt: null };
    expect(invitationState(open, new Date('2026-05-08T07:59:59Z'))).toBe('open');
    expect(invitationState(open, new Date('2026-05-08T08:00:00Z'))).toBe('expired');
  });

  it('says used or revoked before expired', () => {
    const past = new Date('2026-04-01T00:00:00Z');
    expect(invitationState({ expiresAt: past, usedAt: past, revokedAt: null }, NOW)).toBe('used');
    expect(invitationState({ expiresAt: past, usedAt: null, revokedAt: past }, NOW)).toBe('revoked');
  });

  it('invites merchants and owners, not shoppers', () => {
    expect(mayBeInvited('merchant')).toBe(true);
    expect(mayBeInvited('owner')).toBe(true);
    expect(mayBeInvited('customer')).toBe(false);
  });

  it('draws codes from a look-alike-free alphabet and reads them back however typed', () => {
    const code = invitationCodeFrom(Uint8Array.from({ length: 16 }, (_, i) => i * 17));
    expect(code).toHaveLength(16);
    expect([...code].every((c) => INVITATION_CODE_ALPHABET.includes(c))).toBe(true);
    expect(code).not.toMatch(/[01OIL]/);
    expect(normalizeInvitationCode(`${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)} ${code.slice(8)}`)).toBe(code);
    expect(() => invitationCodeFrom(new Uint8Array(4))).toThrow();
  });
});
