import type { TicketStatus } from '../tickets/ticket.js';
import { normalizePhone } from '../requesters/index.js';
import { InputChecker } from '../shared/validation.js';
import type { Assignment, Staff } from './assignment.js';

export type NewStaffInput = { name: string; employeeNo: string; phone?: string | null };

/** Lengths are counted in characters (code points), so a Chinese name is not cut short by its bytes. */
export const STAFF_LIMITS = { name: 40, employeeNo: 20, phone: 30 } as const;

/** The stored fields of a staff record, the ones an edit may change and the history records. */
export type StaffFields = Pick<Staff, 'name' | 'employeeNo' | 'phone'>;
export const STAFF_FIELDS = ['name', 'employeeNo', 'phone'] as const satisfies readonly (keyof StaffFields)[];
export type StaffField = (typeof STAFF_FIELDS)[number];

// The product's own rule: a name or an employee number is text a person reads and types, so
// control characters (which hide or reorder text) and emoji (not part of anyone's name in a
// staff directory) are refused, as are unpaired surrogates and private-use characters.
const UNREADABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]|\u{FE0F}/u;

/** True when the text holds a character a staff record's name or number may not contain. */
export const hasUnreadableCharacters = (text: string): boolean => UNREADABLE.test(text);

const characters = (text: string) => [...text].length;

function checkText(checker: InputChecker, field: string, value: string | null | undefined, max: number, required: boolean) {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length === 0) {
    if (required) checker.add({ field, rule: 'required' });
  } else if (characters(trimmed) > max) {
    // Refused, never cut: a number that was cut would name somebody else.
    checker.add({ field, rule: 'too_long', limit: max });
  } else if (hasUnreadableCharacters(trimmed)) {
    checker.add({ field, rule: 'invalid_characters' });
  }
}

/**
 * Checks a staff record's fields, every one at once, and returns their stored form: trimmed,
 * the phone normalized (a mainland mobile or a landline with its area code, see requesters'
 * `normalizePhone`), an empty phone as none. `prefix` names the fields as the form knows them.
 */
export function checkStaffFields(input: NewStaffInput, prefix = 'input'): StaffFields {
  const checker = new InputChecker();
  checkText(checker, `${prefix}.name`, input.name, STAFF_LIMITS.name, true);
  checkText(checker, `${prefix}.employeeNo`, input.employeeNo, STAFF_LIMITS.employeeNo, true);
  const rawPhone = input.phone?.trim() ?? '';
  const phone = rawPhone ? normalizePhone(rawPhone) : null;
  if (rawPhone && characters(rawPhone) > STAFF_LIMITS.phone) checker.add({ field: `${prefix}.phone`, rule: 'too_long', limit: STAFF_LIMITS.phone });
  else if (rawPhone && phone === null) checker.add({ field: `${prefix}.phone`, rule: 'phone_format' });
  checker.check();
  return { name: input.name.trim(), employeeNo: input.employeeNo.trim(), phone };
}

/** Checks a new person for the directory, every field at once, and returns them in stored form. */
export const registerStaff = (siteId: string, input: NewStaffInput): Omit<Staff, 'id' | 'active'> => ({
  siteId,
  ...checkStaffFields(input),
});

/** One field's change, as the record's history keeps it. */
export type StaffChange = { field: StaffField; from: string | null; to: string | null };

/**
 * An edit of a staff record: the fields left out keep their value. Answers the record's new
 * fields and what changed (nothing when every value is the same).
 */
export function editStaff(current: StaffFields, patch: Partial<NewStaffInput>): { fields: StaffFields; changes: StaffChange[] } {
  const fields = checkStaffFields({
    name: patch.name ?? current.name,
    employeeNo: patch.employeeNo ?? current.employeeNo,
    phone: patch.phone === undefined ? current.phone : patch.phone,
  });
  const changes = STAFF_FIELDS.filter((f) => fields[f] !== current[f]).map((field) => ({ field, from: current[field], to: fields[field] }));
  return { fields, changes };
}

/** What a departure does to a person's assignments: some end on the day, those not yet begun are withdrawn. */
export type LeaveArrangements = { ended: Assignment[]; withdrawn: Assignment[] };

/**
 * A deactivated person holds no position from `day` on (the product's reading of the issue's
 * "a deactivated person holds no position from that day"): an assignment running on or past
 * the day ends on it (`endsOn` is exclusive), and one that would begin on or after it is
 * withdrawn, since an assignment cannot end on or before its first day.
 */
export function leaveArrangements(assignments: readonly Assignment[], staffId: string, day: Date): LeaveArrangements {
  const mine = assignments.filter((a) => a.staffId === staffId && (a.endsOn === null || a.endsOn.getTime() > day.getTime()));
  return {
    ended: mine.filter((a) => a.startsOn.getTime() < day.getTime()).map((a) => ({ ...a, endsOn: day })),
    withdrawn: mine.filter((a) => a.startsOn.getTime() >= day.getTime()),
  };
}

/**
 * The tickets a departing person still holds and someone else must take over: those not yet
 * resolved (the product's own rule; 反馈 and after need no handler's work).
 */
export const HANDOVER_STATUSES = ['received', 'assigned', 'relayed', 'in_progress'] as const satisfies readonly TicketStatus[];
