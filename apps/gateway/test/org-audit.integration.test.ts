import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type Change = { kind: string; actor: { name: string } | null; positionTitle: { zh: string }; staff: { name: string } | null; changes: { field: string; before: string | null; after: string | null }[] };
type Trail = { orgChanges: { edges: { node: Change; cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const CHART = `{ orgChart { units { id code } positions { id code version } } }`;
const TRAIL = `query ($first: Int, $after: String, $p: ID) { orgChanges(first: $first, after: $after, positionId: $p) {
  edges { cursor node { kind actor { name } positionTitle { zh } staff { name } changes { field before after } } } pageInfo { hasNextPage endCursor } } }`;
const HISTORY = `query ($id: ID!) { node(id: $id) { ... on Position { history(first: 20) { edges { node { kind changes { field before after } } } } } } }`;
const CREATE = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePositionInput!, $v: Int) { updatePosition(id: $id, input: $input, expectedVersion: $v) { version } }`;
const GRANT = `mutation ($p: ID!, $a: Action!, $s: String) { setPositionGrant(positionId: $p, action: $a, scope: $s) { position { code } } }`;
const NEW_STAFF = `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }`;
const ASSIGN = `mutation ($input: AssignStaffInput!) { assignStaff(input: $input) { id } }`;
const END = `mutation ($id: ID!, $on: LocalDate!) { endAssignment(id: $id, endsOn: $on) { id } }`;
const LINE = `mutation ($id: ID!, $to: [ID!]!) { changeReportingLine(positionId: $id, reportsTo: $to) { id } }`;
const RETIRE = `mutation ($id: ID!, $v: Int!) { retirePosition(id: $id, expectedVersion: $v) }`;

const text = (zh: string, en: string) => ({ zh, en });

describe.each(enginesUnderTest())('the org audit trail over GraphQL (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let deputy: string;
  let chart: { units: { id: string; code: string }[]; positions: { id: string; code: string; version: number }[] };
  const id = (code: string) => chart.positions.find((p) => p.code === code)!.id;
  const trail = async (vars: Record<string, unknown> = {}) => {
    const result = await gw.gql<Trail>(TRAIL, vars, { cookie: director });
    expect(result.errors).toBeUndefined();
    return result.data!.orgChanges;
  };
  const ok = async <T>(query: string, vars: Record<string, unknown>) => {
    const result = await gw.gql<T>(query, vars, { cookie: director });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  let nightId: string;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
    deputy = await gw.login('deputy');
    chart = (await gw.gql<{ orgChart: typeof chart }>(CHART, {}, { cookie: director })).data!.orgChart;
    const unitId = chart.units.find((u) => u.code === 'merchant_service')!.id;
    const input = { title: text('夜班客服', 'Night clerk'), unitId, reportsTo: [id('merchant_supervisor')], purpose: text('夜间接待', 'Night reception'), headcount: 1 };
    nightId = (await ok<{ createPosition: { id: string } }>(CREATE, { input })).createPosition.id;
    await ok(UPDATE, { id: nightId, input: { headcount: 2 }, v: 1 });
    await ok(GRANT, { p: nightId, a: 'TICKET_TAKE', s: 'own_queue' });
    const staffId = (await ok<{ createStaff: { id: string } }>(NEW_STAFF, { input: { name: '夜班甲', employeeNo: 'N001' } })).createStaff.id;
    const assignmentId = (await ok<{ assignStaff: { id: string } }>(ASSIGN, { input: { staffId, positionId: nightId, startsOn: '2026-01-01' } })).assignStaff.id;
    await ok(END, { id: assignmentId, on: '2026-02-01' });
    await ok(LINE, { id: nightId, to: [id('deputy')] });
    await ok(RETIRE, { id: nightId, v: 2 });
  });
  afterAll(() => gw.close());

  it('records every change, newest first: who, which position, what before → after', async () => {
    const page = await trail({ first: 20 });
    expect(page.edges.map((e) => e.node.kind)).toEqual([
      'POSITION_RETIRE',
      'REPORTING_LINE_CHANGE',
      'ASSIGNMENT_END',
      'ASSIGNMENT_START',
      'GRANT_CHANGE',
      'POSITION_EDIT',
      'POSITION_CREATE',
    ]);
    const [retire, line, end, start, grant, edit] = page.edges.map((e) => e.node);
    for (const entry of page.edges) expect(entry.node).toMatchObject({ actor: { name: expect.any(String) }, positionTitle: { zh: '夜班客服' } });
    expect(edit!.changes).toEqual([{ field: 'headcount', before: '1', after: '2' }]);
    const effectiveToday = { field: 'effectiveOn', before: null, after: expect.stringMatching(/^"\d{4}-\d{2}-\d{2}"$/) };
    expect(grant!.changes).toEqual([{ field: 'ticket.take', before: null, after: '"own_queue"' }, effectiveToday]);
    expect(start).toMatchObject({ staff: { name: '夜班甲' }, changes: [{ field: 'startsOn', before: null, after: '"2026-01-01"' }, { field: 'acting', before: null, after: 'false' }] });
    expect(end!.changes).toEqual([{ field: 'endsOn', before: null, after: '"2026-02-01"' }]);
    expect(line!.changes).toHaveLength(2);
    expect(line!.changes[1]).toEqual(effectiveToday);
    expect(JSON.parse(line!.changes[0]!.before!)).toHaveLength(1);
    expect(retire!.changes).toEqual([{ field: 'retiredOn', before: null, after: expect.stringMatching(/^"\d{4}-\d{2}-\d{2}"$/) }]);
  });

  it('pages by cursor, and a refused edit leaves no entry', async () => {
    const first = await trail({ first: 3 });
    const rest = await trail({ first: 20, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.edges, ...rest.edges].map((e) => e.node.kind)).toEqual((await trail({ first: 20 })).edges.map((e) => e.node.kind));
    const refused = await gw.gql(UPDATE, { id: id('hall_clerk'), input: { headcount: -1 } }, { cookie: director });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await trail({ first: 20, p: id('hall_clerk') })).edges).toEqual([]);
  });

  it('is the director’s: the deputy is refused the trail, but reads the history of a position it edits', async () => {
    const refused = await gw.gql(TRAIL, {}, { cookie: deputy });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ok(UPDATE, { id: id('hall_clerk'), input: { headcount: 4 } });
    const own = await gw.gql<{ node: { history: { edges: { node: Change }[] } } }>(HISTORY, { id: id('hall_clerk') }, { cookie: deputy });
    expect(own.errors).toBeUndefined();
    expect(own.data!.node.history.edges.map((e) => e.node.changes[0]!.field)).toEqual(['headcount']);
    const above = await gw.gql(HISTORY, { id: id('director') }, { cookie: deputy });
    expect(above.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('exports the trail as .xlsx for the director: one row per field changed, with names; the deputy is refused', async () => {
    const { orgChangesXlsx } = await ok<{ orgChangesXlsx: string }>('{ orgChangesXlsx }', {});
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(orgChangesXlsx, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('组织变更记录')!;
    const rows = sheet.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['时间', '操作人', '变更', '岗位', '员工', '字段', '原值', '新值']);
    const night = rows.filter((r) => r[3] === '夜班客服');
    expect(night.find((r) => r[2] === '编辑岗位' && r[5] === '岗位定员')?.slice(6)).toEqual(['1', '2']);
    expect(night.find((r) => r[2] === '任命' && r[5] === '起始日')).toMatchObject({ 4: '夜班甲', 7: '2026-01-01' });
    expect(night.find((r) => r[2] === '调整权限')?.[5]).toBe('ticket.take');
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[0]!) && r[1] !== '')).toBe(true);
    // Newest first, as on the page.
    const labels: Record<string, string> = { POSITION_CREATE: '新建岗位', POSITION_EDIT: '编辑岗位', POSITION_RETIRE: '撤销岗位', REPORTING_LINE_CHANGE: '调整汇报', GRANT_CHANGE: '调整权限', ASSIGNMENT_START: '任命', ASSIGNMENT_END: '免职' };
    const newest = (await trail({ first: 1 })).edges[0]!.node;
    expect([rows[0]![2], rows[0]![3]]).toEqual([labels[newest.kind], newest.positionTitle.zh]);

    const refused = await gw.gql('{ orgChangesXlsx }', {}, { cookie: deputy });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.orgChangesXlsx ?? null).toBeNull();
  });
});
