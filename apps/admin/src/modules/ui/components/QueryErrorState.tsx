import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorKind, errorMessage } from '../errors/graphql-errors';
import { ForbiddenState } from './ForbiddenState';
import { NotFoundState } from './NotFoundState';

type Props = { error: unknown; onRetry?: () => void };

/** What a page shows when its query failed: not found, not allowed, or a retry. */
export function QueryErrorState({ error, onRetry }: Props) {
  const { t } = useTranslation('common');
  const kind = errorKind(error);
  if (kind === 'NOT_FOUND') return <NotFoundState />;
  if (kind === 'FORBIDDEN') return <ForbiddenState />;
  return (
    <Alert color="red" title={t('states.loadFailed')} role="alert">
      <Stack gap="xs" align="flex-start">
        {errorMessage(error, t)}
        {onRetry ? (
          <Button variant="light" color="red" size="xs" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
