import { describe, expect, it } from 'vitest';
import { ValidationError, type FieldIssue } from '../shared/validation.js';
import type { Assignment } from './assignment.js';
import { checkStaffFields, editStaff, leaveArrangements, registerStaff } from './staff-registration.js';

const issuesOf = (run: () => unknown): FieldIssue[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('registerStaff', () => {
  it('trims the fields and turns an empty phone into none', () => {
    expect(registerStaff('s', { name: ' 周晓梅 ', employeeNo: 'KF-9001 ', phone: '  ' })).toEqual({
      siteId: 's',
      name: '周晓梅',
      employeeNo: 'KF-9001',
      phone: null,
    });
  });

  it('names every missing or oversized field', () => {
    expect(() => registerStaff('s', { name: '', employeeNo: 'x'.repeat(21) })).toThrow(ValidationError);
    expect(issuesOf(() => registerStaff('s', { name: '', employeeNo: 'x'.repeat(21) }))).toEqual([
      { field: 'input.name', rule: 'required' },
      { field: 'input.employeeNo', rule: 'too_long', limit: 20 },
    ]);
  });
});

describe('checkStaffFields', () => {
  it('accepts mainland mobiles and landlines with area code and extension, and stores them normalized', () => {
    const phoneOf = (phone: string) => checkStaffFields({ name: '周晓梅', employeeNo: 'KF-1', phone }).phone;
    expect(phoneOf('13912345678')).toBe('13912345678');
    expect(phoneOf('+86 139 1234 5678')).toBe('13912345678');
    expect(phoneOf('0571-88886666')).toBe('0571-88886666');
    expect(phoneOf('057188886666')).toBe('0571-88886666');
    expect(phoneOf('010-12345678-123')).toBe('010-12345678-123');
  });

  it('refuses a phone that is neither, naming the phone rule', () => {
    for (const phone of ['abc', '12345678901', '1391234567', '0571-123', '21-12345678', '139123456789']) {
      expect(issuesOf(() => checkStaffFields({ name: '周晓梅', employeeNo: 'KF-1', phone }))).toEqual([
        { field: 'input.phone', rule: 'phone_format' },
      ]);
    }
  });

  it('refuses emoji and control characters in a name or an employee number', () => {
    for (const name of ['周晓梅😀', '王\u0007芳', '李\u202E明', '🇨🇳张伟', '❤️']) {
      expect(issuesOf(() => checkStaffFields({ name, employeeNo: 'KF-1' }))).toEqual([{ field: 'input.name', rule: 'invalid_characters' }]);
    }
    expect(issuesOf(() => checkStaffFields({ name: '周晓梅', employeeNo: 'KF\t1' }))).toEqual([
      { field: 'input.employeeNo', rule: 'invalid_characters' },
    ]);
    expect(checkStaffFields({ name: '欧阳·娜娜 O’Neil-Smith', employeeNo: 'KF-1' }).name).toBe('欧阳·娜娜 O’Neil-Smith');
  });

  it('counts characters, not bytes or UTF-16 units, against the limits, and never cuts', () => {
    expect(checkStaffFields({ name: '𠮷'.repeat(40), employeeNo: 'KF-1' }).name).toBe('𠮷'.repeat(40));
    expect(issuesOf(() => checkStaffFields({ name: '周'.repeat(41), employeeNo: 'K'.repeat(21), phone: '1'.repeat(31) }))).toEqual([
      { field: 'input.name', rule: 'too_long', limit: 40 },
      { field: 'input.employeeNo', rule: 'too_long', limit: 20 },
      { field: 'input.phone', rule: 'too_long', limit: 30 },
    ]);
  });
});

describe('editStaff', () => {
  const current = { name: '周晓梅', employeeNo: 'KF-9001', phone: '13912345678' };

  it('keeps what the patch leaves out and lists only the fields that changed', () => {
    expect(editStaff(current, { phone: '0571-88886666', name: ' 周晓梅 ' })).toEqual({
      fields: { ...current, phone: '0571-88886666' },
      changes: [{ field: 'phone', from: '13912345678', to: '0571-88886666' }],
    });
    expect(editStaff(current, {}).changes).toEqual([]);
  });

  it('clears the phone with null or an empty string', () => {
    expect(editStaff(current, { phone: '' }).changes).toEqual([{ field: 'phone', from: '13912345678', to: null }]);
    expect(editStaff(current, { phone: null }).fields.phone).toBeNull();
  });

  it('checks the edited record like a new one', () => {
    expect(issuesOf(() => editStaff(current, { name: '', phone: 'abc' }))).toEqual([
      { field: 'input.name', rule: 'required' },
      { field: 'input.phone', rule: 'phone_format' },
    ]);
  });
});

describe('leaveArrangements', () => {
  const day = new Date('2026-12-01T00:00:00Z');
  const assignment = (id: string, startsOn: string, endsOn: string | null, staffId = 'p'): Assignment => ({
    id,
    siteId: 's',
    staffId,
    positionId: 'pos',
    startsOn: new Date(`${startsOn}T00:00:00Z`),
    endsOn: endsOn ? new Date(`${endsOn}T00:00:00Z`) : null,
    acting: false,
  });

  it('ends on the day what runs through it, withdraws what has not begun, leaves the past and other people alone', () => {
    const running = assignment('running', '2025-01-01', null);
    const endingLater = assignment('later', '2026-06-01', '2027-01-01');
    const startingToday = assignment('today', '2026-12-01', null);
    const future = assignment('future', '2027-01-01', null);
    const past = assignment('past', '2024-01-01', '2025-01-01');
    const endsOnTheDay = assignment('edge', '2026-01-01', '2026-12-01');
    const someoneElse = assignment('other', '2025-01-01', null, 'q');
    expect(leaveArrangements([running, endingLater, startingToday, future, past, endsOnTheDay, someoneElse], 'p', day)).toEqual({
      ended: [
        { ...running, endsOn: day },
        { ...endingLater, endsOn: day },
      ],
      withdrawn: [startingToday, future],
    });
  });
});
