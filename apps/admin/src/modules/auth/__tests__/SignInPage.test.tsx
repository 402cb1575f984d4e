import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerOperations, gatewayError } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';

describe('the sign-in page', () => {
  it('tells staff who forgot their password to ask the department manager', async () => {
    answerOperations({ Viewer: { data: { viewer: null } } });
    renderApp({ route: '/sign-in' });
    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByText('忘记密码？请联系部门经理在管理后台重置密码。')).toBeInTheDocument();
  });

  it('says the same in English', async () => {
    answerOperations({ Viewer: { data: { viewer: null } } });
    renderApp({ route: '/sign-in', locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('Forgot your password? Ask your department manager to reset it in the admin app.')).toBeInTheDocument();
  });

  it('shows the gateway’s warning with the tries left, and its wait when sign-in is held back', async () => {
    const replies = [
      gatewayError('UNAUTHENTICATED', '用户名或密码错误，还可尝试 7 次。', { reason: 'AUTH.INVALID_CREDENTIALS', details: { remainingAttempts: 7 } }),
      gatewayError('TOO_MANY_REQUESTS', '登录失败次数过多，请 4 秒后再试。', { reason: 'AUTH.TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 4 } }),
    ];
    answerOperations({ Viewer: { data: { viewer: null } }, Login: () => replies.shift()! });
    const { user } = renderApp({ route: '/sign-in' });
    await user.type(await screen.findByLabelText(/用户名/), 'merchant3');
    await user.type(screen.getByLabelText(/密码/), 'wrong-password');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误，还可尝试 7 次。');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('登录失败次数过多，请 4 秒后再试。')).toBeInTheDocument();
  });
});
