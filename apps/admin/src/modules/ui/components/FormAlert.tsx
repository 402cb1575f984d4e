import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A form-level failure that belongs to no single field. */
export function FormAlert({ message }: { message: string | null }) {
  const { t } = useTranslation('common');
  if (!message) return null;
  return (
    <Alert color="red" title={t('states.failed')} role="alert" variant="light">
      {message}
    </Alert>
  );
}
