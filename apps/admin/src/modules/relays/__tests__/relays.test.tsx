import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const relay = (patch: Record<string, unknown> = {}) => ({
  __typename: 'Relay',
  id: 'r-1',
  version: 1,
  status: 'PENDING',
  ask: '请派人检修B2-031天花板漏水',
  dueAt: '2026-11-27T03:00:00.000Z',
  overdue: false,
  relayedAt: '2026-11-24T03:00:00.000Z',
  relayedByName: '周婷',
  returnReason: null,
  returnNote: null,
  reply: null,
  byPhone: false,
  correctsRelayId: null,
  viewerMayRespond: true,
  ticketNumber: 302,
  ticketTitle: '天花板漏水',
  ticketLocation: 'B2-031',
  department: { __typename: 'Department', id: 'd-eng', name: { __typename: 'LocalizedText', zh: '工程维修部', en: 'Engineering & repairs' } },
  ...patch,
});
const page = (nodes: unknown[]) => ({
  data: {
    relays: {
      __typename: 'RelayConnection',
      edges: nodes.map((node, i) => ({ __typename: 'RelayEdge', cursor: `c-${i}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});
const clerk = viewerFixture({ username: 'hall_clerk', siteActions: ['TICKET_VIEW', 'RELAY_VIEW', 'RELAY_CREATE'] });
const engineer = viewerFixture({ username: 'engineer', siteActions: ['RELAY_VIEW', 'RELAY_RESPOND'] });

describe('转交 (relays)', () => {
  it('shows a clerk’s open outbox, with what was asked and whether it is late', async () => {
    const log = answerOperations({ Viewer: { data: { viewer: clerk } }, Relays: (v) => page(v.box === 'OUTBOX' ? [relay({ overdue: true })] : []) });
    renderApp({ route: '/relays' });
    const card = await screen.findByRole('listitem', { name: /KF-000302 至 工程维修部/ });
    expect(within(card).getByText('转交内容：请派人检修B2-031天花板漏水')).toBeInTheDocument();
    expect(within(card).getByText('已超时')).toBeInTheDocument();
    expect(log.find((c) => c.name === 'Relays')?.variables).toMatchObject({ box: 'OUTBOX', status: ['PENDING', 'ACCEPTED'] });
  });

  it('lets a department account accept and reply; a refused reply is shown on its field', async () => {
    let replies = 0;
    const log = answerOperations({
      Viewer: { data: { viewer: engineer } },
      Relays: () => page([relay()]),
      AcceptRelay: { data: { acceptRelay: relay({ status: 'ACCEPTED', version: 2 }) } },
      ReplyToRelay: () =>
        ++replies === 1
          ? gatewayError('BAD_USER_INPUT', '输入有误', { reason: 'VALIDATION.INVALID_INPUT', fields: [{ field: 'reply', rule: 'too_long', message: '不能超过 2000 个字' }] })
          : { data: { replyToRelay: relay({ status: 'REPLIED', version: 3, reply: '已修复' }) } },
    });
    const { user } = renderApp({ route: '/relays' });
    const card = await screen.findByRole('listitem', { name: /KF-000302/ });
    // A department account makes no relays: its inbox is the page.
    expect(log.find((c) => c.name === 'Relays')?.variables).toMatchObject({ box: 'INBOX' });
    await user.click(within(card).getByRole('button', { name: '受理' }));
    await waitFor(() => expect(log.find((c) => c.name === 'AcceptRelay')?.variables).toEqual({ id: 'r-1', version: 1 }));
    await user.click(within(card).getByRole('button', { name: '登记部门答复' }));
    await user.type(within(card).getByRole('textbox', { name: /处理结果/ }), '已修复');
    await user.click(within(card).getByRole('button', { name: '提交反馈' }));
    expect(await within(card).findByText('不能超过 2000 个字')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: '提交反馈' }));
    await waitFor(() => expect(log.filter((c) => c.name === 'ReplyToRelay')).toHaveLength(2));
    expect(log.find((c) => c.name === 'ReplyToRelay')?.variables).toMatchObject({ id: 'r-1', reply: '已修复' });
  });

  it('hides the answer controls from who may not answer, in English', async () => {
    answerOperations({ Viewer: { data: { viewer: clerk } }, Relays: () => page([relay({ viewerMayRespond: false })]) });
    renderApp({ route: '/relays', locale: 'en' });
    const card = await screen.findByRole('listitem', { name: /Relay of KF-000302 to Engineering & repairs/ });
    expect(within(card).queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(within(card).getByText('Asked: 请派人检修B2-031天花板漏水')).toBeInTheDocument();
  });
});
