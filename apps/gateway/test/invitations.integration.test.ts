import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const INVITE = `mutation ($id: ID!) { inviteRequester(requesterId: $id) { code portalPath invitation { id state expiresAt createdAt } } }`;
const REDEEM = `mutation ($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { username kind } }`;
const ACCESS = `query ($id: ID!) { requester(id: $id) { signIns { id username disabled } invitations { id state } } }`;
const DISABLE = `mutation ($id: ID!, $d: Boolean!) { setRequesterSignInDisabled(id: $id, disabled: $d) { id disabled } }`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) { state } }`;
const MY_REQUESTS = `{ myRequests(first: 100) { edges { node { id } } } }`;
const AUDIT = `query ($after: String) { accountEvents(first: 2, after: $after) { edges { node { kind username requesterName actorUsername } } pageInfo { hasNextPage endCursor } } }`;

type Issued = { inviteRequester: { code: string; portalPath: string; invitation: { id: string; state: string; expiresAt: string; createdAt: string } } };
const cookieOf = (setCookie: string | null) => setCookie!.split(';')[0]!;

describe.each(enginesUnderTest())('invitations to the portal (%s)', (engine) => {
  let gw: TestGateway;
  let clerk: string;
  let xinyuan: string;
  let customer: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    clerk = await gw.login('hall_clerk');
    const [row] = await gw.db.query<{ id: string }>(`SELECT id FROM requesters WHERE shop_name = '鑫源瓷砖'`);
    xinyuan = row!.id;
    const [shopper] = await gw.db.query<{ id: string }>(`SELECT id FROM requesters WHERE kind = 'customer' LIMIT 1`);
    customer = shopper!.id;
  });
  afterAll(() => gw.close());

  it('shows the code once; the merchant chooses a sign-in with it and sees the shop’s requests', async () => {
    const issued = await gw.gql<Issued>(INVITE, { id: xinyuan }, { cookie: clerk });
    expect(issued.errors).toBeUndefined();
    const { code, portalPath, invitation } = issued.data!.inviteRequester;
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{16}$/);
    expect(portalPath).toBe(`/portal/?invitation=${code}`);
    expect(invitation.state).toBe('OPEN');
    expect(new Date(invitation.expiresAt).getTime() - new Date(invitation.createdAt).getTime()).toBe(7 * 24 * 3600 * 1000);
    const stored = await gw.db.query<{ code_hash: string }>(`SELECT code_hash FROM account_invitations WHERE id = $1::uuid`, [invitation.id]);
    expect(stored[0]!.code_hash).not.toContain(code);

    const weak = await gw.gql(REDEEM, { input: { code, username: 'xinyuan.liu', password: 'password123' } }, { locale: 'en' });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.password' }] });

    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    const used = await gw.gql<{ redeemInvitation: { username: string; kind: string } }>(REDEEM, { input: { code: typed, username: 'Xinyuan.Liu', password: '鑫源瓷砖-店长-2026' } });
    expect(used.errors).toBeUndefined();
    expect(used.data!.redeemInvitation).toEqual({ username: 'xinyuan.liu', kind: 'REQUESTER' });
    const session = cookieOf(used.setCookie);
    const mine = await gw.gql<{ myRequests: { edges: unknown[] } }>(MY_REQUESTS, {}, { cookie: session });
    const [{ count }] = (await gw.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM tickets WHERE requester_id = $1::uuid`, [xinyuan])) as [{ count: number }];
    expect(count).toBeGreaterThan(0);
    expect(mine.data!.myRequests.edges).toHaveLength(Math.min(count, 100));

    const again = await gw.gql(REDEEM, { input: { code, username: 'xinyuan.two', password: '鑫源瓷砖-店员-2026' } }, { locale: 'en' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCOUNT.INVITATION_INVALID', fields: [{ field: 'input.code' }] });
  });

  it('gives a shop several sign-ins (its seeded one too), and disabling one ends its sessions at once', async () => {
    const second = (await gw.gql<Issued>(INVITE, { id: xinyuan }, { cookie: clerk })).data!.inviteRequester;
    const used = await gw.gql(REDEEM, { input: { code: second.code, username: 'xinyuan.staff', password: '鑫源瓷砖-店员-2026' } });
    const session = cookieOf(used.setCookie);
    const listed = await gw.gql<{ requester: { signIns: { id: string; username: string }[]; invitations: { state: string }[] } }>(ACCESS, { id: xinyuan }, { cookie: clerk });
    expect(listed.data!.requester.signIns.map((s) => s.username)).toEqual(['merchant1', 'xinyuan.liu', 'xinyuan.staff']);
    expect(listed.data!.requester.invitations.map((i) => i.state)).toEqual(['USED', 'USED']);

    const staffSignIn = listed.data!.requester.signIns[2]!.id;
    expect((await gw.gql(DISABLE, { id: staffSignIn, d: true }, { cookie: clerk })).errors).toBeUndefined();
    const after = await gw.gql(MY_REQUESTS, {}, { cookie: session });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(gw.login('xinyuan.staff', '鑫源瓷砖-店员-2026')).rejects.toThrow();
  });

  it('revokes an open invitation so it can no longer be used; shoppers are not invited', async () => {
    const third = (await gw.gql<Issued>(INVITE, { id: xinyuan }, { cookie: clerk })).data!.inviteRequester;
    const revoked = await gw.gql<{ revokeInvitation: { state: string } }>(REVOKE, { id: third.invitation.id }, { cookie: clerk });
    expect(revoked.data!.revokeInvitation.state).toBe('REVOKED');
    const refused = await gw.gql(REDEEM, { input: { code: third.code, username: 'xinyuan.late', password: '鑫源瓷砖-迟到-2026' } });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('ACCOUNT.INVITATION_INVALID');
    const shopper = await gw.gql(INVITE, { id: customer }, { cookie: clerk });
    expect(shopper.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_OPERATION', reason: 'ACCOUNT.NOT_INVITABLE' });
  });

  it('logs invitations and their use for the director, page by page, and for nobody else', async () => {
    const director = await gw.login('director');
    const kinds: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      type Page = { accountEvents: { edges: { node: { kind: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const res: Awaited<ReturnType<typeof gw.gql<Page>>> = await gw.gql<Page>(AUDIT, { after }, { cookie: director });
      kinds.push(...res.data!.accountEvents.edges.map((e) => e.node.kind));
      if (!res.data!.accountEvents.pageInfo.hasNextPage) break;
      after = res.data!.accountEvents.pageInfo.endCursor;
    }
    expect(kinds.filter((k) => k === 'INVITED')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'INVITATION_USED')).toHaveLength(2);
    expect(kinds).toContain('DISABLED');
    for (const user of ['hall_clerk', 'deputy', 'merchant1']) {
      const denied = await gw.gql(AUDIT, { after: null }, { cookie: await gw.login(user) });
      expect(denied.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
  });
});

describe.each(enginesUnderTest())('portal isolation from invitations and sign-ins (%s)', (engine) => {
  let gw: TestGateway;
  let merchant2: string;
  let invitationId: string;
  let signInId: string;
  let merchant1Id: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    merchant2 = await gw.login('merchant2');
    const clerk = await gw.login('hall_clerk');
    const [row] = await gw.db.query<{ requester_id: string; id: string }>(`SELECT requester_id, id FROM accounts WHERE username = 'merchant1'`);
    merchant1Id = row!.requester_id;
    signInId = row!.id;
    const issued = await gw.gql<Issued>(INVITE, { id: merchant1Id }, { cookie: clerk });
    invitationId = issued.data!.inviteRequester.invitation.id;
  });
  afterAll(() => gw.close());

  it('answers another requester’s invitations and sign-ins exactly like missing ones', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const shape = (r: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }) => ({ data: r.data ?? null, code: r.errors?.[0]?.extensions?.code });
    for (const [query, vars] of [
      [REVOKE, { id: invitationId }],
      [DISABLE, { id: signInId, d: true }],
      [INVITE, { id: merchant1Id }],
      [ACCESS, { id: merchant1Id }],
    ] as const) {
      const foreign = await gw.gql(query, vars, { cookie: merchant2 });
      const absent = await gw.gql(query, { ...vars, id: missing }, { cookie: merchant2 });
      expect(foreign.errors, query).toBeDefined();
      expect(shape(foreign)).toEqual(shape(absent));
    }
    const [state] = await gw.db.query<{ revoked_at: Date | null }>(`SELECT revoked_at FROM account_invitations WHERE id = $1::uuid`, [invitationId]);
    expect(state!.revoked_at).toBeNull();
    await gw.login('merchant1');
  });
});
