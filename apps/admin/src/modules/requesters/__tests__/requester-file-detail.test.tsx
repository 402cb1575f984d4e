import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const ID = '11111111-1111-4111-8111-111111111111';
const staff = { __typename: 'Staff', id: 'U3RhZmY6Mw==', name: '赵档案' };
const file = {
  __typename: 'Requester',
  id: ID,
  kind: 'MERCHANT',
  name: '王老板',
  phone: '0571-87654321',
  shopName: '鑫源瓷砖',
  units: ['A1-018'],
  businessCategory: '瓷砖',
  contractStartsOn: '2024-01-01',
  contractEndsOn: '2026-12-20',
  status: 'OPEN',
  contacts: [],
  documents: [
    { __typename: 'RequesterDocument', id: 'd-1', kind: 'CONTRACT', expiresOn: '2026-12-10', fileName: '租赁合同.pdf', url: '/attachments/a-1', addedAt: '2026-11-30T02:00:00Z', addedBy: staff },
  ],
  notes: [{ __typename: 'RequesterNote', id: 'n-1', body: '已提醒续签', createdAt: '2026-11-30T02:00:00Z', author: staff }],
  history: [
    {
      __typename: 'RequesterChange',
      id: 'h-1',
      action: 'UPDATED',
      at: '2026-11-30T02:00:00Z',
      actor: staff,
      fields: [{ __typename: 'RequesterFieldChange', field: 'contractEndsOn', from: '2027-01-10', to: '2026-12-20' }],
    },
  ],
};
const tickets = {
  __typename: 'TicketConnection',
  edges: [{ __typename: 'TicketEdge', node: { __typename: 'Ticket', id: 'VGlja2V0OjE=', number: 12, title: '门口地砖破损', status: 'CLOSED', satisfaction: 4, receivedAt: '2026-11-01T02:00:00Z' } }],
};
const keeper = viewerFixture({ username: 'archive_clerk', siteActions: ['REQUESTER_VIEW', 'REQUESTER_CREATE', 'REQUESTER_EDIT', 'REQUESTER_DOCUMENTS'] });
const reader = viewerFixture({ siteActions: ['REQUESTER_VIEW'] });

describe('a requester’s file', () => {
  it('shows tickets with their satisfaction, notes, documents and history, and adds a note', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: keeper } },
      RequesterArchive: { data: { requester: file, tickets } },
      AddRequesterNote: { data: { addRequesterNote: { __typename: 'RequesterNote', id: 'n-2' } } },
    });
    const { user } = renderApp({ route: `/requesters/${ID}` });
    expect(await screen.findByRole('heading', { name: '鑫源瓷砖' })).toBeInTheDocument();
    const ticketTable = screen.getByRole('table', { name: '工单' });
    expect(within(ticketTable).getByText('4 分')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '备注' }));
    expect(await screen.findByText('已提醒续签')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: '备注内容' }), '已电话确认');
    await user.click(screen.getByRole('button', { name: '添加备注' }));
    await waitFor(() => expect(log.find((c) => c.name === 'AddRequesterNote')?.variables).toEqual({ requesterId: ID, body: '已电话确认' }));

    await user.click(screen.getByRole('tab', { name: '档案资料' }));
    expect(await screen.findByRole('link', { name: '租赁合同.pdf' })).toHaveAttribute('href', '/attachments/a-1');
    expect(screen.getByRole('form', { name: '上传资料' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '变更记录' }));
    expect(await screen.findByText('合同结束：2027-01-10 → 2026-12-20')).toBeInTheDocument();
  });

  it('offers no upload to a reader without the documents action', async () => {
    answerOperations({ Viewer: { data: { viewer: reader } }, RequesterArchive: { data: { requester: file, tickets } } });
    const { user } = renderApp({ route: `/requesters/${ID}` });
    await user.click(await screen.findByRole('tab', { name: '档案资料' }));
    expect(await screen.findByRole('link', { name: '租赁合同.pdf' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '上传资料' })).toBeNull();
  });

  it('lists what expires soon on the archive for the archive clerk', async () => {
    answerOperations({
      Viewer: { data: { viewer: keeper } },
      RequesterFiles: { data: { requesterFiles: { __typename: 'RequesterConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
      ExpiringRequesterFiles: {
        data: {
          expiringRequesterFiles: {
            __typename: 'ExpiringItemConnection',
            edges: [{ __typename: 'ExpiringItemEdge', node: { __typename: 'ExpiringItem', what: 'CONTRACT', expiresOn: '2026-12-10', requester: { __typename: 'Requester', id: ID, name: '王老板', shopName: '鑫源瓷砖' } } }],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      },
    });
    renderApp({ route: '/requesters' });
    const table = await screen.findByRole('table', { name: '30 天内到期' });
    expect(within(table).getByRole('link', { name: '鑫源瓷砖' })).toHaveAttribute('href', `/requesters/${ID}`);
    expect(within(table).getByText('2026-12-10')).toBeInTheDocument();
  });
});
