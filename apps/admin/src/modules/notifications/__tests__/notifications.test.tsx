import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, server } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

/** Answers the `notificationAdded` subscription (server-sent events) with a stream the test writes to. */
function streamNotifications() {
  const encoder = new TextEncoder();
  const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  server.use(
    http.post('*/graphql', ({ request }) => {
      if (!request.headers.get('accept')?.includes('text/event-stream')) return undefined;
      const stream = new ReadableStream<Uint8Array>({ start: (controller) => void streams.push(controller) });
      return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream' } });
    }),
  );
  return {
    opened: () => streams.length,
    push: (data: unknown) => {
      for (const stream of streams) stream.enqueue(encoder.encode(`event: next\ndata: ${JSON.stringify({ data })}\n\n`));
    },
  };
}

const node = (id: string, kind: string, read: boolean) => ({
  __typename: 'Notification',
  id,
  kind,
  createdAt: '2026-11-30T02:00:00.000Z',
  read,
  ticket: { __typename: 'Ticket', id: `VGlja2V0OiR7${id}`, number: 42, title: '导购态度差' },
  relay: null,
  message: null,
});
const aboutRelay = (id: string, ticketId: string | null) => ({
  ...node(id, 'RELAY_OVERDUE', false),
  ticket: null,
  relay: {
    __typename: 'Relay',
    id: `relay-${id}`,
    ticketNumber: 57,
    ticketTitle: '天花板漏水',
    ticket: ticketId ? { __typename: 'Ticket', id: ticketId } : null,
    department: { __typename: 'Department', id: 'd-1', name: { __typename: 'LocalizedText', zh: '工程部', en: 'Engineering' } },
  },
});
const aboutMessage = (id: string) => ({
  ...node(id, 'MESSAGE_FOR_ME', false),
  ticket: null,
  message: { __typename: 'Message', id: `message-${id}`, fromName: '3楼 耐克店', text: '请回电' },
});
const inbox = (unread: number) => ({
  data: {
    myNotifications: {
      __typename: 'NotificationConnection',
      edges: [node('n-1', 'ESCALATED', false), node('n-2', 'ASSIGNED', true)].map((n) => ({ __typename: 'NotificationEdge', cursor: `c-${n.id}`, node: n })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
    unreadNotificationCount: unread,
  },
});
const supervisor = viewerFixture({ username: 'floor_supervisor', siteActions: ['TICKET_VIEW', 'NOTIFICATION_VIEW'] });

describe('notifications', () => {
  it('shows the unread count on the bell, live, and lists the inbox', async () => {
    const live = streamNotifications();
    let unread = 1;
    const log = answerOperations({
      Viewer: { data: { viewer: supervisor } },
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: unread } }),
      MyNotifications: () => inbox(unread),
      MarkAllNotificationsRead: () => {
        unread = 0;
        return { data: { markAllNotificationsRead: 1 } };
      },
    });
    const { user } = renderApp({ route: '/notifications' });
    const list = await screen.findByRole('list', { name: '消息提醒' });
    // The bell is loaded apart from the shell: it comes once its chunk has.
    expect(await screen.findByRole('link', { name: '消息提醒：1 条未读' }, { timeout: 5000 })).toHaveAttribute('href', '/notifications');
    expect(within(list).getByText('工单上报给我')).toBeInTheDocument();
    expect(within(list).getAllByText(/KF-000042 · 导购态度差/)).toHaveLength(2);

    // A notification written for the viewer arrives over the stream: the bell refetches its count.
    await waitFor(() => expect(live.opened()).toBeGreaterThan(0));
    unread = 2;
    live.push({ notificationAdded: { __typename: 'Notification', id: 'n-3' } });
    expect(await screen.findByRole('link', { name: '消息提醒：2 条未读' }, { timeout: 5000 })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '全部标为已读' }));
    await waitFor(() => expect(log.some((c) => c.name === 'MarkAllNotificationsRead')).toBe(true));
    expect(await screen.findByRole('link', { name: '消息提醒：没有未读' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('shows no bell to a viewer without an inbox', async () => {
    answerOperations({ Viewer: { data: { viewer: viewerFixture({ siteActions: ['TICKET_VIEW'] }) } }, MyNotifications: inbox(0) });
    renderApp({ route: '/notifications' });
    await screen.findByRole('heading', { name: '消息提醒' });
    expect(screen.queryByTestId('notification-bell')).not.toBeInTheDocument();
  });

  it('names an overdue relay and a message for me, and opens each one’s record', async () => {
    const page = {
      data: {
        myNotifications: {
          __typename: 'NotificationConnection',
          edges: [aboutRelay('n-4', 'VGlja2V0OjU3'), aboutMessage('n-5')].map((n) => ({ __typename: 'NotificationEdge', cursor: `c-${n.id}`, node: n })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
        unreadNotificationCount: 2,
      },
    };
    answerOperations({
      Viewer: { data: { viewer: supervisor } },
      UnreadNotificationCount: { data: { unreadNotificationCount: 2 } },
      MyNotifications: page,
      MarkNotificationRead: { data: { markNotificationRead: { __typename: 'Notification', id: 'n-5', read: true } } },
    });
    const { user, router } = renderApp({ route: '/notifications' });
    const list = await screen.findByRole('list', { name: '消息提醒' });
    expect(within(list).getByText('信息传达逾期未答复')).toBeInTheDocument();
    expect(within(list).getByText('传达至 工程部 · KF-000057 · 天花板漏水')).toBeInTheDocument();
    expect(within(list).getByText('有人给我留言')).toBeInTheDocument();
    expect(within(list).getByText('3楼 耐克店 留言：请回电')).toBeInTheDocument();
    await user.click(within(list).getByText('有人给我留言'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/messages'));
  });
});
