import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { buildChartFromCatalogue } from './build-chart-from-catalogue.js';
import { designPosition, editPosition, positionInUse } from './position-edit.js';

const archive = buildChartFromCatalogue('site').positions.find((p) => p.code === 'archive_clerk')!;

describe('editPosition', () => {
  it('changes only what was given, trimmed', () => {
    const next = editPosition(archive, { headcount: 2, title: { zh: ' 档案员 ', en: 'Archivist ' } });
    expect(next).toEqual({ ...archive, headcount: 2, title: { zh: '档案员', en: 'Archivist' } });
  });

  it('reports every bad field at once', () => {
    try {
      editPosition(archive, { headcount: -1, purpose: { zh: '', en: 'x'.repeat(2001) } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => `${i.field}:${i.rule}`)).toEqual([
        'input.headcount:out_of_range',
        'input.purpose.zh:required',
        'input.purpose.en:too_long',
      ]);
    }
  });
});

describe('editing every part of a job description', () => {
  const chart = buildChartFromCatalogue('site');
  const hall = chart.positions.find((p) => p.code === 'hall_clerk')!;
  const issues = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ValidationError) return error.issues.map((i) => `${i.field}:${i.rule}`);
      throw error;
    }
    return [];
  };

  it('accepts every catalogue position’s own job description back unchanged', () => {
    for (const p of chart.positions) {
      const { duties, kpis, authorities, qualifications, workEnvironment } = p;
      expect(editPosition(p, { duties, kpis, authorities, qualifications, workEnvironment }, chart)).toEqual(p);
    }
  });

  it('changes duties by heading, KPIs, authorities, qualifications and work environment', () => {
    const next = editPosition(hall, {
      duties: [{ function: { zh: ' 夜班接待 ', en: 'Night desk' }, duties: [{ zh: '受理夜间来访', en: 'Receive night visitors' }] }],
      kpis: [{ zh: '有效投诉次数', en: 'Valid complaints' }],
      authorities: [{ verb: 'propose', domain: 'business', subject: { zh: '服务流程', en: 'Service process' } }],
      qualifications: { education: { zh: '大专', en: 'College' }, experience: { zh: '一年', en: 'One year' }, knowledge: [], skills: [] },
      workEnvironment: [
        { place: { zh: '服务大厅', en: 'Hall' }, share: 70 },
        { place: { zh: '卖场', en: 'Floor' }, share: 30 },
      ],
    });
    expect(next.duties[0]!.function.zh).toBe('夜班接待');
    expect(next.authorities[0]!.verb).toBe('propose');
    expect(next.workEnvironment.map((p) => p.share)).toEqual([70, 30]);
  });

  it('names every bad part at once: an unknown verb, shares not adding up, an empty duty', () => {
    expect(
      issues(() =>
        editPosition(hall, {
          duties: [{ function: { zh: '接待', en: 'Desk' }, duties: [{ zh: '', en: 'x' }] }],
          authorities: [{ verb: 'decide' as never, domain: 'business', subject: { zh: '制度', en: 'Rules' } }],
          workEnvironment: [{ place: { zh: '大厅', en: 'Hall' }, share: 60 }],
        }),
      ),
    ).toEqual(['input.duties.0.duties.0.zh:required', 'input.authorities.0.verb:invalid_choice', 'input.workEnvironment:out_of_range']);
  });

  it('refuses a title already used in the unit, in either language', () => {
    const archiveTitle = chart.positions.find((p) => p.code === 'archive_clerk')!.title;
    expect(issues(() => editPosition(hall, { title: archiveTitle }, chart))).toEqual(['input.title.zh:already_used', 'input.title.en:already_used']);
    expect(issues(() => editPosition(hall, { title: hall.title }, chart))).toEqual([]);
  });
});

describe('designPosition and positionInUse', () => {
  const chart = buildChartFromCatalogue('site', [
    { staffId: 's-hall', position: 'hall_clerk', startsOn: new Date('2024-01-01T00:00:00Z') },
    { staffId: 's-next', position: 'archive_clerk', startsOn: new Date('2026-01-01T00:00:00Z') },
  ]);
  const id = (code: string) => chart.positions.find((p) => p.code === code)!.id;
  const unit = chart.positions.find((p) => p.code === 'hall_clerk')!.unitId;
  const night = { title: { zh: '夜班客服', en: 'Night-shift clerk' }, unitId: unit, reportsTo: [id('merchant_supervisor')], purpose: { zh: '夜间接待', en: 'Night desk' }, headcount: 2 };
  const at = new Date('2025-06-01T00:00:00Z');

  it('makes a new position with an empty job description', () => {
    expect(designPosition(chart, night, 'night_1')).toMatchObject({ code: 'night_1', unitId: unit, reportsTo: [id('merchant_supervisor')], headcount: 2, duties: [], kpis: [] });
  });

  it('refuses a title used in the unit, an unknown unit or superior', () => {
    const hallTitle = chart.positions.find((p) => p.code === 'hall_clerk')!.title;
    expect(() => designPosition(chart, { ...night, title: hallTitle }, 'x')).toThrow(ValidationError);
    try {
      designPosition(chart, { ...night, unitId: 'nope', reportsTo: ['nope'], headcount: -1 }, 'x');
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => `${i.field}:${i.rule}`)).toEqual(['input.headcount:out_of_range', 'input.unitId:invalid_choice', 'input.reportsTo:invalid_choice']);
    }
  });

  it('says who keeps a position from retiring: holders now or later, and positions reporting to it', () => {
    expect(positionInUse(chart, id('hall_clerk'), at)).toEqual({ holderIds: ['s-hall'], reportIds: [] });
    expect(positionInUse(chart, id('archive_clerk'), at)).toEqual({ holderIds: ['s-next'], reportIds: [] });
    expect(positionInUse(chart, id('cart_captain'), at)).toEqual({ holderIds: [], reportIds: [id('cart_driver')] });
    expect(positionInUse(chart, id('cart_driver'), at)).toBeNull();
  });
});
