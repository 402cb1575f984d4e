import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '@kefu/db/seed';
import { createTestDatabase, type TestDatabase } from '@kefu/db/testing';
import { recordFigures } from './support/figures.js';
import { startHttpGateway, toGlobalId, type HttpGateway, type Reply } from './support/http-gateway.js';
import { seededRandom } from '@kefu/domain/testing';

const SEED = 20261125;
/** Foreign tickets tried per principal on each of the id-taking queries. */
const TICKETS_PER_PRINCIPAL = 200;
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 200 }, (_, i) => (i * 7) % 256)]);

type Principal = { username: string; cookie: string; requesterId: string; photoIds: string[] };
type ForeignTicket = { id: string; version: number; requesterId: string };
type Try = { path: string; run(id: string, version: number): Promise<Answer> };
type Answer = { status: number; body: string };

/**
 * Every portal principal against other requesters' records, through every way in that takes an
 * id: a foreign id must get exactly the answer of an id that does not exist (same status, same
 * body once the id the caller sent and the request id are set aside), and nothing foreign may
 * come back anywhere.
 */
describe('portal isolation at scale', () => {
  let db: TestDatabase;
  let gw: HttpGateway;
  const principals: Principal[] = [];
  let tickets: ForeignTicket[] = [];
  const tally = new Map<string, number>();
  let failures: string[] = [];

  const count = (path: string) => tally.set(path, (tally.get(path) ?? 0) + 1);

  beforeAll(async () => {
    db = await createTestDatabase(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    gw = await startHttpGateway(db, { seed: true });
    const requesters = DEMO_LOGINS.filter((l) => /^(merchant|owner)\d+$/.test(l.username));
    for (const { username } of requesters) {
      const cookie = await gw.login(username);
      const [row] = await db.query<{ requester_id: string }>('SELECT requester_id FROM accounts WHERE username = $1', [username]);
      principals.push({ username, cookie, requesterId: row!.requester_id, photoIds: [] });
    }
    // Each requester sends a request with a photo, and keeps one photo not sent yet.
    for (const p of principals) {
      const sent = await upload(p);
      const kept = await upload(p);
      const submitted = await gw.gql(
        'mutation ($key: String!, $input: SubmitRequestInput!) { submitRequest(idempotencyKey: $key, input: $input) { id } }',
        { key: `isolation-${p.username}`, input: { kind: 'REPAIR', title: '灯不亮', description: '店门口的灯不亮', photoIds: [sent] } },
        { cookie: p.cookie },
      );
      expect(submitted.errors, submitted.text).toBeUndefined();
      p.photoIds.push(sent, kept);
    }
    tickets = await db.query<ForeignTicket>('SELECT id, version, requester_id AS "requesterId" FROM tickets');
  });
  afterAll(async () => {
    await gw.close();
    await db.drop();
  });

  async function upload(p: Principal): Promise<string> {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: 'mutation ($file: File!) { uploadRequestPhoto(file: $file) { id } }', variables: { file: null } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([JPEG], { type: 'image/jpeg' }), 'photo.jpg');
    const response = await fetch(`${gw.url}/graphql`, { method: 'POST', headers: { 'x-kefu-csrf': '1', cookie: p.cookie }, body: form });
    const body = (await response.json()) as { data?: { uploadRequestPhoto: { id: string } }; errors?: unknown };
    if (!body.data) throw new Error(`upload failed: ${JSON.stringify(body.errors)}`);
    return body.data.uploadRequestPhoto.id;
  }

  /** The caller's own id echoed back, and the request id, are not differences. */
  function normalize(answer: Answer, id: string): Answer {
    const variants = [id, toGlobalId('Ticket', id), toGlobalId('MyRequest', id), toGlobalId('Photo', id)];
    let body = answer.body.replace(/"requestId":"[^"]*"/g, '"requestId":"<request>"');
    for (const v of variants) body = body.split(v).join('<id>');
    return { status: answer.status, body };
  }

  const asAnswer = (reply: Reply): Answer => ({ status: reply.status, body: reply.text });

  function ticketPaths(p: Principal): Try[] {
    const q = (query: string, variables: (id: string, version: number) => Record<string, unknown>) => async (id: string, version: number) =>
      asAnswer(await gw.gql(query, variables(id, version), { cookie: p.cookie }));
    return [
      { path: 'node(Ticket id)', run: q('query ($id: ID!) { node(id: $id) { id __typename } }', (id) => ({ id: toGlobalId('Ticket', id) })) },
      { path: 'node(MyRequest id)', run: q('query ($id: ID!) { node(id: $id) { id ... on MyRequest { title status } } }', (id) => ({ id: toGlobalId('MyRequest', id) })) },
      { path: 'ticket(id)', run: q('query ($id: ID!) { ticket(id: $id) { id title } }', (id) => ({ id: toGlobalId('Ticket', id) })) },
      {
        path: 'myRequest(id) with photos and timeline',
        run: q('query ($id: ID!) { myRequest(id: $id) { id title photos { id url } timeline { type } } }', (id) => ({ id: toGlobalId('MyRequest', id) })),
      },
    ];
  }

  function rarePaths(p: Principal): Try[] {
    const q = (query: string, variables: (id: string, version: number) => Record<string, unknown>) => async (id: string, version: number) =>
      asAnswer(await gw.gql(query, variables(id, version), { cookie: p.cookie }));
    return [
      { path: 'rateRequest(id)', run: q('mutation ($id: ID!, $v: Int!) { rateRequest(id: $id, version: $v, stars: 1) { id } }', (id, v) => ({ id: toGlobalId('MyRequest', id), v })) },
      { path: 'startTicket(id)', run: q('mutation ($id: ID!, $v: Int!) { startTicket(id: $id, version: $v) { id } }', (id, v) => ({ id: toGlobalId('Ticket', id), v })) },
      { path: 'ticketUpdated subscription', run: (id) => subscribe(p, toGlobalId('MyRequest', id)) },
    ];
  }

  /** An SSE subscription: refused ones end at once; one that stays open is a subscription granted. */
  async function subscribe(p: Principal, id: string): Promise<Answer> {
    const response = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-kefu-csrf': '1', cookie: p.cookie },
      body: JSON.stringify({ query: 'subscription ($id: ID!) { ticketUpdated(id: $id) { version } }', variables: { id } }),
      signal: AbortSignal.timeout(3_000),
    });
    const body = await response.text().catch(() => 'SUBSCRIPTION STAYED OPEN');
    return { status: response.status, body };
  }

  async function compare(p: Principal, attempt: Try, foreign: { id: string; version: number }, baseline: Map<string, Answer>) {
    count(attempt.path);
    let expected = baseline.get(attempt.path);
    if (!expected) {
      expected = normalize(await attempt.run(MISSING_UUID, foreign.version), MISSING_UUID);
      baseline.set(attempt.path, expected);
      expect(expected.body, `${attempt.path}: an id that does not exist must be refused`).not.toMatch(/"data":\{"(node|ticket|myRequest|rateRequest|startTicket)":\{/);
    }
    const actual = normalize(await attempt.run(foreign.id, foreign.version), foreign.id);
    if (actual.status !== expected.status || actual.body !== expected.body) {
      failures.push(`${p.username} ${attempt.path} ${foreign.id}: ${actual.status} ${actual.body} ≠ ${expected.status} ${expected.body}`);
    }
  }

  it('answers every foreign ticket id like one that does not exist, on every path', async () => {
    const random = seededRandom(SEED);
    failures = [];
    for (const p of principals) {
      const foreign = random.shuffle(tickets.filter((t) => t.requesterId !== p.requesterId));
      const baseline = new Map<string, Answer>();
      for (const ticket of foreign.slice(0, TICKETS_PER_PRINCIPAL)) {
        for (const attempt of ticketPaths(p)) await compare(p, attempt, ticket, baseline);
      }
      for (const ticket of foreign.slice(0, 12)) {
        for (const attempt of rarePaths(p)) await compare(p, attempt, ticket, baseline);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('serves no foreign photo, by URL or by attaching it to one’s own request', async () => {
    failures = [];
    const missingPhoto = async (p: Principal, path: string) => {
      const response = await fetch(`${gw.url}${path}`, { headers: { cookie: p.cookie } });
      return { status: response.status, body: await response.text() };
    };
    for (const p of principals) {
      const expectedGet = await missingPhoto(p, `/attachments/${MISSING_UUID}`);
      expect(expectedGet.status).toBe(404);
      const attach = async (photoId: string) =>
        normalize(
          asAnswer(
            await gw.gql(
              'mutation ($key: String!, $input: SubmitRequestInput!) { submitRequest(idempotencyKey: $key, input: $input) { id photos { id } } }',
              { key: `steal-${p.username}-${photoId}`.slice(0, 100), input: { kind: 'REPAIR', title: '借用照片', description: '试图附上别人的照片', photoIds: [photoId] } },
              { cookie: p.cookie },
            ),
          ),
          photoId,
        );
      const expectedAttach = await attach(MISSING_UUID);
      expect(expectedAttach.body).not.toMatch(/"data":\{"submitRequest":\{/);
      for (const other of principals.filter((o) => o !== p)) {
        for (const photoId of other.photoIds) {
          count('GET /attachments/<id>');
          const got = await missingPhoto(p, `/attachments/${photoId}`);
          if (got.status !== expectedGet.status || got.body !== expectedGet.body) failures.push(`${p.username} GET photo ${photoId}: ${got.status}`);
          count('submitRequest(photoIds)');
          const attached = await attach(photoId);
          if (attached.status !== expectedAttach.status || attached.body !== expectedAttach.body) {
            failures.push(`${p.username} attach photo ${photoId}: ${attached.body} ≠ ${expectedAttach.body}`);
          }
        }
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('lists exactly one’s own requests in every connection, and no staff connection at all', async () => {
    failures = [];
    for (const p of principals) {
      const own = new Set(tickets.filter((t) => t.requesterId === p.requesterId).map((t) => toGlobalId('MyRequest', t.id)));
      const listed: string[] = [];
      let after: string | null = null;
      for (;;) {
        count('myRequests connection page');
        const page: Reply<{ myRequests: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }> = await gw.gql(
          'query ($after: String) { myRequests(first: 20, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
          { after },
          { cookie: p.cookie },
        );
        expect(page.errors, page.text).toBeUndefined();
        listed.push(...page.data!.myRequests.edges.map((e) => e.node.id));
        if (!page.data!.myRequests.pageInfo.hasNextPage) break;
        after = page.data!.myRequests.pageInfo.endCursor;
      }
      // The submitted request is the requester's own, in the database and in the list.
      const stored = new Set((await db.query<{ id: string }>('SELECT id FROM tickets WHERE requester_id = $1', [p.requesterId])).map((r) => toGlobalId('MyRequest', r.id)));
      if (JSON.stringify([...listed].sort()) !== JSON.stringify([...stored].sort())) failures.push(`${p.username} myRequests lists ${listed.length}, owns ${stored.size}`);
      expect(own.size).toBeLessThanOrEqual(stored.size);

      for (const query of [
        '{ tickets(first: 5) { edges { node { id } } } }',
        '{ staffMembers(first: 5) { edges { node { id } } } }',
        '{ requesters(search: "a") { id } }',
        '{ ticketCounts { count } }',
        '{ orgChart { units { id } } }',
        '{ permissionMatrix { cells { action } } }',
      ]) {
        count('staff connections and lists');
        const reply = await gw.gql(query, {}, { cookie: p.cookie });
        // Refused outright: no data. (`requesters` answers a signed-in requester UNAUTHENTICATED, not FORBIDDEN.)
        if (reply.data != null || !['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(reply.errors?.[0]?.extensions?.code))) failures.push(`${p.username} ${query}: ${reply.text}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('adds up to at least 10,000 tries', () => {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    recordFigures('isolation', {
      order: 1,
      title: 'Portal isolation at scale',
      summary: `${principals.length} portal principals (every demo merchant and owner) against other requesters’ records; seed ${SEED}. A try passes when the foreign id gets exactly the answer of an id that does not exist (status and body, apart from the id sent and the request id) and nothing foreign is listed.`,
      rows: [
        ...[...tally.entries()].map(([path, n]): [string, number] => [path, n]),
        ['tries in all', total],
        ['foreign records seen', 0],
        ['answers that differed from "does not exist"', 0],
      ],
    });
  });
});
