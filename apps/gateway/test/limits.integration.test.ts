import { Lexer, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { createOrgChartCache } from '../src/access/org-chart-cache.js';
import { readConfig } from '../src/config.js';
import { silentLogger } from '../src/logging/logger.js';
import { createKefuPubSub } from '../src/pubsub/pubsub.js';
import { LIST_SIZES } from '../src/limits/list-sizes.js';
import { createGatewayYoga, REQUEST_LIMITS } from '../src/yoga.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from './test-gateway.js';

/** Tokens as graphql-armor counts them: every lexer token but the end of input. */
function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/** `viewer` is level 1 and `code` the last: `depth` levels of fields in all. */
const deepQuery = (depth: number) => `{ viewer { positions { ${'reportsTo { '.repeat(depth - 3)}code${' }'.repeat(depth - 3)} } } }`;

/** The same field repeated (they merge), each with its own directive: `directives` in all. */
const directiveQuery = (directives: number) => `{ viewer { ${'username @include(if: true) '.repeat(directives)}} }`;

const aliasQuery = (aliases: number) => `{ ${Array.from({ length: aliases }, (_, i) => `v${i}: viewer { username }`).join(' ')} }`;

/** A valid query padded with enum values to exactly `tokens` tokens. */
function queryOfTokens(tokens: number): string {
  const build = (k: number) => `{ tickets(first: 1, filter: { statuses: [${'RECEIVED '.repeat(k)}] }) { pageInfo { hasNextPage } } }`;
  const k = tokens - tokenCount(build(0));
  const query = build(k);
  expect(tokenCount(query)).toBe(tokens);
  return query;
}

// The cost counts every value an answer can hold (src/limits/query-cost.ts). One page
//   tickets(first: n) { pageInfo { hasNextPage } edges { node { 10 scalars timeline { 3 scalars } } } }
// costs tickets 1 + pageInfo 2 + edges (1 + n × (node 1 + 10 + timeline (1 + 30 events × 3))),
// 4 + 102n: four pages of 98 cost exactly 40,000; one more pageInfo field is one over.
const TIMELINE_EVENTS = (LIST_SIZES['Ticket.timeline'] as { items: number }).items;
const costlyPages = (first: string, over: boolean) =>
  Array.from(
    { length: 4 },
    (_, i) =>
      `p${i}: tickets(first: ${first}) { pageInfo { hasNextPage${over && i === 0 ? ' endCursor' : ''} } ` +
      'edges { node { id number title status kind channel severity location receivedAt version timeline { id type at } } } }',
  ).join(' ');
const costlyInline = (over: boolean) => ({ query: `{ ${costlyPages('98', over)} }` });
const costlyWithVariables = (over: boolean) => ({ query: `query Pages($n: Int!) { ${costlyPages('$n', over)} }`, variables: { n: 98 } });

/** The desk's own queue page (the admin's TicketQueue and its fragment), its page size written inline. */
const DESK_QUEUE_PAGE = `{
  tickets(first: 50) {
    edges { cursor node { id number title kind severity status slaState dueAt receivedAt requester { id name shopName shopUnit } assignee { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** 15 pages of 100 tickets with their timelines, requesters and assignees: 1.26 MB an answer. */
const FIFTEEN_FULL_PAGES = {
  query: `query Pages($n: Int!) { ${Array.from(
    { length: 15 },
    (_, i) =>
      `t${i}: tickets(first: $n) { edges { node { id number title status description requester { id name shopName phone } assignee { id name } ` +
      'timeline { id type at note actor { id name } assignee { id name } } } } }',
  ).join(' ')} }`,
  variables: { n: 100 },
};

describe.each(enginesUnderTest())('request limits (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
  });
  afterAll(() => gw.close());

  async function post(body: unknown, accept = 'application/json') {
    let response!: Response;
    let json!: GraphQLResponse;
    const statements = await gw.countStatements(async () => {
      response = await gw.yoga.fetch('http://kefu.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, cookie: director },
        body: JSON.stringify(body),
      });
      json = (await response.json()) as GraphQLResponse;
    });
    return { status: response.status, body: json, statements };
  }

  /** Refused before execution: one error, no data, and not a single SQL statement (no session lookup either). */
  async function expectRefusedUnread(body: unknown) {
    const result = await post(body);
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors).toHaveLength(1);
    expect(result.statements).toEqual([]);
    expect(result.status).toBe(200);
    return result;
  }

  async function expectExecuted(query: string | { query: string; variables?: Record<string, unknown> }) {
    const result = await post(typeof query === 'string' ? { query } : query);
    expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
    expect(result.body.data).toBeTruthy();
    // The session lookup at least: Yoga builds the context only once the document is valid.
    expect(result.statements.length).toBeGreaterThan(0);
  }

  const limits = [
    { name: 'depth', at: deepQuery(REQUEST_LIMITS.depth), over: deepQuery(REQUEST_LIMITS.depth + 1), says: /depth limit of 10/ },
    { name: 'aliases', at: aliasQuery(REQUEST_LIMITS.aliases), over: aliasQuery(REQUEST_LIMITS.aliases + 1), says: /Aliases limit of 15/ },
    { name: 'tokens', at: queryOfTokens(REQUEST_LIMITS.tokens), over: queryOfTokens(REQUEST_LIMITS.tokens + 1), says: /Token limit of 2000/ },
    { name: 'directives', at: directiveQuery(REQUEST_LIMITS.directives), over: directiveQuery(REQUEST_LIMITS.directives + 1), says: /Directives limit of 20/ },
  ];

  it.each(limits)('lets a query at the $name limit through and refuses one over it unread', async ({ at, over }) => {
    await expectExecuted(at);
    await expectRefusedUnread({ query: over });
  });

  it.each(limits)('tells the client why a query over the $name limit was refused', async ({ over, says }) => {
    const { body } = await post({ query: over });
    const [error] = body.errors!;
    expect(error!.extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
    expect(error!.message).toMatch(says);
  });

  describe('cost', () => {
    it('counts what the pages in the query ask for', () => {
      expect(4 * (4 + 98 * (1 + 10 + (1 + TIMELINE_EVENTS * 3)))).toBe(REQUEST_LIMITS.cost);
    });

    it.each([
      ['written inline', costlyInline],
      ['sent as variables', costlyWithVariables],
    ])('lets a query at the cost limit through and refuses one over it unread, page sizes %s', async (_, body) => {
      await expectExecuted(body(false));
      const { body: refused } = await expectRefusedUnread(body(true));
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: REQUEST_LIMITS.cost + 1, maxCost: REQUEST_LIMITS.cost });
      expect(refused.errors![0]!.message).toMatch(/cost limit of 40000 exceeded: this operation costs 40001/);
    });

    it('lets the desk’s queue page through with its 50 tickets written inline', async () => {
      await expectExecuted(DESK_QUEUE_PAGE);
    });

    it('refuses 15 aliased pages of 100 tickets with their timelines unread, whose size is a variable', async () => {
      const { body } = await expectRefusedUnread(FIFTEEN_FULL_PAGES);
      expect(body.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors![0]!.message).toMatch(/cost limit of 40000 exceeded/);
    });

    it('refuses a costly query with 400 under application/graphql-response+json', async () => {
      const { status } = await post(FIFTEEN_FULL_PAGES, 'application/graphql-response+json');
      expect(status).toBe(400);
    });

    it('counts the same document again with each request’s own variables', async () => {
      await expectRefusedUnread({ ...FIFTEEN_FULL_PAGES, variables: { n: 100 } });
      const small = await post({ ...FIFTEEN_FULL_PAGES, variables: { n: 1 } });
      expect(small.body.errors, JSON.stringify(small.body.errors)).toBeUndefined();
      await expectRefusedUnread(FIFTEEN_FULL_PAGES);
    });
  });

  it('answers a refused query with 400 under application/graphql-response+json', async () => {
    const { status } = await post({ query: aliasQuery(REQUEST_LIMITS.aliases + 1) }, 'application/graphql-response+json');
    expect(status).toBe(400);
  });

  it('refuses more than 100 tickets a page with BAD_USER_INPUT on first', async () => {
    const { body } = await post({ query: '{ tickets(first: 101) { edges { node { id } } } }' });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', rule: 'out_of_range' }] });
    const ok = await post({ query: '{ tickets(first: 100) { edges { node { id } } } }' });
    expect(ok.body.errors).toBeUndefined();
  });

  it.each([
    ['tickets(last: 5)', 'last'],
    ['tickets(first: 5, before: "abc")', 'before'],
    ['staffMembers(last: 5)', 'last'],
  ])('refuses backward paging: %s', async (field, arg) => {
    const { body } = await post({ query: `{ ${field} { edges { cursor } } }` });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: arg }] });
  });

  it('refuses a batch (an array body) without running it', async () => {
    const { body, statements } = await post([{ query: '{ viewer { username } }' }, { query: '{ viewer { username } }' }]);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(statements).toEqual([]);
  });

  it('says that batching is not supported', async () => {
    const { status, body } = await post([{ query: '{ __typename }' }]);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('serves GraphiQL on GET /graphql to a browser in development only', async () => {
    const page = await gw.yoga.fetch('http://kefu.test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('GraphiQL');

    const pubsub = createKefuPubSub();
    const orgCharts = createOrgChartCache(pubsub);
    const production = createGatewayYoga(gw.db, {
      config: readConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1' }),
      logger: silentLogger,
      pubsub,
      orgCharts,
    });
    try {
      const hidden = await production.fetch('http://kefu.test/graphql', { headers: { accept: 'text/html' } });
      expect(await hidden.text()).not.toContain('GraphiQL');
    } finally {
      orgCharts.stop();
    }
  });
});
