import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const CHART = `{ orgChart { units { id code } positions { id code headcount overStrength vacancies } } }`;
const CREATE = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }`;
const NEW_STAFF = `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateStaff(id: $id) { staff { active } } }`;
const ASSIGN = `mutation ($input: AssignStaffInput!) { assignStaff(input: $input) { id } }`;
const PICKER = `query ($text: String) { staffMembers(first: 5, text: $text) { edges { node { name active openTickets assignments { current position { code } } } } } }`;
const TRAIL = `{ orgChanges(first: 5) { edges { node { kind changes { field after } } } } }`;

type Position = { id: string; code: string; headcount: number; overStrength: number; vacancies: number };
const text = (zh: string, en: string) => ({ zh, en });

describe.each(enginesUnderTest())('appointments follow the manager’s rules (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let postId: string;
  const positions = async () => (await gw.gql<{ orgChart: { positions: Position[]; units: { id: string; code: string }[] } }>(CHART, {}, { cookie: director })).data!.orgChart;
  const newStaff = async (name: string, no: string) =>
    (await gw.gql<{ createStaff: { id: string } }>(NEW_STAFF, { input: { name, employeeNo: no } }, { cookie: director })).data!.createStaff.id;
  const appoint = (staffId: string, extra: Record<string, unknown> = {}) =>
    gw.gql<{ assignStaff: { id: string } }>(ASSIGN, { input: { staffId, positionId: postId, startsOn: '2026-01-01', ...extra } }, { cookie: director, locale: 'en' });

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
    const chart = await positions();
    const input = {
      title: text('夜班客服', 'Night clerk'),
      unitId: chart.units.find((u) => u.code === 'merchant_service')!.id,
      reportsTo: [chart.positions.find((p) => p.code === 'merchant_supervisor')!.id],
      purpose: text('夜间接待', 'Night reception'),
      headcount: 1,
    };
    postId = (await gw.gql<{ createPosition: { id: string } }>(CREATE, { input }, { cookie: director })).data!.createPosition.id;
  });
  afterAll(() => gw.close());

  it('refuses a deactivated person as a field error, writing nothing', async () => {
    const gone = await newStaff('离职乙', 'N900');
    expect((await gw.gql(DEACTIVATE, { id: gone }, { cookie: director })).errors).toBeUndefined();
    const refused = await appoint(gone);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('input.staffId');
    expect((await positions()).positions.find((p) => p.id === postId)).toMatchObject({ vacancies: 1, overStrength: 0 });
  });

  it('asks for a reason beyond the headcount; with one, the chart shows the position over strength and the trail keeps why', async () => {
    expect((await appoint(await newStaff('夜班甲', 'N001'))).errors).toBeUndefined();
    const second = await newStaff('夜班丙', 'N002');
    const refused = await appoint(second);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('input.overStrengthReason');
    expect(refused.errors?.[0]?.message ?? '').not.toMatch(/select|insert|at .*\.ts/i);
    expect((await positions()).positions.find((p) => p.id === postId)!.overStrength).toBe(0);
    expect((await appoint(second, { overStrengthReason: '春节旺季增援' })).errors).toBeUndefined();
    expect((await positions()).positions.find((p) => p.id === postId)).toMatchObject({ vacancies: 0, overStrength: 1 });
    const trail = (await gw.gql<{ orgChanges: { edges: { node: { kind: string; changes: { field: string; after: string }[] } }[] } }>(TRAIL, {}, { cookie: director })).data!;
    expect(trail.orgChanges.edges[0]!.node.changes).toContainEqual({ field: 'overStrengthReason', after: '"春节旺季增援"' });
  });

  it('the picker searches every member of staff and shows status, current positions and open tickets', async () => {
    const found = await gw.gql<{ staffMembers: { edges: { node: { name: string; active: boolean; openTickets: number; assignments: { current: boolean; position: { code: string } }[] } }[] } }>(
      PICKER,
      { text: '夜班' },
      { cookie: director },
    );
    expect(found.errors).toBeUndefined();
    const byName = Object.fromEntries(found.data!.staffMembers.edges.map((e) => [e.node.name, e.node]));
    expect(Object.keys(byName).sort()).toEqual(['夜班丙', '夜班甲']);
    expect(byName['夜班甲']).toMatchObject({ active: true, openTickets: 0 });
    expect(byName['夜班甲']!.assignments.filter((a) => a.current).map((a) => a.position.code)).toHaveLength(1);
    const clerk = await gw.login('hall_clerk');
    const refused = await gw.gql(PICKER, { text: '夜班' }, { cookie: clerk });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
