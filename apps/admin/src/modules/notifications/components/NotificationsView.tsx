import { Alert, Badge, Button, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatters } from '../../ui/format/useFormatters';
import { useNotifications } from '../hooks/useNotifications';

/** The inbox (消息提醒): newest first; opening one marks it read and goes to its ticket. */
export function NotificationsView() {
  const { t } = useTranslation('notifications');
  const time = useFormatters();
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
                if (n.ticket) void navigate(`/tickets/${n.ticket.id}`);
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
                      KF-{String(n.ticket.number).padStart(6, '0')} · {n.ticket.title}
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
