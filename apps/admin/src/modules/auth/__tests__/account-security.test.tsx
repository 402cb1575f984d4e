import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

const sessions = {
  data: {
    mySessions: [
      { __typename: 'Session', id: 'here', createdAt: '2026-11-30T01:00:00.000Z', expiresAt: '2026-12-07T01:00:00.000Z', current: true },
      { __typename: 'Session', id: 'phone', createdAt: '2026-11-29T01:00:00.000Z', expiresAt: '2026-12-06T01:00:00.000Z', current: false },
    ],
  },
};

describe('账户与安全', () => {
  it('sends a viewer whose password must be changed to the page, and puts a wrong current password on its field', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture({ mustChangePassword: true, siteActions: [], staff: null, positions: [] }) } },
      ChangeOwnPassword: gatewayError('BAD_USER_INPUT', '当前密码不正确。', { reason: 'AUTH.WRONG_CURRENT_PASSWORD' }),
    });
    const { user } = renderApp({ route: '/tickets' });
    expect(await screen.findByText('请先修改密码', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: '登录中的设备' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^当前密码/), 'wrong-pw');
    await user.type(screen.getByLabelText(/^新密码/), 'kefu-winter-26');
    await user.type(screen.getByLabelText(/^再次输入新密码/), 'kefu-winter-26');
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('当前密码不正确。')).toBeInTheDocument();
    expect(log.find((c) => c.name === 'ChangeOwnPassword')?.variables).toEqual({
      input: { currentPassword: 'wrong-pw', newPassword: 'kefu-winter-26' },
    });
  }, 60_000);

  it('lists the viewer’s sessions and signs another one out', async () => {
    const log = answerOperations({
      Viewer: { data: { viewer: viewerFixture() } },
      MySessions: sessions,
      RevokeMySession: { data: { revokeMySession: true } },
    });
    const { user } = renderApp({ route: '/account' });
    const table = await screen.findByRole('table', { name: '登录中的设备' }, { timeout: 5000 });
    expect(within(table).getByText('当前设备')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: '退出登录' }));
    await waitFor(() => expect(log.filter((c) => c.name === 'RevokeMySession').map((c) => c.variables)).toEqual([{ id: 'phone' }]));
  });
});
