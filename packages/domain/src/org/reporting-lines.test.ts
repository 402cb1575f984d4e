import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../shared/domain-error.js';
import { buildChartFromCatalogue } from './build-chart-from-catalogue.js';
import { ReportingCycleError, SelfReportingError, UnknownPositionError } from './org.errors.js';
import type { OrgChart } from './org-chart.js';
import { assertAcyclic, changeReportingLine, subordinatesOf, superiorsOf } from './reporting-lines.js';
import { positionsArb } from './testing/org-arbitraries.js';

const chart = buildChartFromCatalogue('site-a');
const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

describe('superiorsOf / subordinatesOf', () => {
  it('walks up transitively, nearest first', () => {
    expect(ids(superiorsOf(chart, 'pos-cart_driver'))).toEqual(['pos-cart_captain', 'pos-merchant_supervisor', 'pos-director', 'pos-deputy']);
    expect(superiorsOf(chart, 'pos-director')).toEqual([]);
  });

  it('walks down transitively', () => {
    expect(ids(subordinatesOf(chart, 'pos-floor_supervisor'))).toEqual(['pos-floor_clerk']);
    expect(ids(subordinatesOf(chart, 'pos-director')).sort()).toEqual(ids(chart.positions.filter((p) => p.code !== 'director')).sort());
    expect(subordinatesOf(chart, 'pos-hall_clerk')).toEqual([]);
  });

  it('refuses unknown positions', () => {
    expect(() => superiorsOf(chart, 'nope')).toThrow(UnknownPositionError);
  });
});

describe('changeReportingLine', () => {
  it('moves a position', () => {
    const next = changeReportingLine(chart, 'pos-cart_captain', ['pos-floor_supervisor']);
    expect(next.positions.find((p) => p.id === 'pos-cart_captain')!.reportsTo).toEqual(['pos-floor_supervisor']);
    expect(chart.positions.find((p) => p.id === 'pos-cart_captain')!.reportsTo).toEqual(['pos-merchant_supervisor']);
  });

  it('refuses a cycle and names the loop', () => {
    try {
      changeReportingLine(chart, 'pos-merchant_supervisor', ['pos-cart_driver']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ReportingCycleError);
      const error = e as ReportingCycleError;
      expect(error.code).toBe('ORG.REPORTING_CYCLE');
      expect(error.facts).toEqual({
        positionId: 'pos-merchant_supervisor',
        via: ['pos-merchant_supervisor', 'pos-cart_driver', 'pos-cart_captain', 'pos-merchant_supervisor'],
      });
    }
  });

  it('refuses making the director report to the deputy', () => {
    expect(() => changeReportingLine(chart, 'pos-director', ['pos-deputy'])).toThrow(ReportingCycleError);
  });

  it('refuses self-reporting', () => {
    expect(() => changeReportingLine(chart, 'pos-deputy', ['pos-deputy'])).toThrow(expect.objectContaining({ code: 'ORG.SELF_REPORTING' }));
  });

  it('refuses unknown superiors and positions', () => {
    expect(() => changeReportingLine(chart, 'pos-deputy', ['nope'])).toThrow(UnknownPositionError);
    expect(() => changeReportingLine(chart, 'nope', [])).toThrow(UnknownPositionError);
  });

  it('drops duplicate superiors', () => {
    const next = changeReportingLine(chart, 'pos-floor_clerk', ['pos-deputy', 'pos-deputy']);
    expect(next.positions.find((p) => p.id === 'pos-floor_clerk')!.reportsTo).toEqual(['pos-deputy']);
  });
});

describe('assertAcyclic', () => {
  const withLines = (lines: Record<string, string[]>): OrgChart => ({
    ...chart,
    positions: chart.positions.map((p) => (lines[p.id] ? { ...p, reportsTo: lines[p.id]! } : p)),
  });

  it('accepts the catalogue', () => {
    expect(() => assertAcyclic(chart)).not.toThrow();
  });

  it('finds a loop written around the domain', () => {
    expect(() => assertAcyclic(withLines({ 'pos-director': ['pos-floor_clerk'] }))).toThrow(ReportingCycleError);
    expect(() => assertAcyclic(withLines({ 'pos-deputy': ['pos-deputy'] }))).toThrow(SelfReportingError);
  });
});

describe('reporting lines (properties)', () => {
  const change = fc.record({ position: fc.nat(), superiors: fc.array(fc.nat(), { maxLength: 3 }) });

  it('stay acyclic after any sequence of accepted changes, and only cycles are refused', () => {
    fc.assert(
      fc.property(positionsArb({ tree: false }), fc.array(change, { maxLength: 15 }), (positions, changes) => {
        let current: OrgChart = { siteId: 'site-1', units: [], positions, assignments: [] };
        for (const c of changes) {
          const id = positions[c.position % positions.length]!.id;
          const superiors = c.superiors.map((s) => positions[s % positions.length]!.id);
          try {
            current = changeReportingLine(current, id, superiors);
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
            expect(['ORG.REPORTING_CYCLE', 'ORG.SELF_REPORTING']).toContain((e as DomainError).code);
            // A refused change really would have made a loop.
            const forced = { ...current, positions: current.positions.map((p) => (p.id === id ? { ...p, reportsTo: superiors } : p)) };
            expect(() => assertAcyclic(forced)).toThrow();
          }
          assertAcyclic(current);
        }
      }),
    );
  });

  it('superiors and subordinates mirror each other', () => {
    fc.assert(
      fc.property(positionsArb({ tree: false }), (positions) => {
        const c: OrgChart = { siteId: 'site-1', units: [], positions, assignments: [] };
        for (const p of positions) {
          for (const s of superiorsOf(c, p.id)) expect(ids(subordinatesOf(c, s.id))).toContain(p.id);
          expect(ids(superiorsOf(c, p.id))).not.toContain(p.id);
        }
      }),
    );
  });
});
