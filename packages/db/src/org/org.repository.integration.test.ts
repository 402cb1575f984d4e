import { chartOn, type Position } from '@kefu/domain/org';
import { toSiteLocalDate } from '@kefu/domain/sites';
import { NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { insertSite } from '../sites/index.js';
import {
  endAssignment,
  findAssignmentById,
  findPositionById,
  insertAssignment,
  insertPosition,
  insertUnit,
  loadOrgChart,
  loadDatedOrgChart,
  loadCurrentOrgChart,
  loadScheduledOrgChanges,
  withdrawScheduledChange,
  lastDatedChange,
  lockStaffAssignments,
  replaceReportingLines,
  storePositionGrant,
  retirePosition,
  updatePosition,
  type NewPosition,
} from './org.repository.js';
import { insertStaff } from './staff.repository.js';

const text = (zh: string, en: string) => ({ zh, en });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const positionInput = (siteId: string, unitId: string, code: string, reportsTo: string[] = []): NewPosition => ({
  siteId,
  code,
  title: text(`岗位 ${code}`, `Position ${code}`),
  unitId,
  reportsTo,
  headcount: 1,
  purpose: text('目的', 'Purpose'),
  duties: [{ function: text('业务管理', 'Business'), duties: [text('接待', 'Receive')] }],
  kpis: [text('满意度', 'Satisfaction')],
  authorities: [{ verb: 'approve', domain: 'expenses', subject: text('费用', 'Expenses') }],
  qualifications: { education: text('大专', 'College'), experience: text('三年', '3 years'), knowledge: [], skills: [] },
  workEnvironment: [{ place: text('办公室', 'Office'), share: 40 }, { place: text('商场', 'Mall'), share: 60 }],
});

describe.each(enginesUnderTest())('org repository (%s)', (engine) => {
  let db: TestDatabase;
  const statements: string[] = [];
  let siteId: string;
  let otherSiteId: string;
  let departmentId: string;
  let director: Position;
  let deputy: Position;
  let supervisor: Position;

  beforeAll(async () => {
    db = await createTestDatabase(engine, (sql) => statements.push(sql));
    siteId = (await insertSite(db, { code: 'mall-a', name: text('甲商场', 'Mall A'), timeZone: 'Asia/Shanghai' })).id;
    otherSiteId = (await insertSite(db, { code: 'mall-b', name: text('乙商场', 'Mall B'), timeZone: 'Asia/Shanghai' })).id;
    const department = await insertUnit(db, { siteId, code: 'department', name: text('客户服务部', 'CS'), parentId: null });
    departmentId = department.id;
    await insertUnit(db, { siteId, code: 'merchant_service', name: text('商户服务中心', 'Merchants'), parentId: departmentId });
    director = await insertPosition(db, positionInput(siteId, departmentId, 'director'));
    deputy = await insertPosition(db, positionInput(siteId, departmentId, 'deputy', [director.id]));
    supervisor = await insertPosition(db, positionInput(siteId, departmentId, 'merchant_supervisor', [deputy.id, director.id]));
  });
  afterAll(() => db.drop());

  it('round-trips the chart: units, reporting lines in order, open and closed assignments', async () => {
    const ann = await insertStaff(db, { siteId, name: '安娜', employeeNo: 'E001', phone: null });
    const past = await insertAssignment(db, {
      siteId, staffId: ann.id, positionId: deputy.id, startsOn: day('2025-01-01'), endsOn: day('2026-01-01'), acting: false,
    });
    const open = await insertAssignment(db, {
      siteId, staffId: ann.id, positionId: director.id, startsOn: day('2026-01-01'), endsOn: null, acting: true,
    });

    const chart = await loadOrgChart(db, siteId);

    expect(chart.siteId).toBe(siteId);
    expect(chart.units.map((u) => [u.code, u.parentId])).toEqual([
      ['department', null],
      ['merchant_service', departmentId],
    ]);
    expect(chart.positions).toEqual(expect.arrayContaining([director, deputy, supervisor]));
    expect(chart.positions.find((p) => p.id === supervisor.id)!.reportsTo).toEqual([deputy.id, director.id]);
    expect(chart.assignments).toEqual([past, open]);
    expect(open.endsOn).toBeNull();
    expect(past.startsOn.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(await findAssignmentById(db, siteId, past.id)).toEqual(past);
    expect(await findAssignmentById(db, otherSiteId, past.id)).toBeNull();
    expect(await loadOrgChart(db, otherSiteId)).toEqual({ siteId: otherSiteId, units: [], positions: [], assignments: [] });
  });

  it('loads the chart in a bounded number of statements, whatever its size', async () => {
    for (let i = 0; i < 20; i++) await insertPosition(db, positionInput(siteId, departmentId, `custom_${i}`, [director.id, deputy.id]));
    statements.length = 0;
    const chart = await loadOrgChart(db, siteId);
    expect(chart.positions.length).toBeGreaterThan(20);
    expect(statements.length).toBeLessThanOrEqual(4);
  });

  it('bumps the version on update and refuses a stale one', async () => {
    const { version } = (await findPositionById(db, siteId, supervisor.id))!;
    const renamed = { ...supervisor, title: text('商户客服主管', 'Merchant supervisor'), headcount: 2 };
    const next = await updatePosition(db, siteId, renamed, version);
    expect(next).toBe(version + 1);
    expect(await findPositionById(db, siteId, supervisor.id)).toEqual({ position: renamed, version: next });

    await expect(updatePosition(db, siteId, { ...renamed, headcount: 3 }, version)).rejects.toBeInstanceOf(StaleVersionError);
    await expect(updatePosition(db, otherSiteId, renamed, next)).rejects.toBeInstanceOf(NotFoundError);
    expect((await findPositionById(db, siteId, supervisor.id))!.position.headcount).toBe(2);
  });

  it('replaces reporting lines in the given order and refuses positions of another site', async () => {
    await replaceReportingLines(db, siteId, supervisor.id, [director.id, deputy.id], '2026-01-01');
    expect((await findPositionById(db, siteId, supervisor.id))!.position.reportsTo).toEqual([director.id, deputy.id]);
    await replaceReportingLines(db, siteId, supervisor.id, [deputy.id], '2026-01-01');
    expect((await findPositionById(db, siteId, supervisor.id))!.position.reportsTo).toEqual([deputy.id]);

    const foreignUnit = await insertUnit(db, { siteId: otherSiteId, code: 'department', name: text('部', 'Dept'), parentId: null });
    const foreign = await insertPosition(db, positionInput(otherSiteId, foreignUnit.id, 'director'));
    await expect(replaceReportingLines(db, siteId, supervisor.id, [director.id, foreign.id], '2026-01-01')).rejects.toBeInstanceOf(NotFoundError);
    expect((await findPositionById(db, siteId, supervisor.id))!.position.reportsTo).toEqual([deputy.id]);
    await expect(insertPosition(db, positionInput(siteId, departmentId, 'x', [foreign.id]))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('ends an assignment on an exclusive day', async () => {
    const bo = await insertStaff(db, { siteId, name: '博', employeeNo: 'E002', phone: '13800000000' });
    const a = await insertAssignment(db, {
      siteId, staffId: bo.id, positionId: supervisor.id, startsOn: day('2026-02-01'), endsOn: null, acting: false,
    });
    const ended = await endAssignment(db, siteId, a.id, day('2026-03-01'));
    expect(ended).toEqual({ ...a, endsOn: day('2026-03-01') });
    await expect(endAssignment(db, otherSiteId, a.id, day('2026-03-01'))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('queues concurrent assignments of one person behind the staff lock', async () => {
    const cai = await insertStaff(db, { siteId, name: '蔡', employeeNo: 'E003', phone: null });
    let releaseFirst!: () => void;
    const firstHoldsLock = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstLocked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (firstLocked = resolve));

    const first = db.transaction(async (tx) => {
      const seen = await lockStaffAssignments(tx, siteId, cai.id);
      firstLocked();
      await firstHoldsLock;
      await insertAssignment(tx, {
        siteId, staffId: cai.id, positionId: deputy.id, startsOn: day('2026-01-01'), endsOn: null, acting: false,
      });
      return seen;
    });
    await lockTaken;
    const second = db.transaction((tx) => lockStaffAssignments(tx, siteId, cai.id));
    await new Promise((resolve) => setTimeout(resolve, 50));
    releaseFirst();

    expect(await first).toEqual([]);
    // The second read waited for the first commit, so the overlap check would see it.
    expect((await second).map((a) => a.positionId)).toEqual([deputy.id]);
    await expect(db.transaction((tx) => lockStaffAssignments(tx, otherSiteId, cai.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('stores a site’s own grants, one per position and action, and loads them with the chart', async () => {
    expect((await loadOrgChart(db, siteId)).grants).toBeUndefined();
    await storePositionGrant(db, siteId, { positionId: deputy.id, action: 'ticket.close', scope: 'own_queue' }, null, '2026-01-01');
    await storePositionGrant(db, siteId, { positionId: supervisor.id, action: 'ticket.relay', scope: null }, null, '2026-01-01');
    await storePositionGrant(db, siteId, { positionId: deputy.id, action: 'ticket.close', scope: 'subordinates' }, null, '2026-01-01');
    const grants = (await loadOrgChart(db, siteId)).grants ?? [];
    expect([...grants].sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { positionId: deputy.id, action: 'ticket.close', scope: 'subordinates' },
      { positionId: supervisor.id, action: 'ticket.relay', scope: null },
    ]);
    expect((await loadOrgChart(db, otherSiteId)).grants).toBeUndefined();
  });

  it('refuses a grant to another site’s position or an unknown id', async () => {
    await expect(storePositionGrant(db, otherSiteId, { positionId: deputy.id, action: 'ticket.close', scope: null }, null, '2026-01-01')).rejects.toThrow(NotFoundError);
    await expect(storePositionGrant(db, siteId, { positionId: 'not-a-uuid', action: 'ticket.close', scope: null }, null, '2026-01-01')).rejects.toThrow(NotFoundError);
  });

  it('retires a position: it leaves the chart, a stale version is refused, another site’s is not found', async () => {
    const spare = await insertPosition(db, positionInput(siteId, departmentId, 'spare', [director.id]));
    const found = (await findPositionById(db, siteId, spare.id))!;
    await expect(retirePosition(db, otherSiteId, spare.id, found.version, '2025-06-01')).rejects.toThrow(NotFoundError);
    await expect(retirePosition(db, siteId, spare.id, found.version + 1, '2025-06-01')).rejects.toThrow(StaleVersionError);
    await retirePosition(db, siteId, spare.id, found.version, '2025-06-01');
    expect((await loadOrgChart(db, siteId)).positions.map((p) => p.id)).not.toContain(spare.id);
    expect(await findPositionById(db, siteId, spare.id)).not.toBeNull();
    await expect(retirePosition(db, siteId, spare.id, found.version + 1, '2025-06-01')).rejects.toThrow(NotFoundError);
  });

  it('dates a created position, a moved reporting line and a changed grant: the chart as of each day is as it stood', async () => {
    const night = await insertPosition(db, positionInput(siteId, departmentId, 'night', [director.id]), '2026-05-10');
    await replaceReportingLines(db, siteId, night.id, [deputy.id], '2026-05-20');
    await storePositionGrant(db, siteId, { positionId: night.id, action: 'ticket.close', scope: 'site' }, null, '2026-05-20');
    await storePositionGrant(db, siteId, { positionId: night.id, action: 'ticket.close', scope: 'own' }, null, '2026-05-25');
    // A second change on the same day replaces the first rather than leaving an empty range.
    await storePositionGrant(db, siteId, { positionId: night.id, action: 'ticket.close', scope: 'own_queue' }, null, '2026-05-25');

    const nightOn = async (day: string) => (await loadOrgChart(db, siteId, day)).positions.find((p) => p.id === night.id);
    const grantOn = async (day: string) => (await loadOrgChart(db, siteId, day)).grants?.find((g) => g.positionId === night.id)?.scope;
    expect(await nightOn('2026-05-09')).toBeUndefined();
    expect((await nightOn('2026-05-10'))!.reportsTo).toEqual([director.id]);
    expect((await nightOn('2026-05-20'))!.reportsTo).toEqual([deputy.id]);
    expect([await grantOn('2026-05-19'), await grantOn('2026-05-24'), await grantOn('2026-05-25')]).toEqual([undefined, 'site', 'own_queue']);
    expect((await loadOrgChart(db, siteId)).positions.find((p) => p.id === night.id)!.reportsTo).toEqual([deputy.id]);
    expect(await lastDatedChange(db, siteId, night.id)).toBe('2026-05-20');
    expect(await lastDatedChange(db, siteId, night.id, 'ticket.close')).toBe('2026-05-25');

    // The dated chart cuts to the same chart on every day as the as-of query.
    const dated = await loadDatedOrgChart(db, siteId);
    for (const day of ['2026-05-09', '2026-05-10', '2026-05-19', '2026-05-20', '2026-05-25']) {
      const asOf = await loadOrgChart(db, siteId, day);
      const cut = chartOn(dated, day);
      expect(cut.positions.map((p) => [p.id, p.reportsTo]).sort()).toEqual(asOf.positions.map((p) => [p.id, p.reportsTo]).sort());
      expect(cut.grants?.length ?? 0).toBe(asOf.grants?.length ?? 0);
    }
  });

  it('schedules a reporting line and a grant for tomorrow: not in force today, in force as of tomorrow, withdrawn whole', async () => {
    const today = toSiteLocalDate(new Date(), 'Asia/Shanghai');
    const tomorrow = toSiteLocalDate(new Date(Date.now() + 86_400_000), 'Asia/Shanghai');
    const p = await insertPosition(db, positionInput(siteId, departmentId, 'scheduled', [director.id]));
    await replaceReportingLines(db, siteId, p.id, [deputy.id], tomorrow);
    await storePositionGrant(db, siteId, { positionId: p.id, action: 'ticket.close', scope: 'site' }, null, tomorrow);

    const on = async (day: string | null) => {
      const chart = await loadOrgChart(db, siteId, day);
      return { reportsTo: chart.positions.find((x) => x.id === p.id)!.reportsTo, grant: chart.grants?.find((g) => g.positionId === p.id)?.scope };
    };
    // The chart in force is read by the site's today, not by the open rows.
    expect(await on(null)).toEqual({ reportsTo: [director.id], grant: undefined });
    expect(await on(today)).toEqual({ reportsTo: [director.id], grant: undefined });
    expect(await on(tomorrow)).toEqual({ reportsTo: [deputy.id], grant: 'site' });
    expect((await findPositionById(db, siteId, p.id))!.position.reportsTo).toEqual([director.id]);
    // The current chart names its day; read with the day moved past valid_from, it picks the change up.
    const current = await loadCurrentOrgChart(db, siteId);
    expect([current.day, current.timeZone]).toEqual([today, 'Asia/Shanghai']);
    const next = await loadCurrentOrgChart(db, siteId, tomorrow);
    expect(next.day).toBe(tomorrow);
    expect(next.chart.positions.find((x) => x.id === p.id)!.reportsTo).toEqual([deputy.id]);

    expect(await lastDatedChange(db, siteId, p.id)).toBe(tomorrow);
    expect(await loadScheduledOrgChanges(db, siteId, p.id)).toEqual([
      { kind: 'reportingLine', positionId: p.id, effectiveOn: tomorrow, reportsTo: [deputy.id] },
      { kind: 'grant', positionId: p.id, effectiveOn: tomorrow, action: 'ticket.close', scope: 'site' },
    ]);
    expect((await loadScheduledOrgChanges(db, siteId)).map((c) => c.positionId)).toEqual([p.id, p.id]);
    expect(await loadScheduledOrgChanges(db, otherSiteId)).toEqual([]);

    expect(await withdrawScheduledChange(db, siteId, p.id, null, tomorrow)).toBe(true);
    expect(await on(tomorrow)).toEqual({ reportsTo: [director.id], grant: 'site' });
    expect(await lastDatedChange(db, siteId, p.id)).toBeNull();
    expect(await withdrawScheduledChange(db, siteId, p.id, 'ticket.close', tomorrow)).toBe(true);
    expect(await on(tomorrow)).toEqual({ reportsTo: [director.id], grant: undefined });
    expect(await loadScheduledOrgChanges(db, siteId, p.id)).toEqual([]);
    expect(await withdrawScheduledChange(db, siteId, p.id, null, tomorrow)).toBe(false);
    // Withdrawn, the rows take a change again, today or later.
    await replaceReportingLines(db, siteId, p.id, [deputy.id], today);
    expect((await on(null)).reportsTo).toEqual([deputy.id]);
  });
});
