import { PASSWORD_RULE } from '@kefu/domain/accounts';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { AccountPage } from '../../../pages/AccountPage';
import { server } from '../../../test/msw-server';
import { renderWithI18n } from '../../../test/render-app';

const THIS_DEVICE = { id: 's-1', createdAt: '2026-11-30T01:00:00.000Z', expiresAt: '2026-12-07T01:00:00.000Z', current: true };
const OTHER_PHONE = { id: 's-2', createdAt: '2026-11-28T06:30:00.000Z', expiresAt: '2026-12-05T06:30:00.000Z', current: false };

/** The gateway's answer to a refused mutation. */
const refused = (message: string, extensions: Record<string, unknown>) => ({ data: null, errors: [{ message, extensions }] });

function sessionsAnswer(...lists: (typeof THIS_DEVICE)[][]) {
  let call = 0;
  return graphql.query('PortalMySessions', () => HttpResponse.json({ data: { mySessions: lists[Math.min(call++, lists.length - 1)] } }));
}

function fillPassword(current: string, next: string, repeat = next) {
  fireEvent.input(screen.getByLabelText('当前密码'), { target: { value: current } });
  fireEvent.input(screen.getByLabelText('新密码'), { target: { value: next } });
  fireEvent.input(screen.getByLabelText('再次输入新密码'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: '修改密码' }));
}

describe('账户与安全 in the portal', () => {
  it('changes the password with the current one, then lists the sessions left (the others have ended)', async () => {
    const sent: unknown[] = [];
    server.use(
      sessionsAnswer([THIS_DEVICE, OTHER_PHONE], [THIS_DEVICE]),
      graphql.mutation('PortalChangeOwnPassword', ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { changeOwnPassword: { username: 'xinyuan.liu' } } });
      }),
    );
    renderWithI18n(<AccountPage onSignedOut={() => {}} />);
    const sessions = await screen.findByRole('list', { name: '登录设备' });
    await waitFor(() => expect(within(sessions).getAllByRole('listitem')).toHaveLength(2));
    // The rule under the new password is the domain's.
    expect(screen.getByText(PASSWORD_RULE.zh)).toBeInTheDocument();

    fillPassword('kefu-demo', '瓷砖店-新密码-2026');
    expect(await screen.findByText('密码已修改。其他设备上的登录已退出。')).toBeInTheDocument();
    expect(sent).toEqual([{ input: { currentPassword: 'kefu-demo', newPassword: '瓷砖店-新密码-2026' } }]);
    await waitFor(() => expect(within(sessions).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByLabelText('当前密码')).toHaveValue('');
  });

  it('asks for every field and refuses two different new passwords before sending anything', async () => {
    const send = vi.fn();
    server.use(sessionsAnswer([THIS_DEVICE]), graphql.mutation('PortalChangeOwnPassword', send));
    renderWithI18n(<AccountPage onSignedOut={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: '修改密码' }));
    expect(screen.getByLabelText('当前密码')).toHaveAttribute('aria-invalid', 'true');
    fillPassword('kefu-demo', '瓷砖店-新密码-2026', '瓷砖店-新密码-2025');
    expect(await screen.findByText('两次输入的新密码不一致。')).toBeInTheDocument();
    expect(screen.getByLabelText('再次输入新密码')).toHaveAttribute('aria-invalid', 'true');
    expect(send).not.toHaveBeenCalled();
  });

  it('puts a wrong current password on its field and the password rule on the new one', async () => {
    let answer = refused('当前密码不正确。', { code: 'BAD_USER_INPUT', reason: 'AUTH.WRONG_CURRENT_PASSWORD' });
    server.use(
      sessionsAnswer([THIS_DEVICE]),
      graphql.mutation('PortalChangeOwnPassword', () => HttpResponse.json(answer)),
    );
    renderWithI18n(<AccountPage onSignedOut={() => {}} />);
    await screen.findByRole('list', { name: '登录设备' });
    fillPassword('guessed-wrong', '瓷砖店-新密码-2026');
    expect(await screen.findByText('当前密码不正确。')).toBeInTheDocument();
    expect(screen.getByLabelText('当前密码')).toHaveAttribute('aria-invalid', 'true');

    answer = refused('请检查填写的内容', {
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'newPassword', rule: 'password_policy', message: `新密码太短。${PASSWORD_RULE.zh}` }],
    });
    fillPassword('kefu-demo', 'short');
    expect(await screen.findByText(`新密码太短。${PASSWORD_RULE.zh}`)).toBeInTheDocument();
    expect(screen.getByLabelText('新密码')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('当前密码')).not.toHaveAttribute('aria-invalid');
  });

  it('speaks English, the rule included, when the person chose it', async () => {
    server.use(sessionsAnswer([THIS_DEVICE]));
    renderWithI18n(<AccountPage onSignedOut={() => {}} />, 'en');
    expect(await screen.findByRole('heading', { name: 'Account and security' })).toBeInTheDocument();
    expect(screen.getByText(PASSWORD_RULE.en)).toBeInTheDocument();
    expect(await screen.findByText('This device')).toBeInTheDocument();
  });

  it('marks this device, signs another one out, and signs out everywhere after asking', async () => {
    const revoked: unknown[] = [];
    const everywhere = vi.fn();
    server.use(
      sessionsAnswer([THIS_DEVICE, OTHER_PHONE], [THIS_DEVICE]),
      graphql.mutation('PortalRevokeMySession', ({ variables }) => {
        revoked.push(variables);
        return HttpResponse.json({ data: { revokeMySession: true } });
      }),
      graphql.mutation('PortalSignOutEverywhere', () => {
        everywhere();
        return HttpResponse.json({ data: { signOutEverywhere: 2 } });
      }),
    );
    const onSignedOut = vi.fn();
    renderWithI18n(<AccountPage onSignedOut={onSignedOut} />);
    const sessions = await screen.findByRole('list', { name: '登录设备' });
    const [mine, other] = await within(sessions).findAllByRole('listitem');
    expect(within(mine!).getByText('本机')).toBeInTheDocument();
    expect(within(mine!).queryByRole('button')).toBeNull();

    fireEvent.click(within(other!).getByRole('button', { name: /^退出 .* 登录的设备$/ }));
    expect(await screen.findByText('该设备已退出登录。')).toBeInTheDocument();
    expect(revoked).toEqual([{ id: 's-2' }]);
    await waitFor(() => expect(within(sessions).getAllByRole('listitem')).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: '退出所有设备（包括本机）' }));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(everywhere).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '退出所有设备（包括本机）' }));
    fireEvent.click(screen.getByRole('button', { name: '确定，全部退出' }));
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    expect(everywhere).toHaveBeenCalledOnce();
  });
});
