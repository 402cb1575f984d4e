import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';

export function ForbiddenState() {
  const { t } = useTranslation('common');
  return <EmptyState title={t('forbidden.title')} description={t('forbidden.description')} />;
}
