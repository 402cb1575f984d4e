import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const TILES_ID = '11111111-1111-4111-8111-111111111111';
const tiles = {
  __typename: 'Requester',
  id: TILES_ID,
  kind: 'MERCHANT',
  name: '王老板',
  phone: '0571-87654321',
  shopName: '鑫源瓷砖',
  units: ['A1-018', 'A1-019'],
  businessCategory: '瓷砖',
  contractStartsOn: '2024-01-01',
  contractEndsOn: '2026-12-31',
  status: 'OPEN',
  contacts: [{ __typename: 'RequesterContact', name: '小王', role: '店员', phone: '13911112222' }],
};
const walkIn = { ...tiles, id: '22222222-2222-4222-8222-222222222222', kind: 'CUSTOMER', name: '', phone: null, shopName: null, units: [], businessCategory: null, contractStartsOn: null, contractEndsOn: null, status: null, contacts: [] };
const list = (search: string | undefined) => ({
  data: {
    requesterFiles: {
      __typename: 'RequesterConnection',
      edges: (search ? [tiles] : [tiles, walkIn]).map((node) => ({ __typename: 'RequesterEdge', cursor: `c-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});
const keeper = viewerFixture({ username: 'archive_clerk', siteActions: ['REQUESTER_VIEW', 'REQUESTER_CREATE', 'REQUESTER_EDIT'] });

describe('the requesters’ files', () => {
  it('lists files, names an anonymous walk-in and searches', async () => {
    const log = answerOperations({ Viewer: { data: { viewer: keeper } }, RequesterFiles: (v) => list(v.search as string | undefined) });
    const { user } = renderApp({ route: '/requesters' });
    const table = await screen.findByRole('table', { name: '来访人档案' });
    expect(within(table).getByText('鑫源瓷砖')).toBeInTheDocument();
    expect(within(table).getByText('A1-018、A1-019')).toBeInTheDocument();
    expect(within(table).getByText('匿名顾客')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: '查找档案' }), 'A1-018');
    await waitFor(() => expect(log.some((c) => c.name === 'RequesterFiles' && c.variables.search === 'A1-018')).toBe(true));
    await waitFor(() => expect(within(screen.getByRole('table', { name: '来访人档案' })).queryByText('匿名顾客')).not.toBeInTheDocument());
  });

  it('offers the existing file when the phone is taken, and puts a bad phone on its field', async () => {
    let attempts = 0;
    const log = answerOperations({
      Viewer: { data: { viewer: keeper } },
      RequesterFiles: (v) => list(v.search as string | undefined),
      RequesterFile: { data: { requester: tiles } },
      CreateRequester: () =>
        ++attempts === 1
          ? gatewayError('BAD_USER_INPUT', '输入有误', { reason: 'VALIDATION.INVALID_INPUT', fields: [{ field: 'input.phone', rule: 'phone_format', message: '电话格式不正确' }] })
          : gatewayError('CONFLICT', '已有档案使用了相同的电话或铺位（0571-87654321）：鑫源瓷砖。', {
              reason: 'REQUESTER.DUPLICATE',
              details: { field: 'phone', value: '0571-87654321', existingId: TILES_ID, existingName: '鑫源瓷砖' },
            }),
    });
    const { user } = renderApp({ route: '/requesters' });
    await user.click(await screen.findByRole('button', { name: '新建档案' }));
    const dialog = await screen.findByRole('dialog', { name: '新建来访人档案' });
    await user.click(within(dialog).getByText('顾客'));
    await user.type(within(dialog).getByRole('textbox', { name: '电话' }), 'abc');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('电话格式不正确')).toBeInTheDocument();
    expect(log.find((c) => c.name === 'CreateRequester')?.variables).toMatchObject({ input: { kind: 'CUSTOMER', phone: 'abc', name: null } });

    await user.clear(within(dialog).getByRole('textbox', { name: '电话' }));
    await user.type(within(dialog).getByRole('textbox', { name: '电话' }), '0571-87654321');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(/鑫源瓷砖。$/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '使用这份档案' }));
    const editing = await screen.findByRole('dialog', { name: '编辑来访人档案' });
    expect(within(editing).getByRole('textbox', { name: /店名/ })).toHaveValue('鑫源瓷砖');
  });

  it('shows no create or edit control to a reader', async () => {
    answerOperations({ Viewer: { data: { viewer: viewerFixture({ siteActions: ['REQUESTER_VIEW'] }) } }, RequesterFiles: (v) => list(v.search as string | undefined) });
    renderApp({ route: '/requesters', locale: 'en' });
    const table = await screen.findByRole('table', { name: 'Requesters' });
    expect(within(table).getByText('Anonymous customer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New file' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
  });
});
