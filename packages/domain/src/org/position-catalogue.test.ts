import { describe, it, expect } from 'vitest';
import { buildChartFromCatalogue } from './build-chart-from-catalogue.js';
import { POSITION_CATALOGUE, UNIT_CATALOGUE } from './position-catalogue.js';
import { POSITION_CODES, UNIT_CODES, type PositionCode } from './position.js';
import { assertAcyclic } from './reporting-lines.js';
import type { LocalizedText } from '../shared/localized-text.js';

const byCode = (code: PositionCode) => POSITION_CATALOGUE.find((p) => p.code === code)!;

/** Every LocalizedText anywhere inside a value. */
const texts = (value: unknown): LocalizedText[] => {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value !== null && typeof value === 'object') {
    if ('zh' in value && 'en' in value) return [value as LocalizedText];
    return Object.values(value).flatMap(texts);
  }
  return [];
};

describe('position catalogue', () => {
  it('has each of the ten positions exactly once', () => {
    expect(POSITION_CATALOGUE.map((p) => p.code).sort()).toEqual([...POSITION_CODES].sort());
  });

  it('has the four units, every one below the department', () => {
    expect(UNIT_CATALOGUE.map((u) => u.code).sort()).toEqual([...UNIT_CODES].sort());
    for (const u of UNIT_CATALOGUE) expect(u.parent).toBe(u.code === 'department' ? null : 'department');
  });

  it('follows the reporting lines of the brief', () => {
    const lines = Object.fromEntries(POSITION_CATALOGUE.map((p) => [p.code, p.reportsTo]));
    expect(lines).toEqual({
      director: [],
      deputy: ['director'],
      merchant_supervisor: ['director', 'deputy'],
      floor_supervisor: ['deputy'],
      office_clerk: ['merchant_supervisor'],
      archive_clerk: ['merchant_supervisor'],
      hall_clerk: ['merchant_supervisor'],
      floor_clerk: ['floor_supervisor'],
      cart_captain: ['merchant_supervisor'],
      cart_driver: ['cart_captain'],
    });
  });

  it('places positions in their units with sensible headcounts', () => {
    expect(byCode('merchant_supervisor').unit).toBe('merchant_service');
    expect(byCode('floor_clerk').unit).toBe('floor_service');
    expect(byCode('cart_driver').unit).toBe('shuttle_team');
    const headcount = Object.fromEntries(POSITION_CATALOGUE.map((p) => [p.code, p.headcount]));
    expect(headcount).toMatchObject({ director: 1, deputy: 1, office_clerk: 2, hall_clerk: 3, floor_clerk: 4, cart_driver: 4 });
  });

  it('fills every text in both languages', () => {
    for (const p of POSITION_CATALOGUE) {
      expect(p.duties.length, p.code).toBeGreaterThan(0);
      expect(p.kpis.length, p.code).toBeGreaterThan(0);
      expect(p.qualifications.knowledge.length, p.code).toBeGreaterThan(0);
      for (const text of texts(p)) {
        expect(text.zh.trim(), p.code).not.toBe('');
        expect(text.en.trim(), p.code).not.toBe('');
      }
      for (const group of p.duties) expect(group.duties.length, p.code).toBeGreaterThan(0);
    }
    for (const u of UNIT_CATALOGUE) expect(u.name.zh && u.name.en).toBeTruthy();
  });

  it('keeps work-environment shares at 100%', () => {
    for (const p of POSITION_CATALOGUE) expect(p.workEnvironment.reduce((sum, e) => sum + e.share, 0), p.code).toBe(100);
    expect(byCode('director').workEnvironment.map((e) => [e.place.zh, e.share])).toEqual([
      ['办公室', 40],
      ['市场', 60],
    ]);
  });

  it('quotes the seed for purpose and KPIs', () => {
    expect(byCode('director').purpose.zh).toContain('负责客户服务部的整体运营');
    expect(byCode('director').kpis.map((k) => k.zh)).toEqual(['部门投诉率', '服务问题率', '有效投诉次数', '团队管理']);
    expect(byCode('floor_clerk').kpis.map((k) => k.zh)).toContain('卖场客流统计');
  });

  it('gives authorities to managers and supervisors, none to clerks', () => {
    const director = byCode('director').authorities;
    expect(director).toContainEqual(expect.objectContaining({ verb: 'approve', domain: 'business' }));
    expect(director).toContainEqual(expect.objectContaining({ verb: 'review', domain: 'expenses' }));
    expect(director).toContainEqual(expect.objectContaining({ verb: 'appraise', domain: 'personnel' }));
    const deputy = byCode('deputy').authorities;
    expect(deputy.length).toBeLessThan(director.length);
    for (const a of deputy) expect(director).toContainEqual(a);
    expect(byCode('floor_supervisor').authorities.map((a) => a.verb)).toEqual(['propose', 'oversee']);
    for (const code of ['office_clerk', 'archive_clerk', 'hall_clerk', 'floor_clerk', 'cart_driver'] as const) {
      expect(byCode(code).authorities).toEqual([]);
    }
  });
});

describe('buildChartFromCatalogue', () => {
  it('instantiates the catalogue with readable ids and an acyclic tree', () => {
    const chart = buildChartFromCatalogue('site-a', [{ staffId: 's1', position: 'deputy', startsOn: new Date('2025-01-01') }]);
    expect(chart.positions).toHaveLength(10);
    expect(chart.units.find((u) => u.code === 'floor_service')).toMatchObject({ id: 'unit-floor_service', parentId: 'unit-department' });
    expect(chart.positions.find((p) => p.code === 'merchant_supervisor')).toMatchObject({
      id: 'pos-merchant_supervisor',
      unitId: 'unit-merchant_service',
      reportsTo: ['pos-director', 'pos-deputy'],
      siteId: 'site-a',
    });
    expect(chart.assignments).toEqual([
      { id: 'asg-1', siteId: 'site-a', staffId: 's1', positionId: 'pos-deputy', startsOn: new Date('2025-01-01'), endsOn: null, acting: false },
    ]);
    expect(() => assertAcyclic(chart)).not.toThrow();
  });

  it('takes an id generator', () => {
    const chart = buildChartFromCatalogue('x', [], { position: (code) => `x:${code}`, unit: (code) => `x/${code}` });
    expect(chart.positions.find((p) => p.code === 'cart_driver')).toMatchObject({ id: 'x:cart_driver', unitId: 'x/shuttle_team', reportsTo: ['x:cart_captain'] });
  });
});
