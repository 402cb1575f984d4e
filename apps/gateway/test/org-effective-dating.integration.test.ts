import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { toSiteLocalDate } from '@kefu/domain/sites';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type ChartPosition = { id: string; code: string; title: { zh: string }; reportsTo: { id: string }[]; holders: { staff: { name: string } }[] };
type Chart = { units: { id: string; code: string }[]; positions: ChartPosition[] };

const CHART = `query ($asOf: LocalDate) { orgChart(asOf: $asOf) { units { id code } positions { id code title { zh } reportsTo { id } holders { staff { name } } } } }`;
const CREATE = `mutation ($input: CreatePositionInput!, $on: LocalDate) { createPosition(input: $input, effectiveOn: $on) { id } }`;
const LINE = `mutation ($id: ID!, $to: [ID!]!, $on: LocalDate) { changeReportingLine(positionId: $id, reportsTo: $to, effectiveOn: $on) { id } }`;
const GRANT = `mutation ($p: ID!, $a: Action!, $s: String, $on: LocalDate) { setPositionGrant(positionId: $p, action: $a, scope: $s, effectiveOn: $on) { position { code } } }`;

const text = (zh: string, en: string) => ({ zh, en });
/** A site-local day `n` days before today (Asia/Shanghai, the demo site's zone). */
const daysAgo = (n: number) => toSiteLocalDate(new Date(Date.now() - n * 86_400_000), 'Asia/Shanghai');

describe.each(enginesUnderTest())('effective dating and the chart as of a day (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let today: Chart;
  const id = (code: string) => today.positions.find((p) => p.code === code)!.id;
  const chartOn = async (asOf: string | null) => {
    const result = await gw.gql<{ orgChart: Chart }>(CHART, { asOf }, { cookie: director });
    expect(result.errors).toBeUndefined();
    return result.data!.orgChart;
  };
  const as = async (query: string, vars: Record<string, unknown>) => gw.gql(query, vars, { cookie: director });

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
    today = await chartOn(null);
  });
  afterAll(() => gw.close());

  it('a position created today is absent from the chart of last month, present today', async () => {
    const unitId = today.units.find((u) => u.code === 'merchant_service')!.id;
    const input = { title: text('夜班客服', 'Night clerk'), unitId, reportsTo: [id('merchant_supervisor')], purpose: text('夜间接待', 'Night reception'), headcount: 1 };
    const created = await as(CREATE, { input });
    expect(created.errors).toBeUndefined();
    expect((await chartOn(null)).positions.map((p) => p.title.zh)).toContain('夜班客服');
    const lastMonth = await chartOn(daysAgo(31));
    expect(lastMonth.positions.map((p) => p.title.zh)).not.toContain('夜班客服');
    expect(lastMonth.positions.map((p) => p.code)).toEqual(expect.arrayContaining(['director', 'hall_clerk']));
  });

  it('a back-dated reporting line holds from its day: the chart before it shows the old line', async () => {
    const moved = await as(LINE, { id: id('cart_captain'), to: [id('floor_supervisor')], on: daysAgo(10) });
    expect(moved.errors).toBeUndefined();
    const superiorOn = async (day: string | null) => (await chartOn(day)).positions.find((p) => p.code === 'cart_captain')!.reportsTo.map((r) => r.id);
    expect(await superiorOn(daysAgo(11))).toEqual([id('merchant_supervisor')]);
    expect(await superiorOn(daysAgo(10))).toEqual([id('floor_supervisor')]);
    expect(await superiorOn(null)).toEqual([id('floor_supervisor')]);
  });

  it('refuses a position created after today or a change before the last dated change of the same rows, writing nothing', async () => {
    // Reporting lines and grants may be scheduled (org-scheduled-changes); a position is still created today or earlier.
    const unitId = today.units.find((u) => u.code === 'merchant_service')!.id;
    const input = { title: text('早班客服', 'Early clerk'), unitId, reportsTo: [id('merchant_supervisor')], purpose: text('早间接待', 'Early reception'), headcount: 1 };
    const future = await as(CREATE, { input, on: daysAgo(-2) });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(future.errors?.[0]?.extensions)).toContain('after_today');
    const tooEarly = await as(LINE, { id: id('cart_captain'), to: [id('merchant_supervisor')], on: daysAgo(20) });
    expect(JSON.stringify(tooEarly.errors?.[0]?.extensions)).toContain('before_last_change');
    expect((await chartOn(null)).positions.find((p) => p.code === 'cart_captain')!.reportsTo.map((r) => r.id)).toEqual([id('floor_supervisor')]);

    await as(GRANT, { p: id('hall_clerk'), a: 'TICKET_CLOSE', s: 'own_queue', on: daysAgo(5) });
    const grantTooEarly = await as(GRANT, { p: id('hall_clerk'), a: 'TICKET_CLOSE', s: null, on: daysAgo(6) });
    expect(JSON.stringify(grantTooEarly.errors?.[0]?.extensions)).toContain('before_last_change');
  });

  it('draws the chart of a day after today: the chart in force with what is scheduled up to it', async () => {
    const ahead = await chartOn(daysAgo(-3));
    expect(ahead.positions.find((p) => p.code === 'cart_captain')!.reportsTo.map((r) => r.id)).toEqual([id('floor_supervisor')]);
  });
});
