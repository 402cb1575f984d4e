import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_ERROR_CODES } from '@kefu/contracts/errors';
import { schema } from '../../src/schema/index.js';
import { startTestGateway, type TestGateway } from '../test-gateway.js';
import { recordFigures } from './support/figures.js';
import { brokenOperations, operations, type GeneratorOptions } from './support/operation-generator.js';
import { toGlobalId } from './support/http-gateway.js';

const RUNS_PER_ROLE = Number(process.env.KEFU_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.KEFU_FUZZ_SEED ?? 42);
const ROLES = [
  { role: 'anonymous', username: null },
  { role: 'merchant', username: 'merchant1' },
  { role: 'clerk', username: 'hall_clerk' },
  { role: 'director', username: 'director' },
] as const;

/** What must never reach a client: stack frames, file paths, SQL and PostgreSQL's own words. */
const LEAK = /\bat [\w.<>]+ \(|\.[cm]?[jt]s:\d+|node_modules|\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b|relation "|syntax error at or near|violates .* constraint|duplicate key|invalid input syntax|postgres|pglite/i;

const CLOSED_SET = new Set<string>(PUBLIC_ERROR_CODES);

/**
 * Operations generated from the schema itself (every root field, arguments of every input type,
 * nested selections), sent as each role: the server never answers 5xx, never shows a stack trace
 * or SQL, and every error carries a code from the documented closed set.
 */
describe('schema-driven fuzzing', () => {
  let gw: TestGateway;
  const cookies = new Map<string, string>();
  let options: GeneratorOptions;
  const figures: [string, string | number][] = [];
  const statuses = new Map<number, number>();
  const codes = new Map<string, number>();

  beforeAll(async () => {
    gw = await startTestGateway(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    for (const { username } of ROLES) if (username) cookies.set(username, await gw.login(username));
    const pick = async (sql: string) => (await gw.db.query<{ id: string }>(sql)).map((r) => r.id);
    const tickets = await pick('SELECT id FROM tickets ORDER BY number LIMIT 20');
    const merchantTickets = await pick(`SELECT t.id FROM tickets t JOIN accounts a ON a.requester_id = t.requester_id WHERE a.username = 'merchant1' LIMIT 5`);
    const staff = await pick('SELECT id FROM staff LIMIT 8');
    const positions = await pick('SELECT id FROM positions LIMIT 8');
    const units = await pick('SELECT id FROM units LIMIT 4');
    const requesters = await pick('SELECT id FROM requesters LIMIT 5');
    const missing = '00000000-0000-4000-8000-000000000000';
    options = {
      maxDepth: 4,
      // These end the role's own session or lock its sign-in; the production-mode tests cover them.
      skipFields: new Set(['logout', 'signOutEverywhere', 'revokeStaffSessions', 'login', 'uploadRequestPhoto']),
      ids: [
        ...[...tickets, ...merchantTickets, missing].flatMap((id) => [toGlobalId('Ticket', id), toGlobalId('MyRequest', id)]),
        ...staff.map((id) => toGlobalId('Staff', id)),
        ...positions.map((id) => toGlobalId('Position', id)),
        ...units.map((id) => toGlobalId('Unit', id)),
        ...requesters.map((id) => toGlobalId('Requester', id)),
        ...[...staff.slice(0, 2), ...requesters.slice(0, 2)],
        toGlobalId('Ticket', 'not-a-uuid'),
        toGlobalId('Nope', missing),
        toGlobalId('Photo', missing),
        'abc',
        '',
        '%%%',
        Buffer.from('Ticket:').toString('base64'),
      ],
    };
  });
  afterAll(() => gw.close());

  it.each(ROLES)('answers $role with no 5xx, no leak and only documented codes', async ({ role, username }) => {
    const cookie = username ? cookies.get(username) : undefined;
    const operation = fc.oneof(
      { weight: 6, arbitrary: operations(schema, 'query', options) },
      { weight: 3, arbitrary: operations(schema, 'mutation', options) },
      { weight: 1, arbitrary: brokenOperations },
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(operation, async (query) => {
        runs++;
        const response = await gw.yoga.fetch('http://kefu.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kefu-csrf': '1', ...(cookie ? { cookie } : {}) },
          body: JSON.stringify({ query }),
        });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        const errorCodes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
        for (const code of errorCodes) codes.set(code, (codes.get(code) ?? 0) + 1);
        const problems = [
          ...(response.status >= 500 && response.status !== 503 ? [`HTTP ${response.status}`] : []),
          ...(LEAK.test(text) ? [`leak: ${LEAK.exec(text)![0]}`] : []),
          ...errorCodes.filter((c) => !CLOSED_SET.has(c)).map((c) => `code outside the closed set: ${c}`),
          // A masked error is a bug the mapper did not foresee: each one fails the run.
          ...(errorCodes.includes('INTERNAL_SERVER_ERROR') ? ['masked INTERNAL_SERVER_ERROR'] : []),
        ];
        if (problems.length) throw new Error(`${role}: ${problems.join('; ')}\noperation: ${query}\nanswer: ${text.slice(0, 2000)}`);
      }),
      { seed: SEED, numRuns: RUNS_PER_ROLE, endOnFailure: true },
    );
    expect(runs).toBe(RUNS_PER_ROLE);
    figures.push([`${role}: operations`, runs]);
  });

  it('records its figures', () => {
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(statuses.get(500) ?? 0).toBe(0);
    recordFigures('fuzz', {
      order: 3,
      title: 'Schema-driven fuzzing',
      summary: `Operations generated with fast-check from the schema itself (every Query and Mutation field but the session-ending ones, arguments of every input type with boundary, malformed, foreign and missing values, nested selections to depth 4, aliases) plus hand-broken documents; seed ${SEED}. Each must get no 5xx (503 only while the database is down), no stack trace or SQL, and codes from the closed set only.`,
      rows: [
        ...figures,
        ['operations in all', total],
        ['HTTP statuses', [...statuses.entries()].sort().map(([s, n]) => `${s}: ${n.toLocaleString('en-US')}`).join(', ')],
        ['error codes seen', [...codes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n.toLocaleString('en-US')}`).join(', ')],
        ['5xx answers', 0],
        ['answers with a stack trace or SQL', 0],
        ['codes outside the closed set', 0],
        ['masked unexpected errors (INTERNAL_SERVER_ERROR)', codes.get('INTERNAL_SERVER_ERROR') ?? 0],
      ],
    });
  });
});
