import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type Cell = { action: string; allowed: boolean; reason: string; scope: string | null; source: string | null; positionScope: string | null; choices: string[] | null };
type Row = { position: { id: string; code: string }; cells: Cell[] };

const MATRIX = `{ permissionMatrix { position { id code } cells { action allowed reason scope source positionScope choices } } }`;
const SET = `mutation ($p: ID!, $a: Action!, $s: String) {
  setPositionGrant(positionId: $p, action: $a, scope: $s) { position { code } cells { action allowed scope source positionScope } }
}`;
const ACTIONS = `{ viewer { siteActions } }`;

describe.each(enginesUnderTest())('editing grants over GraphQL (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let deputy: string;
  let clerk: string;
  let ids: Record<string, string>;
  const matrix = async (cookie: string) => (await gw.gql<{ permissionMatrix: Row[] }>(MATRIX, {}, { cookie })).data!.permissionMatrix;
  const cell = (rows: Row[], code: string, action: string) => rows.find((r) => r.position.code === code)!.cells.find((c) => c.action === action)!;
  const siteActions = async (cookie: string) => (await gw.gql<{ viewer: { siteActions: string[] } }>(ACTIONS, {}, { cookie })).data!.viewer.siteActions;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
    deputy = await gw.login('deputy');
    clerk = await gw.login('hall_clerk');
    ids = Object.fromEntries((await matrix(director)).map((r) => [r.position.code, r.position.id]));
  });
  afterAll(() => gw.close());

  it('shows each cell’s source and the choices the viewer may set', async () => {
    const asDirector = await matrix(director);
    expect(cell(asDirector, 'hall_clerk', 'TICKET_CLOSE')).toMatchObject({ allowed: true, scope: 'own_queue', source: 'catalogue', choices: ['site', 'subordinates', 'own_queue'] });
    expect(cell(await matrix(deputy), 'hall_clerk', 'TICKET_CLOSE').choices).toEqual(['subordinates', 'own_queue']);
    expect(cell(await matrix(deputy), 'director', 'TICKET_CLOSE').choices).toBeNull();
    expect(cell(await matrix(clerk), 'hall_clerk', 'TICKET_CLOSE').choices).toBeNull();
    expect(cell(asDirector, 'hall_clerk', 'TICKET_RATE').choices).toBeNull();
  });

  it('takes an action away: the matrix and the holder’s own actions follow at once', async () => {
    expect(await siteActions(clerk)).toContain('TICKET_RELAY');
    const result = await gw.gql<{ setPositionGrant: Row }>(SET, { p: ids.hall_clerk, a: 'TICKET_RELAY', s: null }, { cookie: director });
    expect(result.errors).toBeUndefined();
    expect(result.data!.setPositionGrant.cells.find((c) => c.action === 'TICKET_RELAY')).toMatchObject({ allowed: false, source: null, positionScope: null });
    expect(await siteActions(clerk)).not.toContain('TICKET_RELAY');
    expect(await siteActions(clerk)).toContain('TICKET_CLOSE');
    expect(cell(await matrix(deputy), 'hall_clerk', 'TICKET_RELAY')).toMatchObject({ allowed: false, reason: 'not_granted' });
  });

  it('lets the deputy give a position below it what the deputy holds', async () => {
    const result = await gw.gql<{ setPositionGrant: Row }>(SET, { p: ids.cart_driver, a: 'TICKET_CLOSE', s: 'own_queue' }, { cookie: deputy });
    expect(result.errors).toBeUndefined();
    expect(result.data!.setPositionGrant.cells.find((c) => c.action === 'TICKET_CLOSE')).toMatchObject({ allowed: true, scope: 'own_queue', source: 'site' });
  });

  it('refuses the deputy a site-wide 关闭 and writes nothing', async () => {
    const before = await matrix(director);
    const result = await gw.gql(SET, { p: ids.hall_clerk, a: 'TICKET_CLOSE', s: 'site' }, { cookie: deputy });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORG.GRANT_ESCALATION' });
    expect(result.errors?.[0]?.message).toMatch(/超出/);
    expect(await matrix(director)).toEqual(before);
  });

  it('refuses a scope the action does not support as a field error', async () => {
    const result = await gw.gql(SET, { p: ids.hall_clerk, a: 'TICKET_CLOSE', s: 'own' }, { cookie: director, locale: 'en' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0]?.extensions)).toContain('scope');
  });

  it('never leaves the site without someone who edits the org', async () => {
    const result = await gw.gql(SET, { p: ids.director, a: 'ORG_POSITION_EDIT', s: null }, { cookie: director });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_OPERATION', reason: 'ORG.LAST_ORG_EDITOR' });
    expect(cell(await matrix(director), 'director', 'ORG_POSITION_EDIT')).toMatchObject({ allowed: true, scope: 'site' });
  });

  it('forbids a clerk, and the deputy on its own position', async () => {
    expect((await gw.gql(SET, { p: ids.hall_clerk, a: 'TICKET_CLOSE', s: null }, { cookie: clerk })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gw.gql(SET, { p: ids.deputy, a: 'TICKET_CLOSE', s: null }, { cookie: deputy })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells every open app of the site that the org changed, so it reads the viewer’s actions again', async () => {
    const abort = new AbortController();
    const response = await gw.yoga.fetch('http://kefu.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie: clerk },
      body: JSON.stringify({ query: 'subscription { orgChanged }' }),
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextEvent = async (): Promise<string> => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes('event: next')) return block;
          continue;
        }
        const chunk = await reader.read();
        if (chunk.done) return '';
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    };
    const pending = nextEvent();
    // Let the stream's first pull register the listener before the change is published.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const result = await gw.gql(SET, { p: ids.cart_driver, a: 'TICKET_RESOLVE', s: 'own_queue' }, { cookie: director });
    expect(result.errors).toBeUndefined();
    expect(await pending).toContain('"orgChanged":true');
    abort.abort();
    void reader.cancel().catch(() => {});
  });
});
