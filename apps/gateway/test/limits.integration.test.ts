import { Lexer, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { createOrgChartCache } from '../src/access/org-chart-cache.js';
import { readConfig } from '../src/config.js';
import { silentLogger } from '../src/logging/logger.js';
import { createKefuPubSub } from '../src/pubsub/pubsub.js';
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

// armor's cost: a field with a selection costs 2 plus 1.5× its children, a scalar 1, and
// `first: n` multiplies the whole field. tickets(first: 100) { edges { node { k scalars } } }
// costs 100 × (2 + 1.5 × (2 + 1.5 × (2 + 1.5k))) = 950 + 337.5k: 12 scalars is exactly 5000.
const TICKET_SCALARS = ['id', 'number', 'title', 'status', 'kind', 'channel', 'severity', 'description', 'location', 'receivedAt', 'version', 'escalationLevel', 'updatedAt'];
const costlyQuery = (scalars: number) => `{ tickets(first: 100) { edges { node { ${TICKET_SCALARS.slice(0, scalars).join(' ')} } } } }`;

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

  async function expectExecuted(query: string) {
    const result = await post({ query });
    expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
    expect(result.body.data).toBeTruthy();
    // The session lookup at least: Yoga builds the context only once the document is valid.
    expect(result.statements.length).toBeGreaterThan(0);
  }

  const limits = [
    { name: 'depth', at: deepQuery(REQUEST_LIMITS.depth), over: deepQuery(REQUEST_LIMITS.depth + 1), says: /depth limit of 10/ },
    { name: 'aliases', at: aliasQuery(REQUEST_LIMITS.aliases), over: aliasQuery(REQUEST_LIMITS.aliases + 1), says: /Aliases limit of 15/ },
    { name: 'tokens', at: queryOfTokens(REQUEST_LIMITS.tokens), over: queryOfTokens(REQUEST_LIMITS.tokens + 1), says: /Token limit of 2000/ },
    { name: 'cost', at: costlyQuery(12), over: costlyQuery(13), says: /Cost limit of 5000/ },
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
