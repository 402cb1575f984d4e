import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@kefu/db/seed';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '@kefu/db/testing';
import { createOrgChartCache } from '../src/access/org-chart-cache.js';
import { readConfig } from '../src/config.js';
import { silentLogger } from '../src/logging/logger.js';
import { createKefuPubSub } from '../src/pubsub/pubsub.js';
import { startGateway, type RunningGateway } from '../src/server.js';
import type { GraphQLResponse } from './test-gateway.js';

type Filter = Record<string, unknown>;
type Queue = { tickets: { edges: { node: { number: number; title: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const QUEUE = `query ($filter: TicketFilter, $order: TicketOrder, $after: String) {
  tickets(filter: $filter, order: $order, first: 100, after: $after) { edges { node { number title status } } pageInfo { hasNextPage endCursor } }
}`;

describe.each(enginesUnderTest())('the desk’s queue as .xlsx (%s)', (engine) => {
  let db: TestDatabase;
  let gateway: RunningGateway;
  const cookies: Record<string, string> = {};

  const post = (path: string, body: unknown, as?: string, headers: Record<string, string> = {}) =>
    fetch(`${gateway.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kefu-csrf': '1', ...(as ? { cookie: cookies[as]! } : {}), ...headers },
      body: JSON.stringify(body),
    });
  /** Every page of the queue as the desk reads it: the ticket numbers, in order. */
  const queue = async (as: string, filter: Filter | null, order = 'DUE') => {
    const numbers: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result = (await (await post('/graphql', { query: QUEUE, variables: { filter, order, after } }, as)).json()) as GraphQLResponse<Queue>;
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo } = result.data!.tickets;
      numbers.push(...edges.map((e) => `KF-${String(e.node.number).padStart(6, '0')}`));
      if (!pageInfo.hasNextPage) return numbers;
      after = pageInfo.endCursor;
    }
  };
  const exported = async (as: string, filter: Filter | null, order = 'DUE', locale = 'zh-CN') => {
    const response = await post('/exports/tickets.xlsx', { filter, order }, as, { 'accept-language': locale });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    return { response, sheet, header: rows[0]!.slice(1), rows: rows.slice(1).map((r) => r.slice(1)) };
  };

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await seedDemoData(db, { now: new Date() });
    const pubsub = createKefuPubSub();
    const config = { ...readConfig({ PORT: '0', HOST: '127.0.0.1' }), seedDemo: false };
    gateway = await startGateway(db, { config, logger: silentLogger, pubsub, orgCharts: createOrgChartCache(pubsub) });
    for (const username of ['director', 'hall_clerk', 'cart_driver', 'merchant1']) {
      const response = await post('/graphql', { query: 'mutation ($u: String!) { login(username: $u, password: "kefu-demo") { username } }', variables: { u: username } });
      cookies[username] = response.headers.get('set-cookie')!.split(';')[0]!;
    }
  });
  afterAll(async () => {
    await gateway.close();
    await db.drop();
  });

  it.each<[string, Filter | null, string]>([
    ['the whole queue by due date', null, 'DUE'],
    ['open complaints, newest first', { statuses: ['RECEIVED', 'ASSIGNED', 'IN_PROGRESS'], kinds: ['COMPLAINT'] }, 'NEWEST'],
    ['major and important ones not yet overdue', { severities: ['MAJOR', 'IMPORTANT'], overdue: false }, 'DUE'],
  ])('holds exactly the queue’s rows, in its order: %s', async (_name, filter, order) => {
    const expected = await queue('director', filter, order);
    expect(expected.length).toBeGreaterThan(0);
    const { response, rows } = await exported('director', filter, order);
    expect(rows.map((r) => r[0])).toEqual(expected);
    expect(response.headers.get('x-total-rows')).toBe(String(expected.length));
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('writes the header and the words in the viewer’s language, times on the site’s clock', async () => {
    const zh = await exported('director', null);
    expect(zh.header).toEqual(['工单号', '标题', '类别', '级别', '状态', '来访人', '位置', '处理人', '受理时间', '时限', '反馈时间']);
    const en = await exported('director', null, 'DUE', 'en');
    expect(en.header[0]).toBe('No.');
    expect(en.sheet.name).toBe('Tickets');
    const [first] = zh.rows;
    const [row] = await db.query<{ title: string; received: string }>(
      `SELECT title, to_char(received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS received FROM tickets WHERE number = $1`,
      [Number(String(first![0]).slice(3))],
    );
    expect(first![1]).toBe(row!.title);
    expect(first![8]).toBe(row!.received);
    expect(['投诉', '报修', '咨询', '服务申请', '退换货', '物流配送需求', '技术服务需求', '建议']).toContain(first![2]);
  });

  it('gives a narrower viewer only the tickets their own queue shows', async () => {
    const all = await queue('director', null);
    for (const as of ['hall_clerk', 'cart_driver']) {
      const theirs = await queue(as, null);
      const { rows, response } = await exported(as, null);
      expect(rows.map((r) => r[0])).toEqual(theirs);
      expect(response.headers.get('x-total-rows')).toBe(String(theirs.length));
      expect(theirs.length).toBeLessThan(all.length);
    }
  });

  it('refuses portal accounts, anyone signed out, and a request without the CSRF header', async () => {
    const portal = await post('/exports/tickets.xlsx', { filter: null }, 'merchant1');
    expect(portal.status).toBe(403);
    expect(((await portal.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await post('/exports/tickets.xlsx', { filter: null });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await fetch(`${gateway.url}/exports/tickets.xlsx`, { method: 'POST', headers: { cookie: cookies.director! }, body: '{}' });
    expect(forged.status).toBe(403);
    expect((await fetch(`${gateway.url}/exports/tickets.xlsx`, { headers: { cookie: cookies.director! } })).status).toBe(405);
  });

  it('checks the filter as the queue does, naming each field at fault', async () => {
    const bad = await post('/exports/tickets.xlsx', { filter: { statuses: ['NOPE'], assigneeId: 'x' }, order: 'SIDEWAYS' }, 'director', { 'accept-language': 'en' });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (body.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['filter.statuses.0', 'order']));
    const long = await post('/exports/tickets.xlsx', { filter: { text: 'x'.repeat(101) } }, 'director');
    expect(((await long.json()) as GraphQLResponse).errors?.[0]?.extensions?.fields).toMatchObject([{ field: 'filter.text', rule: 'too_long' }]);
    const foreignId = await post('/exports/tickets.xlsx', { filter: { assigneeId: Buffer.from('Ticket:1').toString('base64') } }, 'director');
    expect(foreignId.status).toBe(400);
  });
});
