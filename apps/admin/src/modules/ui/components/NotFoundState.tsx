import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from './EmptyState';

export function NotFoundState() {
  const { t } = useTranslation('common');
  return (
    <EmptyState
      title={t('notFound.title')}
      description={t('notFound.description')}
      action={
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      }
    />
  );
}
