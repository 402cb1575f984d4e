import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder while a page's code or data loads. */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation('common');
  return (
    <Stack gap="sm" aria-busy="true" p="md">
      <VisuallyHidden role="status">{t('states.loading')}</VisuallyHidden>
      <Skeleton height={32} width="40%" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={20} />
      ))}
    </Stack>
  );
}
