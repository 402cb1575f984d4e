import type { LocalizedText } from '../shared/localized-text.js';
import { InputChecker, type FieldIssue } from '../shared/validation.js';
import { normalizePhone } from '../requesters/phone.js';
import { PEER_DEPARTMENTS, type PeerDepartment } from '../tickets/ticket.js';

/** Someone to call in a department: its manager, a duty phone, a dispatcher. */
export type DepartmentContact = { name: string; role: string; phone: string | null };

/**
 * A department outside customer service that tickets are relayed to (信息传达), kept as data per
 * site: each mall names its own. `peer` ties it to the ticket's kind of peer department, so a
 * relay also sets the ticket's `relayedTo`; a department with none (security) relays all the same.
 * `memberStaffIds` are the staff accounts of the department: they receive its relays in their
 * own queue. A department without members answers by phone, recorded by the relaying clerk.
 */
export type Department = {
  id: string;
  siteId: string;
  code: string;
  name: LocalizedText;
  peer: PeerDepartment | null;
  contacts: DepartmentContact[];
  memberStaffIds: string[];
  active: boolean;
};

export type DepartmentInput = {
  code: string;
  name: LocalizedText;
  peer?: PeerDepartment | null;
  contacts?: readonly DepartmentContact[] | null;
  memberStaffIds?: readonly string[] | null;
  active?: boolean | null;
};

export type DepartmentFields = Omit<Department, 'id' | 'siteId'>;

export const DEPARTMENT_LIMITS = { code: 40, name: 40, contacts: 10, contactName: 40, role: 20, members: 50 } as const;

const CODE = /^[a-z][a-z0-9_]*$/;

/**
 * Checks a department as a whole and returns its stored form, or throws a ValidationError naming
 * every field at fault. Whether the member ids are staff of the site is for the caller to check.
 */
export function checkDepartment(input: DepartmentInput): DepartmentFields {
  const checker = new InputChecker()
    .text('code', input.code, { required: true, max: DEPARTMENT_LIMITS.code })
    .text('name.zh', input.name.zh, { required: true, max: DEPARTMENT_LIMITS.name })
    .text('name.en', input.name.en, { required: true, max: DEPARTMENT_LIMITS.name })
    .oneOf('peer', input.peer, PEER_DEPARTMENTS, false);
  const issues: FieldIssue[] = [];
  const code = input.code.trim();
  if (code !== '' && !CODE.test(code)) issues.push({ field: 'code', rule: 'invalid_format' });

  const rawContacts = input.contacts ?? [];
  if (rawContacts.length > DEPARTMENT_LIMITS.contacts) issues.push({ field: 'contacts', rule: 'too_many', limit: DEPARTMENT_LIMITS.contacts });
  const contacts = rawContacts.map((contact, i): DepartmentContact => {
    checker.text(`contacts.${i}.name`, contact.name, { required: true, max: DEPARTMENT_LIMITS.contactName });
    checker.text(`contacts.${i}.role`, contact.role, { max: DEPARTMENT_LIMITS.role });
    const raw = contact.phone?.trim() ?? '';
    const phone = raw === '' ? null : normalizePhone(raw);
    if (raw !== '' && phone === null) issues.push({ field: `contacts.${i}.phone`, rule: 'phone_format' });
    return { name: contact.name.trim(), role: contact.role.trim(), phone };
  });

  const memberStaffIds = [...new Set((input.memberStaffIds ?? []).map((id) => id.trim()).filter(Boolean))];
  if (memberStaffIds.length > DEPARTMENT_LIMITS.members) issues.push({ field: 'memberStaffIds', rule: 'too_many', limit: DEPARTMENT_LIMITS.members });

  for (const issue of issues) checker.add(issue);
  checker.check();
  return {
    code,
    name: { zh: input.name.zh.trim(), en: input.name.en.trim() },
    peer: input.peer ?? null,
    contacts,
    memberStaffIds,
    active: input.active ?? true,
  };
}

type DefaultDepartment = { code: string; name: LocalizedText; peer: PeerDepartment | null };

/**
 * The departments a new site starts with; managers rename, add and retire them. Each is named
 * where the seeds name it.
 */
export const DEFAULT_DEPARTMENTS: readonly DefaultDepartment[] = [
  // Seed 001, 报修: "由维修部或管理处协助…返修"; seed 000 lists 工程部 among the related departments.
  { code: 'engineering', name: { zh: '工程维修部', en: 'Engineering & repairs' }, peer: 'engineering' },
  // Seed 002, hall clerk: "对客户物流配送需求的登记,信息传达到物流部".
  { code: 'logistics', name: { zh: '物流部', en: 'Logistics' }, peer: 'logistics' },
  // Seed 002, hall clerk: "对客户技术服务需求的登记,信息传达到技术部".
  { code: 'technical', name: { zh: '技术部', en: 'Technical service' }, peer: 'technical' },
  // Seed 002, director's relations: "招商部经理 配合、信息传递、意见征求".
  { code: 'leasing', name: { zh: '招商部', en: 'Leasing' }, peer: 'leasing' },
  // Seed 002, director's relations: "市场部经理 配合、信息传递" (the mall's marketing; some malls call it 企划部).
  { code: 'marketing', name: { zh: '市场部', en: 'Marketing' }, peer: 'marketing' },
  // Seed 002, director's relations: "广告部经理 配合、信息传递".
  { code: 'advertising', name: { zh: '广告部', en: 'Advertising' }, peer: 'advertising' },
  // Seed 002, director's relations: "物业部经理 配合、信息传递".
  { code: 'property', name: { zh: '物业部', en: 'Property management' }, peer: 'property' },
  // Seed 002, floor supervisor: "配合卖场经理开展客户服务的全面工作" (floor management).
  { code: 'floor_manager', name: { zh: '卖场经理', en: 'Floor management' }, peer: 'floor_manager' },
  // Product's own: no seed names the mall's guards, but lost children and fights go to them.
  { code: 'security', name: { zh: '保安部', en: 'Security' }, peer: null },
];
