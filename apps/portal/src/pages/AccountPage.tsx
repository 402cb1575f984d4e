import { useState } from 'preact/hooks';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ChangePasswordForm } from '../modules/auth/components/ChangePasswordForm';
import { SessionList } from '../modules/auth/components/SessionList';

/** 账户与安全: the person's own password and sessions. */
export function AccountPage({ onSignedOut }: { onSignedOut(): void }) {
  const { t } = useI18n();
  // A new password ends every other session: the list is read again after one.
  const [changes, setChanges] = useState(0);
  return (
    <>
      <Link to={{ name: 'profile' }} class="back">
        {t('account.back')}
      </Link>
      <div class="page-head">
        <h1 class="page-title">{t('account.heading')}</h1>
      </div>
      <div class="stack">
        <ChangePasswordForm onChanged={() => setChanges((n) => n + 1)} />
        <SessionList refresh={changes} onSignedOut={onSignedOut} />
      </div>
    </>
  );
}
