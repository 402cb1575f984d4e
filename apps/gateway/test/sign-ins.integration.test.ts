import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const CREATE = `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id name signIn { id username mustChangePassword disabled } } }`;
const VIEWER = `{ viewer { username mustChangePassword staff { name } siteActions } }`;
const CHANGE = `mutation ($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { mustChangePassword username } }`;
const SESSIONS = `{ mySessions { id current } }`;
const DISABLE = `mutation ($id: ID!, $disabled: Boolean!) { setStaffSignInDisabled(id: $id, disabled: $disabled) { disabled } }`;
const RESET = `mutation ($id: ID!, $password: String!) { resetStaffPassword(id: $id, password: $password) { mustChangePassword } }`;
// A new member of staff holds no position yet: their own sessions are what any signed-in viewer may read.
const STAFF_LIST = `{ mySessions { id } }`;

type Created = { createStaff: { id: string; signIn: { id: string; username: string; mustChangePassword: boolean; disabled: boolean } } };

describe.each(enginesUnderTest())('sign-ins over GraphQL (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let signInId: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
  });
  afterAll(() => gw.close());

  it('creates a staff record with a sign-in whose first password only lets its owner change it', async () => {
    const created = await gw.gql<Created>(
      CREATE,
      { input: { name: '钱多多', employeeNo: 'KF0101', phone: '13912345678', signIn: { username: 'Qian.DD', password: '第一次-密码-0101' } } },
      { cookie: director },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createStaff.signIn).toMatchObject({ username: 'qian.dd', mustChangePassword: true, disabled: false });
    signInId = created.data!.createStaff.signIn.id;

    const first = await gw.login('qian.dd', '第一次-密码-0101');
    const viewer = await gw.gql(VIEWER, {}, { cookie: first });
    expect(viewer.data).toEqual({ viewer: { username: 'qian.dd', mustChangePassword: true, staff: null, siteActions: [] } });
    const held = await gw.gql(STAFF_LIST, {}, { cookie: first, locale: 'en' });
    expect(held.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PASSWORD_CHANGE_REQUIRED' });
    expect(held.errors?.[0]?.message).toMatch(/Change your password/);

    const wrong = await gw.gql(CHANGE, { input: { currentPassword: 'not-it-at-all', newPassword: '钱多多的新密码-2026' } }, { cookie: first });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUTH.WRONG_CURRENT_PASSWORD' });
    const weak = await gw.gql(CHANGE, { input: { currentPassword: '第一次-密码-0101', newPassword: 'qwertyuiop' } }, { cookie: first });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'newPassword', rule: 'password_too_common' }] });
    expect((weak.errors![0]!.extensions!.fields as { message: string }[])[0]!.message).toMatch(/常见密码/);

    const changed = await gw.gql(CHANGE, { input: { currentPassword: '第一次-密码-0101', newPassword: '钱多多的新密码-2026' } }, { cookie: first });
    expect(changed.data).toEqual({ changeOwnPassword: { mustChangePassword: false, username: 'qian.dd' } });
    expect((await gw.gql(STAFF_LIST, {}, { cookie: first })).errors).toBeUndefined();
    await gw.login('qian.dd', '钱多多的新密码-2026');
  });

  it('refuses a weak first password and a taken username with field errors, writing nothing', async () => {
    const weak = await gw.gql(
      CREATE,
      { input: { name: '孙小美', employeeNo: 'KF0102', signIn: { username: 'sun', password: 'sun1234567' } } },
      { cookie: director, locale: 'en' },
    );
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.signIn.password', rule: 'password_contains_username' }],
    });
    const taken = await gw.gql(
      CREATE,
      { input: { name: '孙小美', employeeNo: 'KF0102', signIn: { username: 'director', password: '孙小美的第一个登录密码' } } },
      { cookie: director },
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACCOUNT.USERNAME_TAKEN' });
    const none = await gw.gql<{ staffMembers: { edges: unknown[] } }>(`{ staffMembers(text: "KF0102") { edges { cursor } } }`, {}, { cookie: director });
    expect(none.data!.staffMembers.edges).toEqual([]);
  });

  it('lists the viewer’s own sessions and signs one out; another’s id is not found', async () => {
    const a = await gw.login('qian.dd', '钱多多的新密码-2026');
    const b = await gw.login('qian.dd', '钱多多的新密码-2026');
    const list = await gw.gql<{ mySessions: { id: string; current: boolean }[] }>(SESSIONS, {}, { cookie: a });
    const other = list.data!.mySessions.filter((s) => !s.current);
    expect(list.data!.mySessions.filter((s) => s.current)).toHaveLength(1);
    expect(other.length).toBeGreaterThanOrEqual(1);
    const directorSessions = await gw.gql<{ mySessions: { id: string }[] }>(SESSIONS, {}, { cookie: director });
    const foreign = await gw.gql(`mutation ($id: ID!) { revokeMySession(id: $id) }`, { id: directorSessions.data!.mySessions[0]!.id }, { cookie: a });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const s of other) await gw.gql(`mutation ($id: ID!) { revokeMySession(id: $id) }`, { id: s.id }, { cookie: a });
    expect((await gw.gql(STAFF_LIST, {}, { cookie: b })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gw.gql(STAFF_LIST, {}, { cookie: a })).errors).toBeUndefined();
  });

  it('a manager disables (every session ends), enables, and resets the password (sessions end, change required)', async () => {
    const session = await gw.login('qian.dd', '钱多多的新密码-2026');
    const disabled = await gw.gql(DISABLE, { id: signInId, disabled: true }, { cookie: director });
    expect(disabled.data).toEqual({ setStaffSignInDisabled: { disabled: true } });
    expect((await gw.gql(STAFF_LIST, {}, { cookie: session })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(gw.login('qian.dd', '钱多多的新密码-2026')).rejects.toThrow(/INVALID_CREDENTIALS/);
    await gw.gql(DISABLE, { id: signInId, disabled: false }, { cookie: director });
    const again = await gw.login('qian.dd', '钱多多的新密码-2026');

    const reset = await gw.gql(RESET, { id: signInId, password: '经理重置的-密码-77' }, { cookie: director });
    expect(reset.data).toEqual({ resetStaffPassword: { mustChangePassword: true } });
    expect((await gw.gql(STAFF_LIST, {}, { cookie: again })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(gw.login('qian.dd', '钱多多的新密码-2026')).rejects.toThrow(/INVALID_CREDENTIALS/);
    const afterReset = await gw.login('qian.dd', '经理重置的-密码-77');
    expect((await gw.gql(VIEWER, {}, { cookie: afterReset })).data).toMatchObject({ viewer: { mustChangePassword: true } });
  });

  it('keeps sign-in management from clerks and a sign-in of another site’s id unknown', async () => {
    const clerk = await gw.login('hall_clerk');
    const refused = await gw.gql(DISABLE, { id: signInId, disabled: true }, { cookie: clerk });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await gw.gql(RESET, { id: '00000000-0000-4000-8000-000000000000', password: '经理重置的-密码-77' }, { cookie: director });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
