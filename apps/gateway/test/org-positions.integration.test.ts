import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type Chart = { orgChart: { units: { id: string; code: string }[]; positions: { id: string; code: string; title: { zh: string }; version: number }[] } };
const CHART = `{ orgChart { units { id code } positions { id code version title { zh } } } }`;
const CREATE = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id code headcount title { zh en } reportsTo { code } version } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePositionInput!, $v: Int) {
  updatePosition(id: $id, input: $input, expectedVersion: $v) { id version kpis { zh } authorities { verb subject { zh } } duties { function { zh } duties { zh } } workEnvironment { share } }
}`;
const RETIRE = `mutation ($id: ID!, $v: Int!) { retirePosition(id: $id, expectedVersion: $v) }`;

const text = (zh: string, en: string) => ({ zh, en });

describe.each(enginesUnderTest())('positions as data over GraphQL (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let deputy: string;
  let chart: Chart['orgChart'];
  const readChart = async () => (await gw.gql<Chart>(CHART, {}, { cookie: director })).data!.orgChart;
  const id = (code: string) => chart.positions.find((p) => p.code === code)!.id;
  const unit = (code: string) => chart.units.find((u) => u.code === code)!.id;
  const night = () => ({
    title: text('夜班客服', 'Night-shift clerk'),
    unitId: unit('merchant_service'),
    reportsTo: [id('merchant_supervisor')],
    purpose: text('负责夜间服务大厅的接待', 'Receives visitors in the service hall at night'),
    headcount: 2,
  });

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
    deputy = await gw.login('deputy');
    chart = await readChart();
  });
  afterAll(() => gw.close());

  let nightId: string;

  it('creates 夜班客服 under the merchant supervisor, with the baseline grants only', async () => {
    const result = await gw.gql<{ createPosition: { id: string; code: string; reportsTo: { code: string }[]; version: number } }>(CREATE, { input: night() }, { cookie: director });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createPosition).toMatchObject({ reportsTo: [{ code: 'merchant_supervisor' }], version: 1 });
    expect(result.data!.createPosition.code).toMatch(/^custom_/);
    nightId = result.data!.createPosition.id;
    chart = await readChart();
    expect(chart.positions.map((p) => p.title.zh)).toContain('夜班客服');
  });

  it('refuses a title already used in the unit as a field error, and writes nothing', async () => {
    const result = await gw.gql(CREATE, { input: night() }, { cookie: director, locale: 'en' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0]?.extensions)).toContain('input.title.zh');
    expect((await readChart()).positions.filter((p) => p.title.zh === '夜班客服')).toHaveLength(1);
  });

  it('refuses the deputy a position reporting to the director', async () => {
    const result = await gw.gql(CREATE, { input: { ...night(), title: text('副经理助理', 'Deputy’s assistant'), reportsTo: [id('director')] } }, { cookie: deputy });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('edits every part of the job description, and the second of two editors gets CONFLICT', async () => {
    const input = {
      duties: [{ function: text('客户接待', 'Reception'), duties: [text('受理夜间来访、来电', 'Take night visits and calls')] }],
      kpis: [text('有效投诉次数', 'Valid complaints')],
      authorities: [{ verb: 'PROPOSE', domain: 'BUSINESS', subject: text('夜班服务流程', 'Night service process') }],
      qualifications: { education: text('大专', 'College'), experience: text('一年以上', 'A year or more'), knowledge: [], skills: [text('沟通', 'Communication')] },
      workEnvironment: [
        { place: text('服务大厅', 'Service hall'), share: 80 },
        { place: text('卖场', 'Sales floor'), share: 20 },
      ],
    };
    const first = await gw.gql<{ updatePosition: { version: number; authorities: { verb: string }[] } }>(UPDATE, { id: nightId, input, v: 1 }, { cookie: director });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updatePosition).toMatchObject({ version: 2, authorities: [{ verb: 'PROPOSE' }] });
    const second = await gw.gql(UPDATE, { id: nightId, input: { kpis: [] }, v: 1 }, { cookie: deputy });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses to retire a position someone holds, saying who', async () => {
    const hall = chart.positions.find((p) => p.code === 'hall_clerk')!;
    const result = await gw.gql(RETIRE, { id: hall.id, v: hall.version }, { cookie: director });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_OPERATION', reason: 'ORG.POSITION_IN_USE' });
    expect(result.errors?.[0]?.message).toMatch(/在岗人员：[^—]/);
    const captain = chart.positions.find((p) => p.code === 'cart_captain')!;
    const withReports = await gw.gql(RETIRE, { id: captain.id, v: captain.version }, { cookie: director });
    expect(withReports.errors?.[0]?.message).toMatch(/导购车辆导购/);
  });

  it('retires the empty position: it leaves the chart', async () => {
    const stale = await gw.gql(RETIRE, { id: nightId, v: 1 }, { cookie: director });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const result = await gw.gql<{ retirePosition: boolean }>(RETIRE, { id: nightId, v: 2 }, { cookie: director });
    expect(result.errors).toBeUndefined();
    expect((await readChart()).positions.map((p) => p.id)).not.toContain(nightId);
  });
});
