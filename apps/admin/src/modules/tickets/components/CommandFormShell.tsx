import { Alert, Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A command form's frame: the failure, the fields, cancel and submit. */
export function CommandFormShell({ children, failure, running, submitLabel, onClose, onSubmit }: {
  children: ReactNode;
  failure: string | null;
  running: boolean;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
}) {
  const { t } = useTranslation('tickets');
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {failure && <Alert color="red" role="alert" title={failure} />}
        {children}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={running}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
