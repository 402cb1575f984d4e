import { checkPassword, type PasswordProblem } from '@kefu/domain/accounts';
import { firstDayHeldAt, registerStaff, STAFF_LIMITS } from '@kefu/domain/org';
import { err, InputChecker, ok, type Locale, type LocalizedText, type Result } from '@kefu/domain/shared';
import { findAccountForLogin, hashPassword, insertAccount } from '../accounts/index.js';
import type { Database } from '../engine/index.js';
import { insertAssignment, insertCatalogueChart, insertStaff } from '../org/index.js';
import { insertDefaultDepartments } from '../relays/index.js';
import { findSiteByCode, insertSite } from '../sites/index.js';

/** What a person gives on a new installation: the mall, and the director who builds the rest. */
export type SiteSetupInput = {
  siteCode: string;
  siteName: LocalizedText;
  timeZone: string;
  director: { username: string; name: string; employeeNo: string; password: string; locale: Locale };
};

export type SiteSetupSummary = { siteId: string; siteCode: string; units: number; positions: number; directorUsername: string };

/** Why a setup was refused, with what a message needs. Nothing was written. */
export type SiteSetupRefusal =
  | { reason: 'weak_password'; problems: PasswordProblem[] }
  | { reason: 'already_set_up'; siteCode: string }
  | { reason: 'username_taken'; username: string };

export const SITE_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;
const SITE_NAME_MAX = 100;
// Any constant: two setups started at once on the same database run one after the other.
const SETUP_LOCK = 4_201_513;

/**
 * First run of an installation: creates the site, the department's units and positions from the
 * domain's catalogue, the departments outside it that tickets are relayed to, the director as staff holding the director position from today, and the
 * director's account, all in one transaction: either everything exists afterwards or nothing.
 * Refuses, writing nothing, when the site already exists, the username is taken, or the password
 * breaks the policy. Throws ValidationError for malformed input (every field at once).
 */
export async function setUpSite(db: Database, input: SiteSetupInput, now: Date = new Date()): Promise<Result<SiteSetupSummary, SiteSetupRefusal>> {
  checkSiteSetupInput(input);
  const password = checkPassword(input.director.password, input.director.username);
  if (!password.ok) return err({ reason: 'weak_password', problems: password.error });
  // scrypt is slow on purpose: hash before the transaction opens.
  const passwordHash = await hashPassword(password.value);

  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
    if (await findSiteByCode(tx, input.siteCode)) return err({ reason: 'already_set_up' as const, siteCode: input.siteCode });
    if (await findAccountForLogin(tx, input.director.username)) {
      return err({ reason: 'username_taken' as const, username: input.director.username });
    }
    const site = await insertSite(tx, { code: input.siteCode, name: input.siteName, timeZone: input.timeZone });
    const { units, positions } = await insertCatalogueChart(tx, site.id);
    // The departments tickets are relayed to (信息传达), ready to be renamed and given contacts.
    await insertDefaultDepartments(tx, site.id);
    const director = registerStaff(site.id, { name: input.director.name, employeeNo: input.director.employeeNo });
    const staff = await insertStaff(tx, director);
    const directorPosition = positions.get('director');
    if (!directorPosition) throw new Error('the position catalogue has no director');
    await insertAssignment(tx, {
      siteId: site.id,
      staffId: staff.id,
      positionId: directorPosition.id,
      startsOn: firstDayHeldAt(now, site.timeZone),
      endsOn: null,
      acting: false,
    });
    await insertAccount(tx, { siteId: site.id, username: input.director.username, passwordHash, locale: input.director.locale, staffId: staff.id });
    return ok({ siteId: site.id, siteCode: site.code, units: units.size, positions: positions.size, directorUsername: input.director.username });
  });
}

/** Throws ValidationError naming every malformed field; the password is checked separately. */
export function checkSiteSetupInput({ siteCode, siteName, timeZone, director }: SiteSetupInput): void {
  const checker = new InputChecker()
    .text('siteName.zh', siteName.zh, { required: true, max: SITE_NAME_MAX })
    .text('siteName.en', siteName.en, { required: true, max: SITE_NAME_MAX })
    // The director's name and number follow the staff directory's own limits.
    .text('director.name', director.name, { required: true, max: STAFF_LIMITS.name })
    .text('director.employeeNo', director.employeeNo, { required: true, max: STAFF_LIMITS.employeeNo });
  if (!SITE_CODE_PATTERN.test(siteCode)) checker.add({ field: 'siteCode', rule: 'invalid_format' });
  if (!USERNAME_PATTERN.test(director.username)) checker.add({ field: 'director.username', rule: 'invalid_format' });
  if (!isTimeZone(timeZone)) checker.add({ field: 'timeZone', rule: 'invalid_choice' });
  checker.check();
}

export const isTimeZone = (zone: string): boolean => {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
