import { InputChecker, type FieldIssue } from '../shared/validation.js';
import type { RequesterKind } from '../shared/principal.js';
import { normalizePhone } from './phone.js';
import type { Requester } from './requester.js';

/** Where a merchant stands with the mall. */
export type MerchantStatus = 'open' | 'closing' | 'left';
export const MERCHANT_STATUSES = ['open', 'closing', 'left'] as const satisfies readonly MerchantStatus[];

/** Someone to call about a merchant or owner: the boss, a shop assistant, an accountant. */
export type Contact = { name: string; role: string; phone: string | null };

/**
 * A requester's file (档案): the card every ticket shows (`Requester`) plus what the archive
 * keeps. Merchants have a shop, its units, a business category, a contract and a status;
 * owners their units; a customer may be anonymous (no name, no phone).
 */
export type RequesterFile = Requester & {
  units: string[];
  businessCategory: string | null;
  /** Calendar dates, `YYYY-MM-DD`. */
  contractStartsOn: string | null;
  contractEndsOn: string | null;
  contacts: Contact[];
  /** Merchants only; null for owners and customers. */
  status: MerchantStatus | null;
};

/** What a clerk types into the form; `checkRequesterFile` turns it into the stored fields. */
export type RequesterFileInput = {
  kind: RequesterKind;
  name?: string | null;
  phone?: string | null;
  shopName?: string | null;
  units?: readonly string[] | null;
  businessCategory?: string | null;
  contractStartsOn?: string | null;
  contractEndsOn?: string | null;
  contacts?: readonly Contact[] | null;
  status?: MerchantStatus | null;
};

export type RequesterFileFields = Omit<RequesterFile, 'id' | 'siteId'>;

export const REQUESTER_LIMITS = { name: 40, shopName: 60, unit: 20, units: 10, businessCategory: 40, contacts: 10, role: 20 } as const;

const UNIT = /^[A-Z0-9][A-Z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};
const isCalendarDate = (value: string): boolean => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The field issues of a phone number, and its stored form. */
function checkPhone(issues: FieldIssue[], field: string, raw: string | null | undefined): string | null {
  const phone = blankToNull(raw);
  if (phone === null) return null;
  const normalized = normalizePhone(phone);
  if (normalized === null) issues.push({ field, rule: 'phone_format' });
  return normalized;
}

/**
 * Checks a file as a whole and returns its stored form, or throws a ValidationError naming every
 * field at fault. Which fields a kind needs is the product's rule: a merchant is known by shop
 * and unit, an owner by name and unit, a customer by nothing (an anonymous walk-in is valid).
 */
export function checkRequesterFile(input: RequesterFileInput): RequesterFileFields {
  const merchant = input.kind === 'merchant';
  const checker = new InputChecker()
    .text('name', input.name, { required: input.kind === 'owner', max: REQUESTER_LIMITS.name })
    .text('shopName', input.shopName, { required: merchant, max: REQUESTER_LIMITS.shopName })
    .text('businessCategory', input.businessCategory, { max: REQUESTER_LIMITS.businessCategory })
    .oneOf('status', input.status, MERCHANT_STATUSES, false);
  const issues: FieldIssue[] = [];

  const units = [...new Set((input.units ?? []).map((u) => u.trim().toUpperCase()).filter(Boolean))];
  if (input.kind !== 'customer' && units.length === 0) issues.push({ field: 'units', rule: 'required' });
  if (units.length > REQUESTER_LIMITS.units) issues.push({ field: 'units', rule: 'too_many', limit: REQUESTER_LIMITS.units });
  if (units.some((u) => u.length > REQUESTER_LIMITS.unit || !UNIT.test(u))) issues.push({ field: 'units', rule: 'invalid_format' });

  const starts = blankToNull(input.contractStartsOn);
  const ends = blankToNull(input.contractEndsOn);
  if (starts !== null && !isCalendarDate(starts)) issues.push({ field: 'contractStartsOn', rule: 'invalid_date' });
  if (ends !== null && !isCalendarDate(ends)) issues.push({ field: 'contractEndsOn', rule: 'invalid_date' });
  else if (starts !== null && ends !== null && ends < starts) issues.push({ field: 'contractEndsOn', rule: 'out_of_range' });

  const phone = checkPhone(issues, 'phone', input.phone);
  const rawContacts = input.contacts ?? [];
  if (rawContacts.length > REQUESTER_LIMITS.contacts) issues.push({ field: 'contacts', rule: 'too_many', limit: REQUESTER_LIMITS.contacts });
  const contacts = rawContacts.map((contact, i): Contact => {
    checker.text(`contacts.${i}.name`, contact.name, { required: true, max: REQUESTER_LIMITS.name });
    checker.text(`contacts.${i}.role`, contact.role, { max: REQUESTER_LIMITS.role });
    return { name: contact.name.trim(), role: contact.role.trim(), phone: checkPhone(issues, `contacts.${i}.phone`, contact.phone) };
  });

  for (const issue of issues) checker.add(issue);
  checker.check();

  return {
    kind: input.kind,
    name: blankToNull(input.name) ?? '',
    phone,
    shopName: merchant ? blankToNull(input.shopName) : null,
    shopUnit: units[0] ?? null,
    units,
    businessCategory: merchant ? blankToNull(input.businessCategory) : null,
    contractStartsOn: merchant ? starts : null,
    contractEndsOn: merchant ? ends : null,
    contacts: input.kind === 'customer' ? [] : contacts,
    status: merchant ? (input.status ?? 'open') : null,
  };
}

/** A unit is taken while a merchant who has not left, or an owner, holds it. */
export const holdsUnitsActively = (file: Pick<RequesterFile, 'kind' | 'status'>): boolean => file.kind !== 'customer' && file.status !== 'left';
