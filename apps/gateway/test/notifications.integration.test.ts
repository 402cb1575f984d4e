import { insertNotifications } from '@kefu/db/notifications';
import { enginesUnderTest } from '@kefu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type Node = { id: string; kind: string; read: boolean; ticket: { id: string } | null; relay: { id: string } | null; message: { id: string; text: string } | null };
type Inbox = { myNotifications: { edges: { node: Node }[] }; unreadNotificationCount: number };
/** A Relay global id's own uuid; a plain uuid is itself. */
const raw = (id: string) => (/^[0-9a-f-]{36}$/i.test(id) ? id : Buffer.from(id, 'base64').toString('utf8').split(':')[1]!);
const INBOX = '{ myNotifications(first: 50) { edges { node { id kind read ticket { id } relay { id } message { id text } } } } unreadNotificationCount }';

describe.each(enginesUnderTest())('notifications over GraphQL (%s)', (engine) => {
  let gw: TestGateway;
  let clerk: string;
  let director: string;
  let merchant1Id: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [clerk, director] = (await Promise.all(['hall_clerk', 'director'].map((u) => gw.login(u)))) as [string, string];
    const [row] = await gw.db.query<{ requester_id: string }>(`SELECT requester_id FROM accounts WHERE username = 'merchant1'`);
    merchant1Id = row!.requester_id;
  });
  afterAll(() => gw.close());

  const inbox = async (cookie: string) => {
    const result = await gw.gql<Inbox>(INBOX, {}, { cookie });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const staffId = async (cookie: string) => (await gw.gql<{ viewer: { staff: { id: string } } }>('{ viewer { staff { id } } }', {}, { cookie })).data!.viewer.staff.id;

  let majorId: string;

  it('tells the director of a major complaint the day it is registered (001 "重大投诉…当天呈送管理处主任")', async () => {
    const before = (await inbox(director)).unreadNotificationCount;
    const created = await gw.gql<{ createTicket: { id: string } }>(
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input, idempotencyKey: "notify-major-0001") { id } }`,
      { input: { kind: 'COMPLAINT', channel: 'PHONE', severity: 'MAJOR', title: '扶梯夹伤顾客', description: '顾客在扶梯受伤，要求赔偿。', requesterId: merchant1Id } },
      { cookie: clerk },
    );
    expect(created.errors).toBeUndefined();
    majorId = created.data!.createTicket.id;
    const after = await inbox(director);
    expect(after.unreadNotificationCount).toBe(before + 1);
    expect(after.myNotifications.edges[0]!.node).toMatchObject({ kind: 'MAJOR_COMPLAINT', read: false, ticket: { id: majorId } });
  });

  it('tells the assignee, and marks one and then all read', async () => {
    const clerkId = await staffId(clerk);
    const assigned = await gw.gql('mutation ($id: ID!, $to: ID!) { assignTicket(id: $id, version: 1, assigneeId: $to) { id } }', { id: majorId, to: clerkId }, { cookie: director });
    expect(assigned.errors).toBeUndefined();
    const mine = await inbox(clerk);
    const [first] = mine.myNotifications.edges.map((e) => e.node);
    expect(first).toMatchObject({ kind: 'ASSIGNED', read: false, ticket: { id: majorId } });

    // Someone else's notification is not found, exactly like a made-up id.
    const foreign = await gw.gql('mutation ($id: ID!) { markNotificationRead(id: $id) { id } }', { id: first!.id }, { cookie: director });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const made = await gw.gql('mutation { markNotificationRead(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, { cookie: clerk });
    expect(made.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const read = await gw.gql<{ markNotificationRead: { read: boolean } }>('mutation ($id: ID!) { markNotificationRead(id: $id) { read } }', { id: first!.id }, { cookie: clerk });
    expect(read.data!.markNotificationRead.read).toBe(true);
    expect((await inbox(clerk)).unreadNotificationCount).toBe(mine.unreadNotificationCount - 1);
    await gw.gql('mutation { markAllNotificationsRead }', {}, { cookie: director });
    expect((await inbox(director)).unreadNotificationCount).toBe(0);
  });

  it('leaves out a notification whose ticket the viewer may no longer see', async () => {
    const driver = await gw.login('cart_captain');
    const [site] = await gw.db.query<{ site_id: string }>('SELECT site_id FROM tickets WHERE id = $1', [raw(majorId)]);
    const recipientId = raw(await staffId(driver));
    await insertNotifications(gw.db, [{ siteId: site!.site_id, recipientId, kind: 'escalated', target: { type: 'ticket', id: raw(majorId) }, createdAt: new Date() }]);
    // It is stored for them, and the ticket is outside their reach: the list and the count leave it out.
    expect(await gw.db.query('SELECT 1 FROM notifications WHERE recipient_id = $1 AND ticket_id = $2', [recipientId, raw(majorId)])).toHaveLength(1);
    const seen = await inbox(driver);
    expect(seen.myNotifications.edges).toEqual([]);
    expect(seen.unreadNotificationCount).toBe(0);
  });

  it('tells the person a message was taken for, linking to it; someone who may not read the message never sees it', async () => {
    const supervisor = await gw.login('floor_supervisor');
    const taken = await gw.gql<{ takeMessage: { id: string } }>(
      'mutation ($input: TakeMessageInput!) { takeMessage(input: $input) { id } }',
      { input: { fromName: '3楼 耐克店', text: '请回电，关于明天的促销活动', urgency: 'NORMAL', forStaffId: await staffId(supervisor) } },
      { cookie: clerk },
    );
    expect(taken.errors).toBeUndefined();
    const messageId = taken.data!.takeMessage.id;
    const [first] = (await inbox(supervisor)).myNotifications.edges.map((e) => e.node);
    expect(first).toMatchObject({ kind: 'MESSAGE_FOR_ME', read: false, ticket: null, relay: null, message: { id: messageId, text: '请回电，关于明天的促销活动' } });

    const captain = await gw.login('cart_captain');
    const [site] = await gw.db.query<{ site_id: string }>('SELECT site_id FROM messages WHERE id = $1', [raw(messageId)]);
    await insertNotifications(gw.db, [{ siteId: site!.site_id, recipientId: raw(await staffId(captain)), kind: 'message_for_me', target: { type: 'message', id: raw(messageId) }, createdAt: new Date() }]);
    expect((await inbox(captain)).myNotifications.edges).toEqual([]);
  });

  it('is for staff only', async () => {
    const merchant = await gw.login('merchant1');
    const result = await gw.gql('{ unreadNotificationCount }', {}, { cookie: merchant });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
