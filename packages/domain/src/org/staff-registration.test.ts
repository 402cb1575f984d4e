import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { registerStaff } from './staff-registration.js';

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
    try {
      registerStaff('s', { name: '', employeeNo: 'x'.repeat(21) });
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.field)).toEqual(['input.name', 'input.employeeNo']);
    }
  });
});
