import { describe, expect, it } from 'vitest';
import { auditFieldKey, formatAuditValue, type AuditValueWords } from '../utils/org-change-values';

const words: AuditValueWords = {
  localized: (t) => t.zh,
  positionTitle: (id) => ({ p1: '客户服务部经理', p2: '客户服务部副经理' })[id] ?? null,
  unitName: (id) => (id === 'u1' ? '商户服务部' : null),
  scope: (s) => `scope:${s}`,
  yes: '是',
  no: '否',
  items: (n) => `${n} 项`,
};

describe('audit values', () => {
  it('shows texts, numbers, flags, positions, units and grant scopes as a reader names them', () => {
    expect(formatAuditValue('title', JSON.stringify({ zh: '夜班客服', en: 'Night clerk' }), words)).toBe('夜班客服');
    expect(formatAuditValue('headcount', '3', words)).toBe('3');
    expect(formatAuditValue('acting', 'true', words)).toBe('是');
    expect(formatAuditValue('reportsTo', JSON.stringify(['p1', 'p2']), words)).toBe('客户服务部经理、客户服务部副经理');
    expect(formatAuditValue('unitId', '"u1"', words)).toBe('商户服务部');
    expect(formatAuditValue('ticket.take', '"own_queue"', words)).toBe('scope:own_queue');
    expect(formatAuditValue('kpis', JSON.stringify([{ zh: '有效投诉次数', en: 'Valid complaints' }]), words)).toBe('有效投诉次数');
    expect(formatAuditValue('duties', JSON.stringify([{ function: { zh: '接待', en: 'R' }, duties: [] }, { function: { zh: '投诉', en: 'C' }, duties: [] }]), words)).toBe('2 项');
  });

  it('shows nothing there as a dash', () => {
    expect(formatAuditValue('ticket.close', null, words)).toBe('—');
    expect(formatAuditValue('kpis', '[]', words)).toBe('—');
    expect(formatAuditValue('endsOn', 'null', words)).toBe('—');
  });

  it('labels a grant by its action and other fields by the trail’s words', () => {
    expect(auditFieldKey('org.reportingLine.edit')).toBe('action.ORG_REPORTING_LINE_EDIT');
    expect(auditFieldKey('ticket.take')).toBe('action.TICKET_TAKE');
    expect(auditFieldKey('headcount')).toBe('audit.field.headcount');
  });
});
