import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RelayFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../ui/format/useFormatters';
import { useLocalized } from '../../ui/format/localized-text';
import { RelayAnswerControls } from './RelayAnswerControls';
import { RelayStatusBadge } from './RelayStatusBadge';

const ticketNo = (n: number) => `KF-${String(n).padStart(6, '0')}`;

/** One relay: what was asked of which department, by when, and its answer. */
export function RelayCard({ relay, showTicket }: { relay: RelayFieldsFragment; showTicket: boolean }) {
  const { t } = useTranslation('relays');
  const { dateTime } = useFormatters();
  const localized = useLocalized();
  return (
    <Card withBorder padding="sm" component="li" aria-label={t('cardLabel', { department: localized(relay.department.name), number: ticketNo(relay.ticketNumber) })}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>
            {showTicket ? `${ticketNo(relay.ticketNumber)} ${relay.ticketTitle} → ` : '→ '}
            {localized(relay.department.name)}
          </Text>
          <RelayStatusBadge relay={relay} />
        </Group>
        {showTicket && relay.ticketLocation && (
          <Text size="sm" c="dimmed">
            {t('location', { location: relay.ticketLocation })}
          </Text>
        )}
        <Text size="sm">{t('askLine', { ask: relay.ask })}</Text>
        <Text size="sm" c="dimmed">
          {t('meta', { by: relay.relayedByName, at: dateTime(relay.relayedAt), due: dateTime(relay.dueAt) })}
        </Text>
        {relay.reply && <Text size="sm">{t('replyLine', { reply: relay.reply })}</Text>}
        {relay.returnNote && <Text size="sm">{t('returnLine', { note: relay.returnNote })}</Text>}
        {relay.byPhone && relay.status !== 'PENDING' && (
          <Text size="xs" c="dimmed">
            {t('byPhone')}
          </Text>
        )}
        <RelayAnswerControls relay={relay} />
      </Stack>
    </Card>
  );
}
