import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const inbound = (patch: Record<string, unknown> = {}) => ({
  __typename: 'Inbound',
  id: 'i-1',
  kind: 'OUTAGE',
  title: 'B2 层明早检修停电',
  body: '8:00–10:00 停电，请提前备好照明。',
  audience: 'UNITS',
  unitPrefix: 'B2',
  requesterId: null,
  registeredAt: '2026-11-24T03:00:00.000Z',
  registeredBy: { __typename: 'Staff', id: 's-eng', name: '邓志成' },
  acknowledgedAt: null,
  acknowledgedBy: null,
  onPortal: false,
  department: { __typename: 'Department', id: 'd-eng', name: { __typename: 'LocalizedText', zh: '工程维修部', en: 'Engineering & repairs' } },
  ...patch,
});
const page = (nodes: unknown[]) => ({
  data: {
    inbound: {
      __typename: 'InboundConnection',
      edges: nodes.map((node, i) => ({ __typename: 'InboundEdge', cursor: `c-${i}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});
const departments = {
  data: {
    departments: {
      __typename: 'DepartmentConnection',
      edges: [{ __typename: 'DepartmentEdge', node: { __typename: 'Department', id: 'd-eng', code: 'engineering', name: { __typename: 'LocalizedText', zh: '工程维修部', en: 'Engineering & repairs' }, contacts: [] } }],
    },
  },
};
const clerk = viewerFixture({ username: 'hall_clerk', siteActions: ['RELAY_VIEW', 'RELAY_CREATE', 'INBOUND_VIEW', 'INBOUND_REGISTER', 'INBOUND_ACKNOWLEDGE'] });
const engineer = viewerFixture({ username: 'engineering', siteActions: ['INBOUND_VIEW', 'INBOUND_REGISTER'] });

describe('部门来讯 (inbound information)', () => {
  it('lets the desk acknowledge a B2 power cut and publish it as a notice', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: clerk } },
      Relays: () => ({ data: { relays: { __typename: 'RelayConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } }),
      Inbound: () => page([inbound()]),
      AcknowledgeInbound: { data: { acknowledgeInbound: inbound({ acknowledgedAt: '2026-11-24T03:05:00.000Z', acknowledgedBy: { __typename: 'Staff', id: 's-1', name: '周婷' }, onPortal: true }) } },
    });
    const { user } = renderApp({ route: '/relays' });
    // The first render loads the lazy route.
    await user.click(await screen.findByRole('tab', { name: '部门来讯' }, { timeout: 15_000 }));
    const card = await screen.findByRole('listitem', { name: 'B2 层明早检修停电' });
    expect(within(card).getByText('通知对象：B2 开头的铺位')).toBeInTheDocument();
    expect(log.find((c) => c.name === 'Inbound')?.variables).toMatchObject({ unacknowledgedOnly: true });
    await user.click(within(card).getByRole('button', { name: '受理并发布通知：B2 层明早检修停电' }));
    await waitFor(() => expect(log.find((c) => c.name === 'AcknowledgeInbound')?.variables).toEqual({ id: 'i-1' }));
  });

  it('lets a department account register, with a refused unit prefix shown on its field, and no acknowledge button', async () => {
    let attempts = 0;
    const log = answerOperations({
      Viewer: { data: { viewer: engineer } },
      Relays: () => ({ data: { relays: { __typename: 'RelayConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } }),
      Inbound: () => page([inbound()]),
      Departments: departments,
      RegisterInbound: () =>
        ++attempts === 1
          ? gatewayError('BAD_USER_INPUT', '输入有误', { reason: 'VALIDATION.INVALID_INPUT', fields: [{ field: 'unitPrefix', rule: 'invalid_format', message: '格式不正确' }] })
          : { data: { registerInbound: inbound({ id: 'i-2' }) } },
    });
    const { user } = renderApp({ route: '/relays' });
    await user.click(await screen.findByRole('tab', { name: '部门来讯' }, { timeout: 15_000 }));
    const card = await screen.findByRole('listitem', { name: 'B2 层明早检修停电' });
    expect(within(card).queryByRole('button', { name: /受理/ })).toBeNull();
    expect(within(card).getByText('待客服受理')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '登记部门来讯' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('textbox', { name: /传达部门/ }));
    await user.click(await screen.findByRole('option', { name: '工程维修部' }));
    await user.type(within(dialog).getByRole('textbox', { name: /标题/ }), 'B2 层明早检修停电');
    await user.type(within(dialog).getByRole('textbox', { name: /内容/ }), '8:00–10:00 停电');
    await user.click(within(dialog).getByRole('radio', { name: '指定楼层/铺位' }));
    await user.type(within(dialog).getByRole('textbox', { name: /楼层或铺位前缀/ }), 'B2 层');
    await user.click(within(dialog).getByRole('button', { name: '登记' }));
    expect(await within(dialog).findByText('格式不正确')).toBeInTheDocument();
    expect(log.find((c) => c.name === 'RegisterInbound')?.variables).toMatchObject({
      input: { departmentId: 'd-eng', kind: 'OUTAGE', title: 'B2 层明早检修停电', audience: 'UNITS', unitPrefix: 'B2 层', requesterId: null },
    });
  });
});
