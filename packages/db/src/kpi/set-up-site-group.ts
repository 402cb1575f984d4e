import type { LocalizedText } from '@kefu/domain/shared';
import { findAccountForLogin } from '../accounts/index.js';
import type { Database } from '../engine/database.js';
import { findSiteByCode } from '../sites/index.js';
import { addSiteGroupReader, insertSiteGroup, listKpiGroups, putSiteInGroup } from './kpi-group.repository.js';

/** What the operator asks for: a group by code (its name when it is new), the sites to put in it, the accounts to let read it. */
export type SiteGroupSetupInput = { code: string; name: LocalizedText | null; siteCodes: readonly string[]; readerUsernames: readonly string[] };

export type SiteGroupSetupRefusal =
  | { reason: 'invalid_code'; value: string }
  | { reason: 'name_required'; value: string }
  | { reason: 'unknown_site'; value: string }
  | { reason: 'unknown_account'; value: string }
  | { reason: 'not_staff'; value: string };

export type SiteGroupSetupResult = { ok: true; created: boolean; siteCount: number; readerCount: number } | { ok: false; error: SiteGroupSetupRefusal };

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * The operator's set-up of a group of sites (集团), as `pnpm --filter @kefu/db site-group` runs it: creates the
 * group when its code is new, puts the named sites in it (moving them out of any other group)
 * and lets the named accounts read it. All or nothing, and running it again changes nothing.
 * Readers are staff accounts: a requester's account reads no group (the product's own rule,
 * mayReadKpiGroup). The admin app never edits groups.
 */
export async function setUpSiteGroup(db: Database, input: SiteGroupSetupInput): Promise<SiteGroupSetupResult> {
  if (!CODE.test(input.code)) return { ok: false, error: { reason: 'invalid_code', value: input.code } };
  return db.transaction(async (tx) => {
    const existing = (await listKpiGroups(tx)).find((g) => g.code === input.code);
    if (!existing && !input.name) return { ok: false, error: { reason: 'name_required', value: input.code } } as const;
    const siteIds: string[] = [];
    for (const code of input.siteCodes) {
      const site = await findSiteByCode(tx, code);
      if (!site) return { ok: false, error: { reason: 'unknown_site', value: code } } as const;
      siteIds.push(site.id);
    }
    const accountIds: string[] = [];
    for (const username of input.readerUsernames) {
      const found = await findAccountForLogin(tx, username);
      if (!found) return { ok: false, error: { reason: 'unknown_account', value: username } } as const;
      if (found.account.staffId === null) return { ok: false, error: { reason: 'not_staff', value: username } } as const;
      accountIds.push(found.account.id);
    }
    const group = existing ?? (await insertSiteGroup(tx, { code: input.code, name: input.name! }));
    for (const siteId of siteIds) await putSiteInGroup(tx, siteId, group.id);
    for (const accountId of accountIds) await addSiteGroupReader(tx, group.id, accountId);
    const stored = (await listKpiGroups(tx)).find((g) => g.id === group.id)!;
    return { ok: true, created: !existing, siteCount: stored.siteIds.length, readerCount: stored.readerAccountIds.length } as const;
  });
}
