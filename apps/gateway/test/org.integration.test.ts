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

  it('shows the director the ten seeded positions with the brief’s reporting lines', async () => {
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
});
