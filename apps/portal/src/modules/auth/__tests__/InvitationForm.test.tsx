import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LoginPage } from '../../../pages/LoginPage';
import { renderWithI18n } from '../../../test/render-app';
import { ApiError } from '../../api/graphql-client';

const neverCalled = () => Promise.reject(new Error('not submitted in these tests'));

describe('the portal invitation form', () => {
  it('opens with the code from the invitation link and sends the chosen sign-in', async () => {
    history.replaceState(null, '', '/?invitation=ABCD2345EFGH6789');
    const onRedeem = vi.fn(() => Promise.resolve());
    renderWithI18n(<LoginPage onLogin={neverCalled} onRedeem={onRedeem} />);
    expect(screen.getByRole('heading', { name: '开通网上服务账号' })).toBeInTheDocument();
    expect(screen.getByLabelText('邀请码')).toHaveValue('ABCD2345EFGH6789');
    fireEvent.input(screen.getByLabelText('设置账号'), { target: { value: 'xinyuan.liu' } });
    fireEvent.input(screen.getByLabelText('设置密码'), { target: { value: '鑫源瓷砖-店长-2026' } });
    fireEvent.click(screen.getByRole('button', { name: '开通并登录' }));
    await waitFor(() => expect(onRedeem).toHaveBeenCalledWith({ code: 'ABCD2345EFGH6789', username: 'xinyuan.liu', password: '鑫源瓷砖-店长-2026' }));
    history.replaceState(null, '', '/');
  });

  it('shows the gateway’s field errors under their fields', async () => {
    history.replaceState(null, '', '/?invitation=USEDCODE23456789');
    const onRedeem = vi.fn(() => Promise.reject(new ApiError('bad', 'BAD_USER_INPUT', [{ field: 'input.code', rule: 'ACCOUNT.INVITATION_INVALID', message: '邀请码无效' }])));
    renderWithI18n(<LoginPage onLogin={neverCalled} onRedeem={onRedeem} />);
    fireEvent.input(screen.getByLabelText('设置账号'), { target: { value: 'late.comer' } });
    fireEvent.input(screen.getByLabelText('设置密码'), { target: { value: '很长的一个密码-2026' } });
    fireEvent.click(screen.getByRole('button', { name: '开通并登录' }));
    expect(await screen.findByText('邀请码无效')).toBeInTheDocument();
    expect(screen.getByLabelText('邀请码')).toHaveAttribute('aria-invalid', 'true');
    history.replaceState(null, '', '/');
  });

  it('is reached from the sign-in page without a link', () => {
    renderWithI18n(<LoginPage onLogin={neverCalled} onRedeem={neverCalled} />);
    fireEvent.click(screen.getByRole('button', { name: '有邀请码？开通账号' }));
    expect(screen.getByLabelText('邀请码')).toHaveValue('');
  });
});
