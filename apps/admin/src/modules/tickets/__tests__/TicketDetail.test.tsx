import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TicketCommand } from '../../../gql/graphql';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderTicketScreen } from './render-ticket-screen';
import { TicketDetail } from '../components/TicketDetail';
import { eventFixture, TICKET_ID, ticketDetailFixture } from './ticket-fixtures';
import { streamTicketUpdates } from './ticket-stream';

// The requester rates; a return to the queue comes only with the end of an assignment.
const ZH_ACTION_LABELS: Record<Exclude<TicketCommand, 'RATE' | 'RETURN_TO_QUEUE'>, string> = {
  ASSIGN: '派单',
  RELAY: '传达',
  START: '开始处理',
  TAKE: '接单',
  REPLY: '答复来访人',
  ESCALATE: '上报',
  RESOLVE: '反馈结果',
  MARK_INVALID: '判为无效投诉',
  FOLLOW_UP: '回访',
  CLOSE: '关闭工单',
  REOPEN: '重新打开',
};

const renderDetail = () => renderTicketScreen(<TicketDetail id={TICKET_ID} />, { route: `/tickets/${TICKET_ID}` });

const actionButtons = async () => {
  const section = await screen.findByRole('region', { name: '可执行操作' });
  return within(section)
    .queryAllByRole('button')
    .map((b) => b.textContent);
};

describe('TicketDetail', () => {
  it.each<[string, TicketCommand[]]>([
    ['a clerk on a new ticket', ['RELAY', 'START']],
    ['a clerk on a ticket they registered', ['TAKE', 'ESCALATE']],
    ['a supervisor on a ticket in progress', ['ASSIGN', 'ESCALATE', 'RESOLVE', 'MARK_INVALID', 'REPLY']],
    ['a clerk on a resolved complaint', ['FOLLOW_UP']],
    ['a supervisor on a closed ticket', ['REOPEN']],
  ])('shows exactly the actions the gateway lists for %s', async (_who, availableActions) => {
    streamTicketUpdates();
    answerOperations({ TicketDetailView: { data: { ticket: ticketDetailFixture({ availableActions }) } } });
    renderDetail();

    const shown = await actionButtons();
    const expected = Object.entries(ZH_ACTION_LABELS)
      .filter(([command]) => availableActions.includes(command as TicketCommand))
      .map(([, label]) => label);
    expect(shown.sort()).toEqual(expected.sort());
  });

  it('tells the viewer what to do when no action is open to them', async () => {
    streamTicketUpdates();
    answerOperations({ TicketDetailView: { data: { ticket: ticketDetailFixture({ availableActions: [] }) } } });
    renderDetail();

    expect(await actionButtons()).toEqual([]);
    expect(screen.getByText(/当前状态下没有你可以执行的操作/)).toBeInTheDocument();
  });

  it('shows the requester, the deadlines and every timeline step', async () => {
    streamTicketUpdates();
    const timeline = [
      eventFixture({ id: 'e1', type: 'CREATED', toStatus: 'RECEIVED' }),
      eventFixture({ id: 'e2', type: 'RELAYED', fromStatus: 'RECEIVED', toStatus: 'RELAYED', department: 'ENGINEERING', note: '请维修部今天上门' }),
      eventFixture({ id: 'e3', type: 'FOLLOWED_UP', fromStatus: 'RESOLVED', toStatus: 'FOLLOWED_UP', satisfaction: 5, visibleToRequester: false }),
    ];
    const photos = [{ __typename: 'Photo' as const, id: 'photo-1', url: '/photos/photo-1', contentType: 'image/jpeg' }];
    answerOperations({ TicketDetailView: { data: { ticket: ticketDetailFixture({ timeline, photos, preferredContactTime: '下午两点以后' }) } } });
    renderDetail();

    const timelineList = await screen.findByRole('list', { name: '处理记录' });
    const items = within(timelineList).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent('传达至 工程部/维修部');
    expect(items[1]).toHaveTextContent('请维修部今天上门');
    expect(items[2]).toHaveTextContent('满意度 5 / 5');
    expect(items[2]).toHaveTextContent('内部记录');
    expect(screen.getByText('刘志强（商户）')).toBeInTheDocument();
    expect(screen.getByText('解决时限')).toBeInTheDocument();
    expect(screen.getByText('下午两点以后')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '照片 1' })).toHaveAttribute('src', '/photos/photo-1');
  });

  it('says when the resolver became the handler of a ticket nobody handled', async () => {
    streamTicketUpdates();
    const timeline = [
      eventFixture({ id: 'e1', type: 'CREATED', toStatus: 'RECEIVED' }),
      eventFixture({
        id: 'e2',
        type: 'RESOLVED',
        fromStatus: 'IN_PROGRESS',
        toStatus: 'RESOLVED',
        note: '已更换地砖',
        assignee: { __typename: 'Staff', id: btoa('Staff:hall'), name: '陈大厅' },
        resolverBecameHandler: true,
      }),
    ];
    answerOperations({ TicketDetailView: { data: { ticket: ticketDetailFixture({ status: 'RESOLVED', timeline }) } } });
    renderDetail();
    const items = within(await screen.findByRole('list', { name: '处理记录' })).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent('无人处理，由解决人 陈大厅 担任处理人');
    expect(items[1]).not.toHaveTextContent('派给');
  });

  it('tells the gateway once that staff opened a request new from the portal', async () => {
    streamTicketUpdates();
    const log = answerOperations({
      TicketDetailView: { data: { ticket: ticketDetailFixture({ newToStaff: true, channel: 'PORTAL' }) } },
      MarkTicketSeen: { data: { markTicketSeen: { __typename: 'Ticket', id: TICKET_ID, newToStaff: false } } },
    });
    renderDetail();
    await waitFor(() => expect(log.filter((c) => c.name === 'MarkTicketSeen').map((c) => c.variables)).toEqual([{ id: TICKET_ID }]));
    // The answer settles the cache: no second call for the same ticket.
    await screen.findByRole('list', { name: '处理记录' });
    expect(log.filter((c) => c.name === 'MarkTicketSeen')).toHaveLength(1);
  });

  it('does not mark a ticket staff have already seen', async () => {
    streamTicketUpdates();
    const log = answerOperations({ TicketDetailView: { data: { ticket: ticketDetailFixture() } } });
    renderDetail();
    await screen.findByRole('list', { name: '处理记录' });
    expect(log.some((c) => c.name === 'MarkTicketSeen')).toBe(false);
  });

  it('sends the version it shows, and on CONFLICT says someone else changed the ticket and reloads it', async () => {
    streamTicketUpdates();
    let loads = 0;
    const log = answerOperations({
      TicketDetailView: () => {
        loads += 1;
        // The second load is what the other person left behind.
        return { data: { ticket: ticketDetailFixture(loads === 1 ? { version: 4 } : { version: 5, status: 'ASSIGNED', availableActions: ['START'] }) } };
      },
      StartTicket: gatewayError('CONFLICT', '工单已被他人修改', { reason: 'TICKET.STALE_VERSION' }, ['startTicket']),
    });
    const { user } = renderDetail();

    await user.click(await screen.findByRole('button', { name: '开始处理' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '开始处理' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('其他人刚刚修改了这张工单，已为你重新加载');
    expect(log.find((call) => call.name === 'StartTicket')?.variables).toEqual({ id: TICKET_ID, version: 4 });
    await waitFor(() => expect(loads).toBe(2));
    expect(await screen.findByText('已派单')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('puts BAD_USER_INPUT messages on the action form field', async () => {
    streamTicketUpdates();
    answerOperations({
      TicketDetailView: { data: { ticket: ticketDetailFixture({ availableActions: ['ESCALATE'] }) } },
      EscalateTicket: gatewayError('BAD_USER_INPUT', '请检查填写的内容', {
        fields: [{ field: 'reason', rule: 'too_long', limit: 500, message: '不能超过 500 个字' }],
      }),
    });
    const { user } = renderDetail();

    await user.click(await screen.findByRole('button', { name: '上报' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /原因/ }), '商户情绪激动');
    await user.click(within(dialog).getByRole('button', { name: '上报' }));

    const reason = within(dialog).getByRole('textbox', { name: /原因/ });
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('不能超过 500 个字')).toBeInTheDocument();
  });

  it('follows live changes made by someone else', async () => {
    const stream = streamTicketUpdates();
    answerOperations({ TicketDetailView: { data: { ticket: ticketDetailFixture() } } });
    renderDetail();
    await screen.findByRole('button', { name: '传达' });
    await waitFor(() => expect(stream.requests).toHaveLength(1));
    expect(stream.requests[0]?.variables).toEqual({ id: TICKET_ID });

    const changed = ticketDetailFixture({
      version: 2,
      status: 'RELAYED',
      relayedTo: 'ENGINEERING',
      availableActions: ['START'],
      timeline: [eventFixture(), eventFixture({ id: 'e2', type: 'RELAYED', fromStatus: 'RECEIVED', toStatus: 'RELAYED', department: 'ENGINEERING' })],
    });
    stream.push({ ticketUpdated: { __typename: 'TicketUpdate', version: 2, ticket: changed } });

    expect(await screen.findByText('其他人刚刚更新了这张工单，已显示最新内容。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '传达' })).not.toBeInTheDocument();
    expect(screen.getAllByText('已传达').length).toBeGreaterThan(0);
  });

  it('shows a not-found state for a ticket the viewer may not see', async () => {
    answerOperations({ TicketDetailView: gatewayError('NOT_FOUND', '工单不存在', { reason: 'COMMON.NOT_FOUND' }, ['ticket']) });
    renderDetail();

    expect(await screen.findByRole('heading', { name: '找不到这张工单' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '回到工单台' })).toHaveAttribute('href', '/tickets');
  });
});

describe('TicketDetail relay panel', () => {
  const name = { __typename: 'LocalizedText', zh: '物业部', en: 'Property management' };
  const returned = {
    __typename: 'Relay',
    id: 'r-1',
    version: 2,
    status: 'RETURNED',
    ask: '请检查配电箱',
    dueAt: '2026-11-27T03:00:00.000Z',
    overdue: false,
    relayedAt: '2026-11-24T03:00:00.000Z',
    relayedByName: '周婷',
    returnReason: 'NOT_OURS',
    returnNote: '电路归工程部',
    reply: null,
    byPhone: true,
    correctsRelayId: null,
    viewerMayRespond: true,
    ticketNumber: 302,
    ticketTitle: '配电箱冒烟',
    ticketLocation: 'B2-031',
    department: { __typename: 'Department', id: 'd-prop', name },
  };

  it('shows a relay returned as not ours and sends the next relay as its correction', async () => {
    streamTicketUpdates();
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture({ siteActions: ['TICKET_VIEW', 'TICKET_RELAY', 'RELAY_VIEW', 'RELAY_CREATE'] }) } },
      TicketDetailView: { data: { ticket: ticketDetailFixture({ availableActions: ['RELAY', 'START'] }) } },
      TicketRelays: { data: { ticket: { __typename: 'Ticket', id: TICKET_ID, version: 5, relays: [returned] } } },
      Departments: {
        data: {
          departments: {
            __typename: 'DepartmentConnection',
            edges: [
              { __typename: 'DepartmentEdge', node: { __typename: 'Department', id: 'd-eng', code: 'engineering', name: { __typename: 'LocalizedText', zh: '工程维修部', en: 'Engineering' }, contacts: [{ __typename: 'DepartmentContact', name: '刘强', role: '经理', phone: '13800002001' }] } },
            ],
          },
        },
      },
      RelayTicketToDepartment: { data: { relayTicketToDepartment: { ...returned, id: 'r-2', version: 1, status: 'PENDING', returnReason: null, returnNote: null, correctsRelayId: 'r-1' } } },
    });
    const { user } = renderDetail();
    const panel = await screen.findByRole('region', { name: '转交其他部门' });
    expect(await within(panel).findByText('非本部门事项')).toBeInTheDocument();
    expect(within(panel).getByText(/物业部 已退回/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('textbox', { name: /接收部门/ }));
    await user.click(await screen.findByRole('option', { name: '工程维修部' }));
    expect(within(panel).getByText(/刘强 经理 13800002001/)).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox', { name: /转交内容/ }), '请检查配电箱');
    await user.click(within(panel).getByRole('button', { name: '转交' }));
    await waitFor(() =>
      expect(log.find((c) => c.name === 'RelayTicketToDepartment')?.variables).toEqual({
        ticketId: TICKET_ID,
        version: 5,
        departmentId: 'd-eng',
        ask: '请检查配电箱',
        correctsRelayId: 'r-1',
      }),
    );
  });
});
