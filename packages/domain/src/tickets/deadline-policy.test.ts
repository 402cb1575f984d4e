import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { can } from '../permissions/index.js';
import { ValidationError } from '../shared/validation.js';
import type { Principal } from '../shared/principal.js';
import { checkKindPolicy, siteDeadlines } from './deadline-policy.js';
import { computeDeadlines, DEFAULT_KIND_POLICY } from './sla.js';

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
};

const repair = {
  major: { handoverWithinHours: 1, replyWithinHours: 4, resolveWithinHours: 24 },
  important: { resolveWithinHours: 48 },
  minor: { resolveWithinHours: 72 },
};

describe('checkKindPolicy', () => {
  it('keeps a site’s deadlines for a kind, steps left out as none', () => {
    expect(checkKindPolicy('repair', repair)).toEqual({
      kind: 'repair',
      policy: {
        major: { handoverWithinHours: 1, replyWithinHours: 4, resolveWithinHours: 24 },
        important: { handoverWithinHours: null, replyWithinHours: null, resolveWithinHours: 48 },
        minor: { handoverWithinHours: null, replyWithinHours: null, resolveWithinHours: 72 },
      },
    });
  });

  it('names every field at fault: positive whole hours, a resolution, the steps in order (呈送 → 答复 → 解决)', () => {
    expect(
      issuesOf(() =>
        checkKindPolicy('repair', {
          major: { handoverWithinHours: 0, replyWithinHours: 30, resolveWithinHours: 24 },
          important: { handoverWithinHours: 50, resolveWithinHours: 48 },
          minor: { resolveWithinHours: 1.5 },
        }),
      ),
    ).toEqual([
      { field: 'major.handoverWithinHours', rule: 'out_of_range' },
      { field: 'minor.resolveWithinHours', rule: 'out_of_range' },
      { field: 'major.replyWithinHours', rule: 'after_later_step' },
      { field: 'important.handoverWithinHours', rule: 'after_later_step' },
    ]);
    expect(issuesOf(() => checkKindPolicy('repair', { ...repair, important: {} }))).toEqual([{ field: 'important.resolveWithinHours', rule: 'required' }]);
  });

  it('refuses complaints: their deadlines are 001’s (投诉接待 (5))', () => {
    expect(issuesOf(() => checkKindPolicy('complaint', repair))).toEqual([{ field: 'kind', rule: 'invalid_choice' }]);
  });
});

describe('siteDeadlines', () => {
  it('lists complaints with their seed line and every other kind as the site set it or the product default', () => {
    const { policy } = checkKindPolicy('repair', repair);
    const listed = siteDeadlines({ repair: policy });
    expect(listed[0]).toMatchObject({ kind: 'complaint', source: 'seed', seedLine: expect.stringContaining('当天呈送管理处主任') });
    expect(listed[0]!.severities[0]).toMatchObject({ severity: 'major', handoverSameDay: true, replyWithinHours: 48, resolveWithinHours: 240 });
    expect(listed.find((k) => k.kind === 'repair')).toMatchObject({ source: 'site', seedLine: null, severities: [{ severity: 'major', resolveWithinHours: 24 }, {}, {}] });
    expect(listed.find((k) => k.kind === 'consultation')).toMatchObject({ source: 'product_default', severities: [{ resolveWithinHours: DEFAULT_KIND_POLICY.major.resolveWithinHours }, {}, {}] });
    expect(listed).toHaveLength(8);
  });

  it('a site’s policy sets the deadlines of its kind; complaints keep 001’s', () => {
    const { policy } = checkKindPolicy('repair', repair);
    const receivedAt = new Date('2026-03-02T02:00:00.000Z');
    expect(computeDeadlines({ kind: 'repair', severity: 'major', receivedAt, policies: { repair: policy } })).toEqual({
      handoverBy: new Date('2026-03-02T03:00:00.000Z'),
      replyBy: new Date('2026-03-02T06:00:00.000Z'),
      resolveBy: new Date('2026-03-03T02:00:00.000Z'),
    });
    // 001 "10日内解决" whatever the site set for other kinds.
    expect(computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt, policies: { repair: policy } }).resolveBy).toEqual(new Date('2026-03-12T02:00:00.000Z'));
  });
});

describe('who sets the deadlines', () => {
  const chart = staffedChart();
  const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
  it('the director and the deputy (002 "负责制订本商场相关的服务标准"), nobody below', () => {
    const site = { type: 'site' as const, siteId: SITE_ID };
    expect(can(staff('director'), 'ticket.policy.configure', site, chart, NOW)).toBe(true);
    expect(can(staff('deputy'), 'ticket.policy.configure', site, chart, NOW)).toBe(true);
    expect(can(staff('floorSupervisor'), 'ticket.policy.configure', site, chart, NOW)).toBe(false);
    expect(can(staff('floorClerk'), 'ticket.policy.configure', site, chart, NOW)).toBe(false);
  });
});
