import { useI18n } from '../i18n/i18n';
import { LoginForm } from '../modules/auth/components/LoginForm';

export function LoginPage({ onLogin }: { onLogin(username: string, password: string): Promise<void> }) {
  const { t } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('login.heading')}</h1>
      <p class="intro">{t('login.intro')}</p>
      <LoginForm onLogin={onLogin} />
      {/* Merchants and owners have no e-mail on file: the service desk resets a forgotten password. */}
      <p class="intro">{t('login.forgotPassword')}</p>
    </>
  );
}
