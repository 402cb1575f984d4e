import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const message = (over: Record<string, unknown> = {}) => ({
  __typename: 'Message',
  id: 'm1',
  fromName: '鑫源瓷砖 王老板',
  fromPhone: '13900001111',
  text: '请回电谈促销场地',
  urgency: 'NORMAL',
  takenAt: '2026-03-02T02:00:00.000Z',
  acknowledgedAt: null,
  ageSeconds: 600,
  escalated: false,
  forStaff: { __typename: 'Staff', id: 'U3RhZmY6MTE=', name: '孙丽' },
  forUnit: null,
  takenBy: { __typename: 'Staff', id: 'U3RhZmY6Mg==', name: '陈前台' },
  acknowledgedBy: null,
  ...over,
});
const page = (field: string, nodes: unknown[]) => ({
  data: {
    [field]: {
      __typename: 'MessageConnection',
      edges: nodes.map((node, i) => ({ __typename: 'MessageEdge', cursor: `c${i}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});
const supervisor = viewerFixture({ username: 'floor_supervisor', siteActions: ['MESSAGE_VIEW', 'MESSAGE_ACKNOWLEDGE', 'MESSAGE_TAKE', 'STAFF_VIEW', 'ORG_VIEW'] });

describe('messages', () => {
  it('lets the receiver acknowledge a message in their inbox', async () => {
    const calls = answerOperations({
      Viewer: { data: { viewer: supervisor } },
      MessageInbox: page('messageInbox', [message()]),
      AcknowledgeMessage: { data: { acknowledgeMessage: message({ acknowledgedAt: '2026-03-02T02:11:00.000Z', acknowledgedBy: { __typename: 'Staff', id: 'x', name: '孙丽' } }) } },
    });
    const { user } = renderApp({ route: '/messages' });
    const card = await screen.findByRole('article', { name: '鑫源瓷砖 王老板 的留言' });
    expect(within(card).getByText('未确认 · 已过 10 分钟')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: '确认收到' }));
    await waitFor(() => expect(calls.find((c) => c.name === 'AcknowledgeMessage')?.variables).toEqual({ id: 'm1' }));
  });

  it('shows the taker whether a message was acknowledged, and the overdue ones in English', async () => {
    answerOperations({
      Viewer: { data: { viewer: supervisor } },
      MessageInbox: page('messageInbox', []),
      MessagesTakenByMe: page('messagesTakenByMe', [message({ acknowledgedAt: '2026-03-02T02:11:00.000Z', acknowledgedBy: { __typename: 'Staff', id: 'x', name: '孙丽' } })]),
      EscalatedMessages: page('escalatedMessages', [message({ id: 'm2', urgency: 'URGENT', escalated: true, ageSeconds: 3900 })]),
    });
    const { user } = renderApp({ route: '/messages', locale: 'en' });
    await user.click(await screen.findByRole('tab', { name: 'Taken by me' }));
    expect(await screen.findByText(/^Acknowledged by 孙丽/)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Overdue' }));
    expect(await screen.findByText('Overdue · 1 h 05 min')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument();
  });

  it('asks for a receiver on its field before sending anything', async () => {
    const calls = answerOperations({
      Viewer: { data: { viewer: supervisor } },
      MessageInbox: page('messageInbox', []),
      TicketStaffLookup: { data: { staffMembers: { __typename: 'StaffConnection', edges: [] } } },
      TicketUnits: { data: { orgChart: { __typename: 'OrgChart', units: [] } } },
      TakeMessage: gatewayError('BAD_USER_INPUT', '输入有误', { reason: 'VALIDATION.INVALID_INPUT', fields: [{ field: 'input.forStaffId', rule: 'required', message: '此项必填。' }] }),
    });
    const { user } = renderApp({ route: '/messages' });
    await user.click(await screen.findByRole('button', { name: '记录留言' }));
    const dialog = await screen.findByRole('dialog', { name: '记录留言' });
    await user.type(within(dialog).getByRole('textbox', { name: /留言人/ }), '王老板');
    await user.type(within(dialog).getByRole('textbox', { name: /留言内容/ }), '请回电');
    await user.click(within(dialog).getByRole('button', { name: '保存留言' }));
    expect(await within(dialog).findByText('此项必填。')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'TakeMessage')).toBe(false);
  });
});
