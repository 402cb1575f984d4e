import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { acknowledgeInbound, checkInbound, noticeReaches, type Inbound, type InboundAudience } from './inbound.js';

const NOW = new Date('2026-05-01T02:00:00Z');
const base = { departmentId: 'd-1', kind: 'outage', title: ' B2 停电 ', body: '明日 8:00–10:00 B2 层检修停电。' };
const inbound = (audience: InboundAudience, acknowledgedAt: Date | null = NOW): Inbound => ({
  id: 'i-1',
  siteId: 's-1',
  departmentId: 'd-1',
  kind: 'outage',
  title: 'B2 停电',
  body: '…',
  audience,
  registeredById: 'st-1',
  registeredAt: NOW,
  acknowledgedAt,
  acknowledgedById: acknowledgedAt ? 'st-2' : null,
});
const issues = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => `${i.field}:${i.rule}`);
    throw e;
  }
  return [];
};

describe('inbound information', () => {
  it('stores a floor audience as an upper-case unit prefix', () => {
    expect(checkInbound({ ...base, audience: 'units', unitPrefix: ' b2 ' })).toEqual({
      departmentId: 'd-1',
      kind: 'outage',
      title: 'B2 停电',
      body: base.body,
      audience: { kind: 'units', unitPrefix: 'B2' },
    });
  });

  it('names every field at fault at once', () => {
    expect(issues(() => checkInbound({ departmentId: '', kind: 'storm', title: '', body: 'x'.repeat(1001), audience: 'units', unitPrefix: 'B2 层' }))).toEqual([
      'departmentId:required',
      'kind:invalid_choice',
      'title:required',
      'body:too_long',
      'unitPrefix:invalid_format',
    ]);
    expect(issues(() => checkInbound({ ...base, audience: 'requester' }))).toEqual(['requesterId:required']);
    expect(issues(() => checkInbound({ ...base, audience: 'everyone' }))).toEqual(['audience:invalid_choice']);
  });

  it('keeps the first acknowledgement', () => {
    const once = acknowledgeInbound(inbound({ kind: 'site' }, null), 'st-9', NOW);
    expect(once).toMatchObject({ acknowledgedAt: NOW, acknowledgedById: 'st-9' });
    expect(acknowledgeInbound(once, 'st-8', new Date(NOW.getTime() + 60_000))).toBe(once);
  });

  it('reaches a requester only once acknowledged and only when meant for them', () => {
    const b2 = { requesterId: 'r-1', units: ['A1-018', 'b2-007'] };
    const c1 = { requesterId: 'r-2', units: ['C1-021'] };
    const customer = { requesterId: 'r-3', units: [] };
    expect(noticeReaches(inbound({ kind: 'units', unitPrefix: 'B2' }), b2)).toBe(true);
    expect(noticeReaches(inbound({ kind: 'units', unitPrefix: 'B2' }), c1)).toBe(false);
    expect(noticeReaches(inbound({ kind: 'units', unitPrefix: 'B2' }), customer)).toBe(false);
    expect(noticeReaches(inbound({ kind: 'units', unitPrefix: 'B2' }, null), b2)).toBe(false);
    expect(noticeReaches(inbound({ kind: 'site' }), customer)).toBe(true);
    expect(noticeReaches(inbound({ kind: 'internal' }), b2)).toBe(false);
    expect(noticeReaches(inbound({ kind: 'requester', requesterId: 'r-2' }), c1)).toBe(true);
    expect(noticeReaches(inbound({ kind: 'requester', requesterId: 'r-2' }), b2)).toBe(false);
  });

  it('never shows an unacknowledged or internal notice, whoever reads it (property)', () => {
    const audience = fc.oneof(
      fc.constant<InboundAudience>({ kind: 'internal' }),
      fc.constant<InboundAudience>({ kind: 'site' }),
      fc.stringMatching(/^[A-D][1-3]$/).map((unitPrefix): InboundAudience => ({ kind: 'units', unitPrefix })),
      fc.constantFrom('r-1', 'r-2').map((requesterId): InboundAudience => ({ kind: 'requester', requesterId })),
    );
    const reader = fc.record({ requesterId: fc.constantFrom('r-1', 'r-2', 'r-3'), units: fc.array(fc.stringMatching(/^[A-D][1-3]-\d{3}$/), { maxLength: 3 }) });
    fc.assert(
      fc.property(audience, fc.boolean(), reader, (a, acknowledged, r) => {
        const reaches = noticeReaches(inbound(a, acknowledged ? NOW : null), r);
        if (!acknowledged || a.kind === 'internal') expect(reaches).toBe(false);
        if (acknowledged && a.kind === 'site') expect(reaches).toBe(true);
        if (reaches && a.kind === 'units') expect(r.units.some((u) => u.startsWith(a.unitPrefix))).toBe(true);
      }),
    );
  });
});
