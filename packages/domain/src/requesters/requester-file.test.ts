import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { normalizePhone } from './phone.js';
import { checkRequesterFile, holdsUnitsActively } from './requester-file.js';

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.field}:${i.rule}`);
    throw error;
  }
  return [];
};

describe('normalizePhone', () => {
  it.each([
    ['13800001111', '13800001111'],
    ['+86 138 0000 1111', '13800001111'],
    ['0571-87654321', '0571-87654321'],
    ['057187654321', '0571-87654321'],
    ['010-1234567', '010-1234567'],
    ['021 87654321', '021-87654321'],
    ['0571-87654321-123', '0571-87654321-123'],
  ])('accepts %s as %s', (raw, stored) => expect(normalizePhone(raw)).toBe(stored));

  it.each(['abc', '12800001111', '1380000111', '138000011112', '87654321', '0571-123456', '0571-876543210', '📞13800001111'])('refuses %s', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
});

describe('checkRequesterFile', () => {
  it('takes a merchant with shop, units, contract and contacts, in stored form', () => {
    expect(
      checkRequesterFile({
        kind: 'merchant',
        name: ' 周老板 ',
        shopName: '鑫源瓷砖',
        units: ['a1-018', 'A1-018', ' a1-019 '],
        businessCategory: '瓷砖',
        contractStartsOn: '2024-01-01',
        contractEndsOn: '2026-12-31',
        contacts: [{ name: '小王', role: '店员', phone: '139 1111 2222' }],
        phone: '0571 87654321',
      }),
    ).toEqual({
      kind: 'merchant',
      name: '周老板',
      phone: '0571-87654321',
      shopName: '鑫源瓷砖',
      shopUnit: 'A1-018',
      units: ['A1-018', 'A1-019'],
      businessCategory: '瓷砖',
      contractStartsOn: '2024-01-01',
      contractEndsOn: '2026-12-31',
      contacts: [{ name: '小王', role: '店员', phone: '13911112222' }],
      status: 'open',
    });
  });

  it('takes an anonymous walk-in customer', () => {
    const walkIn = checkRequesterFile({ kind: 'customer' });
    expect(walkIn).toMatchObject({ kind: 'customer', name: '', phone: null, units: [], status: null, shopName: null });
  });

  it('keeps only what a kind has', () => {
    const owner = checkRequesterFile({ kind: 'owner', name: '李先生', units: ['C2-001'], shopName: 'x', status: 'left', contractEndsOn: '2030-01-01' });
    expect(owner).toMatchObject({ shopName: null, status: null, contractEndsOn: null, units: ['C2-001'] });
  });

  it('names every field at fault at once', () => {
    expect(issuesOf(() => checkRequesterFile({ kind: 'merchant', phone: 'abc' }))).toEqual(['shopName:required', 'units:required', 'phone:phone_format']);
    expect(issuesOf(() => checkRequesterFile({ kind: 'owner', units: [] }))).toEqual(['name:required', 'units:required']);
    expect(
      issuesOf(() =>
        checkRequesterFile({
          kind: 'merchant',
          shopName: '店',
          units: ['A1 018'],
          contractStartsOn: '2025-06-01',
          contractEndsOn: '2025-05-31',
          contacts: [{ name: '', role: '', phone: '123' }],
          status: 'gone' as never,
        }),
      ),
    ).toEqual(['status:invalid_choice', 'contacts.0.name:required', 'units:invalid_format', 'contractEndsOn:out_of_range', 'contacts.0.phone:phone_format']);
    expect(issuesOf(() => checkRequesterFile({ kind: 'customer', contractStartsOn: '2025-02-30' }))).toEqual(['contractStartsOn:invalid_date']);
  });

  it('counts a unit as held until a merchant has left', () => {
    expect(holdsUnitsActively({ kind: 'merchant', status: 'closing' })).toBe(true);
    expect(holdsUnitsActively({ kind: 'merchant', status: 'left' })).toBe(false);
    expect(holdsUnitsActively({ kind: 'owner', status: null })).toBe(true);
    expect(holdsUnitsActively({ kind: 'customer', status: null })).toBe(false);
  });
});
