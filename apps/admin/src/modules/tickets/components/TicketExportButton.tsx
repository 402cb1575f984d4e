import { Button, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketFilter, TicketOrder } from '../../../gql/graphql';
import { useTicketExport } from '../hooks/useTicketExport';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Exports the queue as filtered to .xlsx, showing what has arrived, and cancellable while it runs. */
export function TicketExportButton({ filter, order }: { filter: TicketFilter; order: TicketOrder }) {
  const { t, i18n } = useTranslation('tickets');
  const { state, start, cancel } = useTicketExport(filter, order);
  const count = (n: number) => n.toLocaleString(i18n.language);

  if (state.phase === 'running') {
    return (
      <Group gap="xs" wrap="nowrap" role="status" aria-live="polite">
        <Progress value={100} striped animated w={120} aria-label={t('desk.export.progressLabel')} />
        <Text size="sm" c="gray.7">
          {state.total === null
            ? t('desk.export.starting')
            : t('desk.export.received', { size: megabytes(state.bytes), total: count(state.total) })}
        </Text>
        <Button variant="default" size="compact-sm" onClick={cancel}>
          {t('desk.export.cancel')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      {state.phase === 'failed' && (
        <Text size="sm" c="red.8" role="alert">
          {t('desk.export.failed', { message: state.message ?? t('desk.export.network') })}
        </Text>
      )}
      {state.phase === 'done' && state.total !== null && (
        <Text size="sm" c="gray.7" role="status">
          {t('desk.export.done', { total: count(state.total) })}
        </Text>
      )}
      <Button variant="default" onClick={() => void start()}>
        {t('desk.export.button')}
      </Button>
    </Group>
  );
}
