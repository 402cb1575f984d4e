import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { PEER_DEPARTMENTS } from '../tickets/ticket.js';
import { checkDepartment, DEFAULT_DEPARTMENTS } from './department.js';

describe('checkDepartment', () => {
  it('stores a trimmed department with normalized contact phones', () => {
    expect(
      checkDepartment({
        code: 'engineering',
        name: { zh: ' 工程维修部 ', en: 'Engineering' },
        peer: 'engineering',
        contacts: [{ name: ' 刘工 ', role: '值班', phone: '138 0000 2001' }],
        memberStaffIds: ['s1', 's1', ' '],
      }),
    ).toEqual({
      code: 'engineering',
      name: { zh: '工程维修部', en: 'Engineering' },
      peer: 'engineering',
      contacts: [{ name: '刘工', role: '值班', phone: '13800002001' }],
      memberStaffIds: ['s1'],
      active: true,
    });
  });

  it('names every problem at once', () => {
    try {
      checkDepartment({ code: 'Eng Dept', name: { zh: '', en: 'x'.repeat(41) }, peer: 'kitchen' as never, contacts: [{ name: '', role: '', phone: 'abc' }] });
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => `${i.field}:${i.rule}`).sort()).toEqual(
        ['code:invalid_format', 'contacts.0.name:required', 'contacts.0.phone:phone_format', 'name.en:too_long', 'name.zh:required', 'peer:invalid_choice'].sort(),
      );
    }
  });

  it('starts a site with the seeds’ departments, each valid, codes unique, every peer kind covered', () => {
    for (const d of DEFAULT_DEPARTMENTS) expect(() => checkDepartment(d)).not.toThrow();
    expect(new Set(DEFAULT_DEPARTMENTS.map((d) => d.code)).size).toBe(DEFAULT_DEPARTMENTS.length);
    expect(DEFAULT_DEPARTMENTS.map((d) => d.peer).filter(Boolean).sort()).toEqual([...PEER_DEPARTMENTS].sort());
  });
});
