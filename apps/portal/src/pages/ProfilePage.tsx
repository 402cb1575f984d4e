import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ProfileForm } from '../modules/profile/components/ProfileForm';

export function ProfilePage() {
  const { t } = useI18n();
  return (
    <>
      <div class="page-head">
        <h1 class="page-title">{t('profile.heading')}</h1>
      </div>
      <div class="stack">
        <ProfileForm />
        <Link to={{ name: 'account' }} class="button button--secondary">
          {t('account.link')}
        </Link>
      </div>
    </>
  );
}
