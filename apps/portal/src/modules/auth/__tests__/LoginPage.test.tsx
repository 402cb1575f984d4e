import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LoginPage } from '../../../pages/LoginPage';
import { renderWithI18n } from '../../../test/render-app';

const neverCalled = () => Promise.reject(new Error('not submitted in these tests'));

describe('the portal sign-in page', () => {
  it('tells a merchant or owner who forgot their password to ask at the service desk', () => {
    renderWithI18n(<LoginPage onLogin={neverCalled} />);
    expect(screen.getByRole('heading', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByText('忘记密码？请到商场服务台，由客服人员为您重置密码。')).toBeInTheDocument();
  });

  it('says the same in English', async () => {
    renderWithI18n(<LoginPage onLogin={neverCalled} />, 'en');
    expect(await screen.findByText("Forgot your password? Ask at the mall's service desk: customer-service staff will reset it for you.")).toBeInTheDocument();
  });
});
