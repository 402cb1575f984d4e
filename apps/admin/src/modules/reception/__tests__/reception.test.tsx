import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const entry = (over: Record<string, unknown> = {}) => ({
  __typename: 'ReceptionEntry',
  id: 'e1',
  channel: 'WALK_IN',
  category: 'CONSULTATION',
  summary: '问停车场出口',
  arrivedAt: '2026-03-02T02:00:00.000Z',
  receivedAt: '2026-03-02T02:04:00.000Z',
  outcome: 'ANSWERED',
  ticketNumber: null,
  ticket: null,
  waitedSeconds: 240,
  late: true,
  requester: null,
  receivedBy: { __typename: 'Staff', id: 'U3RhZmY6Mg==', name: '陈前台' },
  ...over,
});
const repair = entry({
  id: 'e2',
  category: 'REPAIR',
  summary: 'B2 卫生间漏水',
  outcome: 'TICKET',
  ticketNumber: 123,
  ticket: { __typename: 'Ticket', id: 'VGlja2V0OjE=' },
  late: false,
  waitedSeconds: 60,
  requester: { __typename: 'Requester', id: 'r1', kind: 'MERCHANT', name: '王老板', shopName: '鑫源瓷砖', shopUnit: 'A1-018', phone: null },
});
const open = entry({ id: 'e3', category: 'COMPLAINT', summary: '投诉噪音', outcome: null, late: false, waitedSeconds: 30 });
const waitingVisitor = entry({ id: 'w1', category: 'RETURNS', summary: '退货', receivedAt: null, receivedBy: null, outcome: null, waitedSeconds: 300, late: true });

const log = {
  data: {
    receptionEntries: {
      __typename: 'ReceptionEntryConnection',
      edges: [entry(), repair, open].map((node) => ({ __typename: 'ReceptionEntryEdge', cursor: `c-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
};
const waiting = (nodes: unknown[]) => ({
  data: {
    receptionStandardMinutes: 3,
    receptionWaiting: { __typename: 'QueryReceptionWaitingConnection', edges: nodes.map((node) => ({ __typename: 'QueryReceptionWaitingConnectionEdge', node })) },
  },
});
const hallClerk = viewerFixture({ username: 'hall_clerk', siteActions: ['RECEPTION_VIEW', 'RECEPTION_REGISTER', 'TICKET_CREATE', 'REQUESTER_CREATE', 'REQUESTER_VIEW'] });

describe('the reception log', () => {
  it('shows the log with late receptions, tickets by number, and the waiting visitors', async () => {
    answerOperations({ Viewer: { data: { viewer: hallClerk } }, ReceptionEntries: log, ReceptionWaiting: waiting([waitingVisitor]) });
    renderApp({ route: '/reception' });
    const table = await screen.findByRole('table', { name: '接待记录' });
    expect(within(table).getByText('超时 · 等候 4 分 00 秒')).toBeInTheDocument();
    expect(within(table).getByText('当场答复')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: '已转工单 KF-000123' })).toBeInTheDocument();
    expect(within(table).getByText('鑫源瓷砖 A1-018 · 王老板')).toBeInTheDocument();
    const hall = await screen.findByRole('region', { name: '等候接待（1）' });
    expect(within(hall).getByText('接待标准：3 分钟内')).toBeInTheDocument();
    expect(within(hall).getByText(/^超时 · 等候 5 分/)).toBeInTheDocument();
    expect(within(hall).getByRole('button', { name: '接待 匿名来访人' })).toBeInTheDocument();
  });

  it('records an outcome and receives a waiting visitor', async () => {
    const calls = answerOperations({
      Viewer: { data: { viewer: hallClerk } },
      ReceptionEntries: log,
      ReceptionWaiting: waiting([waitingVisitor]),
      RecordReceptionOutcome: { data: { recordReceptionOutcome: { ...open, outcome: 'RELAYED' } } },
      ReceiveVisitor: { data: { receiveVisitor: { ...waitingVisitor, receivedAt: '2026-03-02T02:05:00.000Z' } } },
    });
    const { user } = renderApp({ route: '/reception' });
    await user.click(await screen.findByRole('button', { name: '记录 匿名来访人 的处理结果' }));
    await user.click(await screen.findByRole('menuitem', { name: '已转交' }));
    await waitFor(() => expect(calls.find((c) => c.name === 'RecordReceptionOutcome')?.variables).toEqual({ id: 'e3', outcome: 'RELAYED' }));
    await user.click(await screen.findByRole('button', { name: '接待 匿名来访人' }));
    await waitFor(() => expect(calls.find((c) => c.name === 'ReceiveVisitor')?.variables).toEqual({ id: 'w1' }));
  });

  it('puts a time in the future on its field', async () => {
    const calls = answerOperations({
      Viewer: { data: { viewer: hallClerk } },
      ReceptionEntries: log,
      ReceptionWaiting: waiting([]),
      RegisterReception: gatewayError('BAD_USER_INPUT', '输入有误', {
        reason: 'VALIDATION.INVALID_INPUT',
        fields: [{ field: 'input.receivedAt', rule: 'in_future', message: '时间不能晚于现在。' }],
      }),
    });
    const { user } = renderApp({ route: '/reception' });
    await user.click(await screen.findByRole('button', { name: '登记接待' }));
    const dialog = await screen.findByRole('dialog', { name: '登记接待' });
    await user.type(within(dialog).getByRole('textbox', { name: /事由/ }), '问路');
    await user.click(within(dialog).getByRole('button', { name: '登记' }));
    expect(await within(dialog).findByText('时间不能晚于现在。')).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'RegisterReception')?.variables).toMatchObject({ input: { channel: 'WALK_IN', category: 'CONSULTATION', summary: '问路', requesterId: null } });
  });

  it('shows a supervisor the log without controls, in English too', async () => {
    answerOperations({ Viewer: { data: { viewer: viewerFixture({ siteActions: ['RECEPTION_VIEW'] }) } }, ReceptionEntries: log, ReceptionWaiting: waiting([waitingVisitor]) });
    renderApp({ route: '/reception', locale: 'en' });
    const table = await screen.findByRole('table', { name: 'Reception log' });
    expect(within(table).getByText('Answered on the spot')).toBeInTheDocument();
    expect(within(table).getByText('Open')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register a contact' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Receive/ })).not.toBeInTheDocument();
  });
});
