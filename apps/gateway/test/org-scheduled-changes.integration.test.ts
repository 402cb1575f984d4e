import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { toSiteLocalDate } from '@kefu/domain/sites';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type ChartPosition = { id: string; code: string; reportsTo: { id: string }[] };
type Scheduled = { kind: string; effectiveOn: string; reportsTo: { code: string }[]; action: string | null; scope: string | null };

const CHART = `query ($asOf: LocalDate) { orgChart(asOf: $asOf) { positions { id code reportsTo { id } } } }`;
const SCHEDULED = `query ($id: ID!) { node(id: $id) { ... on Position { scheduledChanges { kind effectiveOn reportsTo { code } action scope } } } }`;
const HISTORY = `query ($id: ID!) { node(id: $id) { ... on Position { history(first: 20) { edges { node { kind changes { field before after } } } } } } }`;
const LINE = `mutation ($id: ID!, $to: [ID!]!, $on: LocalDate) { changeReportingLine(positionId: $id, reportsTo: $to, effectiveOn: $on) { id reportsTo { id } } }`;
const GRANT = `mutation ($p: ID!, $a: Action!, $s: String, $on: LocalDate) { setPositionGrant(positionId: $p, action: $a, scope: $s, effectiveOn: $on) { cells { action allowed } } }`;
const CANCEL = `mutation ($p: ID!, $a: Action) { cancelScheduledOrgChange(positionId: $p, action: $a) }`;
const ACTIONS = `{ viewer { siteActions } }`;
const CREATE = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id version } }`;
const RETIRE = `mutation ($id: ID!, $v: Int!) { retirePosition(id: $id, expectedVersion: $v) }`;
const UNITS = `{ orgChart { units { id code } } }`;

/** A site-local day `n` days after today (Asia/Shanghai, the demo site's zone). */
const daysAhead = (n: number) => toSiteLocalDate(new Date(Date.now() + n * 86_400_000), 'Asia/Shanghai');

describe.each(enginesUnderTest())('scheduling an org change for a later day (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let clerk: string;
  let positions: ChartPosition[];
  const id = (code: string) => positions.find((p) => p.code === code)!.id;
  const as = (query: string, vars: Record<string, unknown>, cookie = director) => gw.gql<Record<string, unknown>>(query, vars, { cookie });
  const superiorOn = async (asOf: string | null) => {
    const result = await gw.gql<{ orgChart: { positions: ChartPosition[] } }>(CHART, { asOf }, { cookie: director });
    expect(result.errors).toBeUndefined();
    return result.data!.orgChart.positions.find((p) => p.code === 'cart_captain')!.reportsTo.map((r) => r.id);
  };
  const scheduled = async (code: string) => {
    const result = await gw.gql<{ node: { scheduledChanges: Scheduled[] } }>(SCHEDULED, { id: id(code) }, { cookie: director });
    expect(result.errors).toBeUndefined();
    return result.data!.node.scheduledChanges;
  };
  const siteActions = async () => (await gw.gql<{ viewer: { siteActions: string[] } }>(ACTIONS, {}, { cookie: clerk })).data!.viewer.siteActions;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
    clerk = await gw.login('hall_clerk');
    positions = (await gw.gql<{ orgChart: { positions: ChartPosition[] } }>(CHART, { asOf: null }, { cookie: director })).data!.orgChart.positions;
  });
  afterAll(() => gw.close());

  it('a reporting line dated tomorrow is pending: not in force today, in force as of tomorrow, and blocks a second change', async () => {
    const tomorrow = daysAhead(1);
    const moved = await as(LINE, { id: id('cart_captain'), to: [id('floor_supervisor')], on: tomorrow });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.changeReportingLine).toMatchObject({ reportsTo: [{ id: id('floor_supervisor') }] });

    expect(await superiorOn(null)).toEqual([id('merchant_supervisor')]);
    expect(await superiorOn(tomorrow)).toEqual([id('floor_supervisor')]);
    expect(await scheduled('cart_captain')).toEqual([{ kind: 'REPORTING_LINE', effectiveOn: tomorrow, reportsTo: [{ code: 'floor_supervisor' }], action: null, scope: null }]);

    for (const on of [daysAhead(3), null]) {
      const second = await as(LINE, { id: id('cart_captain'), to: [id('director')], on });
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(second.errors?.[0]?.extensions)).toContain('scheduled_change_pending');
    }
    expect(await superiorOn(daysAhead(3))).toEqual([id('floor_supervisor')]);
  });

  it('withdraws the scheduled line: the chart after its day is today’s, the trail records it, the line takes changes again', async () => {
    const tomorrow = daysAhead(1);
    const cancelled = await as(CANCEL, { p: id('cart_captain') });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelScheduledOrgChange).toBe(tomorrow);
    expect(await superiorOn(tomorrow)).toEqual([id('merchant_supervisor')]);
    expect(await scheduled('cart_captain')).toEqual([]);

    const history = await gw.gql<{ node: { history: { edges: { node: { kind: string; changes: { field: string; before: unknown; after: unknown }[] } }[] } } }>(
      HISTORY, { id: id('cart_captain') }, { cookie: director },
    );
    const [withdrawn, scheduledEntry] = history.data!.node.history.edges.map((e) => e.node);
    expect(withdrawn!.changes.find((c) => c.field === 'scheduledOn')).toMatchObject({ before: JSON.stringify(tomorrow), after: null });
    expect(scheduledEntry!.changes.find((c) => c.field === 'effectiveOn')).toMatchObject({ after: JSON.stringify(tomorrow) });

    const again = await as(CANCEL, { p: id('cart_captain') });
    expect(JSON.stringify(again.errors?.[0]?.extensions)).toContain('nothing_scheduled');
    const moved = await as(LINE, { id: id('cart_captain'), to: [id('floor_supervisor')], on: daysAhead(2) });
    expect(moved.errors).toBeUndefined();
  });

  it('a grant taken away from tomorrow is not enforced today; the holder keeps it until it is withdrawn', async () => {
    expect(await siteActions()).toContain('TICKET_RELAY');
    const set = await as(GRANT, { p: id('hall_clerk'), a: 'TICKET_RELAY', s: null, on: daysAhead(1) });
    expect(set.errors).toBeUndefined();
    expect(await siteActions()).toContain('TICKET_RELAY');
    expect(await scheduled('hall_clerk')).toEqual([{ kind: 'GRANT', effectiveOn: daysAhead(1), reportsTo: [], action: 'TICKET_RELAY', scope: null }]);
    const second = await as(GRANT, { p: id('hall_clerk'), a: 'TICKET_RELAY', s: 'own', on: null });
    expect(JSON.stringify(second.errors?.[0]?.extensions)).toContain('scheduled_change_pending');

    // The clerk may not withdraw it: withdrawing is for whoever may make the change.
    const byClerk = await as(CANCEL, { p: id('hall_clerk'), a: 'TICKET_RELAY' }, clerk);
    expect(byClerk.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const cancelled = await as(CANCEL, { p: id('hall_clerk'), a: 'TICKET_RELAY' });
    expect(cancelled.errors).toBeUndefined();
    expect(await scheduled('hall_clerk')).toEqual([]);
    expect(await siteActions()).toContain('TICKET_RELAY');
  });

  it('refuses to retire a position that another is scheduled to report to, naming it', async () => {
    const units = (await gw.gql<{ orgChart: { units: { id: string; code: string }[] } }>(UNITS, {}, { cookie: director })).data!.orgChart.units;
    const input = {
      title: { zh: '夜班主管', en: 'Night supervisor' },
      unitId: units.find((u) => u.code === 'merchant_service')!.id,
      reportsTo: [id('merchant_supervisor')],
      purpose: { zh: '夜间管理', en: 'Night management' },
      headcount: 1,
    };
    const created = await as(CREATE, { input });
    expect(created.errors).toBeUndefined();
    const night = created.data!.createPosition as { id: string; version: number };
    expect((await as(LINE, { id: id('cart_driver'), to: [night.id], on: daysAhead(4) })).errors).toBeUndefined();
    const retire = await as(RETIRE, { id: night.id, v: night.version });
    expect(retire.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_OPERATION', reason: 'ORG.POSITION_IN_USE' });
    expect(retire.errors?.[0]?.message).toContain('导购车辆导购');
    expect((await as(CANCEL, { p: id('cart_driver') })).errors).toBeUndefined();
    expect((await as(RETIRE, { id: night.id, v: night.version })).errors).toBeUndefined();
  });
});
