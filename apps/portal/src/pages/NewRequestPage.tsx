import { Link, navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { RequestForm } from '../modules/tickets/components/RequestForm';

export function NewRequestPage({ shopUnit }: { shopUnit: string | null }) {
  const { t } = useI18n();
  return (
    <>
      <Link to={{ name: 'requests' }} class="back">
        ‹ {t('app.back')}
      </Link>
      <h1 class="page-title">{t('form.heading')}</h1>
      <RequestForm shopUnit={shopUnit} onSubmitted={(id) => navigate({ name: 'request', id }, { replace: true })} />
    </>
  );
}
