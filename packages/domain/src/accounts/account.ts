import type { Locale } from '../shared/localized-text.js';
import type { RequesterKind } from '../shared/principal.js';

/** A sign-in: for a staff member or for a requester, never both. */
export type Account = {
  id: string;
  siteId: string;
  username: string;
  staffId: string | null;
  requesterId: string | null;
  /** Merchant, owner or customer, for requester accounts. */
  requesterKind: RequesterKind | null;
  locale: Locale;
  disabled: boolean;
  /** The password was set by someone else (a first password, a reset): its owner must change it before anything else. */
  mustChangePassword: boolean;
};
