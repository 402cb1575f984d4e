import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { InvitationForm, type Redemption } from '../modules/auth/components/InvitationForm';
import { LoginForm } from '../modules/auth/components/LoginForm';

/** The code an invitation link carries (/portal/?invitation=…), if any. */
const codeInAddress = (): string => (typeof location === 'undefined' ? '' : (new URLSearchParams(location.search).get('invitation') ?? ''));

type Props = { onLogin(username: string, password: string): Promise<void>; onRedeem?(input: Redemption): Promise<void> };

export function LoginPage({ onLogin, onRedeem }: Props) {
  const { t } = useI18n();
  const [invited, setInvited] = useState(() => codeInAddress() !== '');
  if (invited && onRedeem) {
    return (
      <>
        <h1 class="page-title">{t('invite.heading')}</h1>
        <p class="intro">{t('invite.intro')}</p>
        <InvitationForm initialCode={codeInAddress()} onRedeem={onRedeem} />
        <button type="button" class="button button--secondary" onClick={() => setInvited(false)}>
          {t('invite.haveSignIn')}
        </button>
      </>
    );
  }
  return (
    <>
      <h1 class="page-title">{t('login.heading')}</h1>
      <p class="intro">{t('login.intro')}</p>
      <LoginForm onLogin={onLogin} />
      {/* Merchants and owners have no e-mail on file: the service desk resets a forgotten password. */}
      <p class="intro">{t('login.forgotPassword')}</p>
      {onRedeem ? (
        <button type="button" class="button button--secondary" onClick={() => setInvited(true)}>
          {t('invite.haveCode')}
        </button>
      ) : null}
    </>
  );
}
