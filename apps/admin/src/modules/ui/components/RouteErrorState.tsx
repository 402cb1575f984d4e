import { Alert, Button, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundState } from './NotFoundState';

/** A route failed to load or render: usually a new deployment replaced the page's chunk. */
export function RouteErrorState() {
  const error = useRouteError();
  const { t } = useTranslation('common');
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundState />;
  return (
    <Center p="xl">
      <Alert color="red" title={t('states.loadFailed')} role="alert" maw={480}>
        <Stack gap="xs" align="flex-start">
          {t('states.loadFailedHint')}
          <Button size="xs" variant="light" color="red" onClick={() => window.location.reload()}>
            {t('actions.retry')}
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}
