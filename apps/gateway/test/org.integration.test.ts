import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type ChartData = {
  orgChart: { positions: { id: string; code: string; reportsTo: { code: string }[]; vacancies: number; headcount: number }[] };
};

const CHART = `{ orgChart { positions { id code headcount vacancies reportsTo { code } } } }`;

describe.each(enginesUnderTest())('org over GraphQL (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
  });
  afterAll(() => gw.close());

  it('shows the director the ten seeded positions with the brief’s reporting lines, and the demo’s engineering desk outside the department', async () => {
    const result = await gw.gql<ChartData>(CHART, {}, { cookie: director });
    expect(result.errors).toBeUndefined();
    const lines = Object.fromEntries(result.data!.orgChart.positions.map((p) => [p.code, p.reportsTo.map((r) => r.code).sort()]));
    expect(lines).toEqual({
      director: [],
      deputy: ['director'],
      merchant_supervisor: ['deputy', 'director'],
      floor_supervisor: ['deputy'],
      office_clerk: ['merchant_supervisor'],
      archive_clerk: ['merchant_supervisor'],
      hall_clerk: ['merchant_supervisor'],
      floor_clerk: ['floor_supervisor'],
      cart_captain: ['merchant_supervisor'],
      cart_driver: ['cart_captain'],
      engineering_desk: [],
    });
    expect(result.data!.orgChart.positions.some((p) => p.vacancies > 0)).toBe(true);
  });

  it('refuses to move a position under its own subordinate, with a clear error, and changes nothing', async () => {
    const before = await gw.gql<ChartData>(CHART, {}, { cookie: director });
    const id = (code: string) => before.data!.orgChart.positions.find((p) => p.code === code)!.id;
    const result = await gw.gql(
      `mutation ($p: ID!, $to: [ID!]!) { changeReportingLine(positionId: $p, reportsTo: $to) { code } }`,
      { p: id('director'), to: [id('hall_clerk')] },
      { cookie: director, locale: 'en' },
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_OPERATION', reason: 'ORG.REPORTING_CYCLE' });
    expect(result.errors?.[0]?.message).toMatch(/cycle/);
    const after = await gw.gql<ChartData>(CHART, {}, { cookie: director });
    expect(after.data).toEqual(before.data);
  });

  it('moves cart_captain under the deputy when the director asks', async () => {
    const chart = await gw.gql<ChartData>(CHART, {}, { cookie: director });
    const id = (code: string) => chart.data!.orgChart.positions.find((p) => p.code === code)!.id;
    const result = await gw.gql<{ changeReportingLine: { reportsTo: { code: string }[] } }>(
      `mutation ($p: ID!, $to: [ID!]!) { changeReportingLine(positionId: $p, reportsTo: $to) { reportsTo { code } } }`,
      { p: id('cart_captain'), to: [id('deputy')] },
      { cookie: director },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.changeReportingLine.reportsTo).toEqual([{ code: 'deputy' }]);
    const after = await gw.gql<ChartData>(CHART, {}, { cookie: director });
    expect(after.data!.orgChart.positions.find((p) => p.code === 'cart_captain')!.reportsTo).toEqual([{ code: 'deputy' }]);
  });

  it('forbids org editing to a clerk and answers in Chinese by default', async () => {
    const clerk = await gw.login('hall_clerk');
    const chart = await gw.gql<ChartData>(CHART, {}, { cookie: clerk });
    const id = (code: string) => chart.data!.orgChart.positions.find((p) => p.code === code)!.id;
    const result = await gw.gql(
      `mutation ($p: ID!, $to: [ID!]!) { changeReportingLine(positionId: $p, reportsTo: $to) { code } }`,
      { p: id('cart_driver'), to: [id('director')] },
      { cookie: clerk },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/权限/);
  });

  it('denies everything but sign-in to an anonymous caller', async () => {
    const result = await gw.gql(CHART);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await gw.gql<{ viewer: unknown }>('{ viewer { username } }');
    expect(viewer.data).toEqual({ viewer: null });
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const result = await gw.gql('mutation { login(username: "director", password: "nope") { username } }', {}, { locale: 'en' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
    const unknown = await gw.gql('mutation { login(username: "nobody", password: "nope") { username } }', {}, { locale: 'en' });
    expect(unknown.errors?.[0]?.message).toBe(result.errors?.[0]?.message);
  });

  it('signs out: the cookie stops working', async () => {
    const cookie = await gw.login('deputy');
    expect((await gw.gql<{ viewer: { username: string } }>('{ viewer { username } }', {}, { cookie })).data?.viewer.username).toBe('deputy');
    await gw.gql('mutation { logout }', {}, { cookie });
    expect((await gw.gql('{ viewer { username } }', {}, { cookie })).data).toEqual({ viewer: null });
  });
  it('creates a person, assigns them, refuses an overlapping assignment, and ends it', async () => {
    const chart = await gw.gql<ChartData>(CHART, {}, { cookie: director });
    const hallClerk = chart.data!.orgChart.positions.find((p) => p.code === 'hall_clerk')!;
    const created = await gw.gql<{ createStaff: { id: string; name: string } }>(
      'mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id name } }',
      { input: { name: '周晓梅', employeeNo: 'KF-9001', phone: '13800009001' } },
      { cookie: director },
    );
    expect(created.errors).toBeUndefined();
    const staffId = created.data!.createStaff.id;
    const again = await gw.gql(
      'mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }',
      { input: { name: '另一人', employeeNo: 'KF-9001' } },
      { cookie: director },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORG.DUPLICATE_EMPLOYEE_NO' });

    const ASSIGN = `mutation ($input: AssignStaffInput!) { assignStaff(input: $input) { id startsOn endsOn acting current position { code vacancies } } }`;
    const input = { staffId, positionId: hallClerk.id, startsOn: '2026-01-01', acting: false };
    const assigned = await gw.gql<{ assignStaff: { id: string; current: boolean; position: { code: string; vacancies: number } } }>(
      ASSIGN,
      { input },
      { cookie: director },
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignStaff).toMatchObject({ current: true, position: { code: 'hall_clerk', vacancies: Math.max(0, hallClerk.vacancies - 1) } });

    const overlapping = await gw.gql(ASSIGN, { input: { ...input, startsOn: '2026-06-01' } }, { cookie: director, locale: 'en' });
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_OPERATION', reason: 'ORG.OVERLAPPING_ASSIGNMENT' });

    const badEnd = await gw.gql(
      'mutation ($id: ID!, $on: LocalDate!) { endAssignment(id: $id, endsOn: $on) { endsOn } }',
      { id: assigned.data!.assignStaff.id, on: '2025-12-31' },
      { cookie: director },
    );
    expect(badEnd.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORG.INVALID_ASSIGNMENT_END' });
    const ended = await gw.gql<{ endAssignment: { endsOn: string; current: boolean } }>(
      'mutation ($id: ID!, $on: LocalDate!) { endAssignment(id: $id, endsOn: $on) { endsOn current } }',
      { id: assigned.data!.assignStaff.id, on: '2026-02-01' },
      { cookie: director },
    );
    expect(ended.data!.endAssignment).toEqual({ endsOn: '2026-02-01', current: false });
  });

  it('edits a position and rejects a negative headcount naming the field', async () => {
    const chart = await gw.gql<ChartData>(CHART, {}, { cookie: director });
    const archive = chart.data!.orgChart.positions.find((p) => p.code === 'archive_clerk')!;
    const UPDATE = 'mutation ($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { headcount title { zh en } } }';
    const bad = await gw.gql(UPDATE, { id: archive.id, input: { headcount: -1 } }, { cookie: director });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.headcount' }] });
    const good = await gw.gql<{ updatePosition: { headcount: number; title: { zh: string } } }>(
      UPDATE,
      { id: archive.id, input: { headcount: 2, title: { zh: '客服档案文员', en: 'Archive clerk' } } },
      { cookie: director },
    );
    expect(good.errors).toBeUndefined();
    expect(good.data!.updatePosition).toMatchObject({ headcount: 2, title: { zh: '客服档案文员' } });
    const after = await gw.gql<ChartData>(CHART, {}, { cookie: director });
    expect(after.data!.orgChart.positions.find((p) => p.code === 'archive_clerk')!.headcount).toBe(2);
  });
});
