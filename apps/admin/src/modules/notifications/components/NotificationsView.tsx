import { Alert, Badge, Button, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLocalized } from '../../ui/format/localized-text';
import { useFormatters } from '../../ui/format/useFormatters';
import { useNotifications } from '../hooks/useNotifications';

type Entry = ReturnType<typeof useNotifications>['notifications'][number];

const ticketNo = (n: number) => `KF-${String(n).padStart(6, '0')}`;

/** Where a notification leads: its ticket; a relay's ticket (its relays panel), else the relays page; the messages page. */
const linkOf = (n: Entry): string | null =>
  n.ticket ? `/tickets/${n.ticket.id}` : n.relay ? (n.relay.ticket ? `/tickets/${n.relay.ticket.id}` : '/relays') : n.message ? '/messages' : null;

/** The inbox (消息提醒): newest first; opening one marks it read and goes to its record. */
export function NotificationsView() {
  const { t } = useTranslation('notifications');
  const time = useFormatters();
  const localized = useLocalized();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const inbox = useNotifications(filter === 'unread');

  return (
    <Stack gap="md" maw={840}>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Group gap="sm">
          <Group gap={4} role="group" aria-label={t('filter.label')}>
            {(['all', 'unread'] as const).map((value) => (
              <Button key={value} size="xs" variant={filter === value ? 'filled' : 'default'} aria-pressed={filter === value} onClick={() => setFilter(value)}>
                {t(`filter.${value}`)}
              </Button>
            ))}
          </Group>
          <Button variant="light" onClick={() => void inbox.markAllRead()} loading={inbox.markingAll} disabled={inbox.unread === 0}>
            {t('markAllRead')}
          </Button>
        </Group>
      </Group>
      {inbox.error && <Alert color="red">{t('loadFailed')}</Alert>}
      {!inbox.loading && inbox.notifications.length === 0 && <Text c="gray.7">{t('empty')}</Text>}
      <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('title')}>
        {inbox.notifications.map((n) => (
          <li key={n.id} data-kind={n.kind} data-read={n.read}>
            <UnstyledButton
              w="100%"
              p="sm"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
              onClick={() => {
                if (!n.read) void inbox.markRead(n.id);
                const to = linkOf(n);
                if (to) void navigate(to);
              }}
            >
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={2}>
                  <Group gap="xs">
                    {!n.read && (
                      <Badge size="xs" color="red" variant="filled">
                        {t('new')}
                      </Badge>
                    )}
                    <Text fw={n.read ? 400 : 600} size="sm">
                      {t(`kind.${n.kind}`)}
                    </Text>
                  </Group>
                  {n.ticket && (
                    <Text size="sm" c="gray.8">
                      {ticketNo(n.ticket.number)} · {n.ticket.title}
                    </Text>
                  )}
                  {n.relay && (
                    <Text size="sm" c="gray.8">
                      {t('relayLine', { department: localized(n.relay.department.name), ticket: `${ticketNo(n.relay.ticketNumber)} · ${n.relay.ticketTitle}` })}
                    </Text>
                  )}
                  {n.message && (
                    <Text size="sm" c="gray.8" lineClamp={2}>
                      {t('messageLine', { from: n.message.fromName, text: n.message.text })}
                    </Text>
                  )}
                </Stack>
                <Text size="xs" c="gray.7">
                  <time dateTime={n.createdAt}>{time.dateTime(n.createdAt)}</time>
                </Text>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
      {inbox.hasMore && (
        <Button variant="subtle" onClick={() => void inbox.loadMore()} loading={inbox.loadingMore}>
          {t('loadMore')}
        </Button>
      )}
    </Stack>
  );
}
