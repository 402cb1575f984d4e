import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { checkDocument, checkNote, expiryWindowEnd, fileChanges, sniffDocumentType } from './requester-document.js';

const PDF = new TextEncoder().encode('%PDF-1.4 test');
const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.field}:${i.rule}`);
    throw error;
  }
  return [];
};

describe('requester documents', () => {
  it('knows a PDF, a JPEG and a PNG by their first bytes, and nothing else', () => {
    expect(sniffDocumentType(PDF)).toBe('application/pdf');
    expect(sniffDocumentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffDocumentType(new TextEncoder().encode('<html>'))).toBeNull();
  });

  it('takes a contract with an expiry day', () => {
    expect(checkDocument({ kind: 'contract', expiresOn: '2026-12-31', fileName: ' 合同.pdf ', bytes: PDF })).toEqual({
      kind: 'contract',
      expiresOn: '2026-12-31',
      fileName: '合同.pdf',
      contentType: 'application/pdf',
    });
  });

  it('names every fault at once', () => {
    expect(issuesOf(() => checkDocument({ kind: 'passport', expiresOn: '2026-02-30', fileName: 'x', bytes: new TextEncoder().encode('MZ') }))).toEqual([
      'kind:invalid_choice',
      'expiresOn:invalid_date',
      'file:file_type',
    ]);
    expect(issuesOf(() => checkDocument({ kind: 'licence', expiresOn: null, fileName: 'x', bytes: new Uint8Array(0) }))).toEqual(['file:required']);
    expect(issuesOf(() => checkDocument({ kind: 'licence', expiresOn: null, fileName: 'x', bytes: new Uint8Array(10 * 1024 * 1024 + 1) }))).toEqual(['file:file_too_large']);
  });

  it('refuses an empty note', () => {
    expect(issuesOf(() => checkNote('  '))).toEqual(['body:required']);
    expect(checkNote(' 已电话确认 ')).toBe('已电话确认');
  });

  it('ends the expiry window 30 days after the site’s today, across a month and a year', () => {
    expect(expiryWindowEnd('2026-11-30')).toBe('2026-12-30');
    expect(expiryWindowEnd('2026-12-15')).toBe('2027-01-14');
    expect(expiryWindowEnd('2028-02-01')).toBe('2028-03-02');
  });

  it('lists the fields that changed, from what to what', () => {
    const before: Parameters<typeof fileChanges>[1] = { kind: 'merchant', name: '周', phone: '13800001111', shopName: '鑫源瓷砖', units: ['A1-018'], businessCategory: null, contractStartsOn: null, contractEndsOn: '2026-12-31', status: 'open', contacts: [] };
    expect(fileChanges(before, { ...before, phone: '13900002222', units: ['A1-018', 'A1-019'] })).toEqual([
      { field: 'phone', from: '13800001111', to: '13900002222' },
      { field: 'units', from: 'A1-018', to: 'A1-018, A1-019' },
    ]);
    expect(fileChanges(null, before).map((c) => c.field)).toEqual(['kind', 'name', 'phone', 'shopName', 'units', 'contractEndsOn', 'status']);
  });
});

describe('a requester’s own contact', () => {
  it('stores the phone in the desk’s form and a trimmed contact time, or none', async () => {
    const { checkOwnContact } = await import('./requester-document.js');
    expect(checkOwnContact({ phone: '139 1111 2222', preferredContactTime: ' 工作日 14:00 以后 ' })).toEqual({ phone: '13911112222', preferredContactTime: '工作日 14:00 以后' });
    expect(checkOwnContact({ phone: ' ', preferredContactTime: '' })).toEqual({ phone: null, preferredContactTime: null });
    expect(issuesOf(() => checkOwnContact({ phone: 'abc', preferredContactTime: '时'.repeat(61) }))).toEqual(['preferredContactTime:too_long', 'phone:phone_format']);
  });
});
