import { InputChecker } from '../shared/validation.js';
import type { Staff } from './assignment.js';

export type NewStaffInput = { name: string; employeeNo: string; phone?: string | null };

export const STAFF_LIMITS = { name: 40, employeeNo: 20, phone: 30 } as const;

/** Checks a new person for the directory, every field at once, and returns them trimmed. */
export const registerStaff = (siteId: string, input: NewStaffInput): Omit<Staff, 'id' | 'active'> => {
  new InputChecker()
    .text('input.name', input.name, { required: true, max: STAFF_LIMITS.name })
    .text('input.employeeNo', input.employeeNo, { required: true, max: STAFF_LIMITS.employeeNo })
    .text('input.phone', input.phone, { max: STAFF_LIMITS.phone })
    .check();
  return { siteId, name: input.name.trim(), employeeNo: input.employeeNo.trim(), phone: input.phone?.trim() || null };
};
