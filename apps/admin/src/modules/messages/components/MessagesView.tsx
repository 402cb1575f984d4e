import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageFieldsFragment } from '../../../gql/graphql';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { useLocalized } from '../../ui/format/localized-text';
import { useMessageCommands } from '../hooks/useMessageCommands';
import { useMessageList, type MessageBox } from '../hooks/useMessageList';
import { useMessagePermissions } from '../hooks/useMessagePermissions';
import { TakeMessageForm } from './TakeMessageForm';

/** "1 小时 05 分" / "1 h 05 min": how long a message has waited. */
const ageLabel = (seconds: number, t: (key: string, options?: Record<string, unknown>) => string) => {
  const minutes = Math.floor(seconds / 60);
  return minutes >= 60 ? t('age.hours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') }) : t('age.minutes', { minutes });
};

function MessageCard({ message, box }: { message: MessageFieldsFragment; box: MessageBox }) {
  const { t } = useTranslation('messages');
  const notify = useNotify();
  const { dateTime } = useFormatters();
  const localized = useLocalized();
  const { acknowledge, acknowledging } = useMessageCommands();
  const receiver = message.forStaff?.name ?? (message.forUnit ? localized(message.forUnit.name) : '—');
  const acknowledged = message.acknowledgedAt !== null;
  return (
    <Card withBorder padding="md" component="article" aria-label={t('card.label', { from: message.fromName })}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Text fw={600} size="sm">
            {message.fromName}
            {message.fromPhone ? ` · ${message.fromPhone}` : ''}
          </Text>
          <Text size="xs" c="gray.7">
            {t('card.for', { receiver })} · {t('card.takenBy', { name: message.takenBy?.name ?? '—', at: dateTime(message.takenAt as string) })}
          </Text>
        </div>
        <Group gap={4}>
          {message.urgency === 'URGENT' ? (
            <Badge color="red" tt="none">
              {t('urgency.URGENT')}
            </Badge>
          ) : null}
          {acknowledged ? (
            <Badge color="green" variant="light" tt="none">
              {t('card.acknowledged', { name: message.acknowledgedBy?.name ?? '', at: dateTime(message.acknowledgedAt as string) })}
            </Badge>
          ) : (
            <Badge color={message.escalated ? 'red' : 'orange'} variant={message.escalated ? 'filled' : 'light'} tt="none">
              {message.escalated ? t('card.escalated', { age: ageLabel(message.ageSeconds, t) }) : t('card.waiting', { age: ageLabel(message.ageSeconds, t) })}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {message.text}
      </Text>
      {box === 'inbox' && !acknowledged ? (
        <Group justify="flex-end" mt="xs">
          <Button size="compact-sm" loading={acknowledging} onClick={() => void acknowledge(message.id).then(() => notify.success(t('card.ackDone')), (e: unknown) => notify.failure(e))}>
            {t('card.acknowledge')}
          </Button>
        </Group>
      ) : null}
    </Card>
  );
}

function MessageList({ box }: { box: MessageBox }) {
  const { t } = useTranslation('messages');
  const list = useMessageList(box);
  if (list.loading) return <PageSkeleton rows={4} />;
  if (list.error) return <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.messages.length === 0) return <EmptyState title={t(`empty.${box}`)} />;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list.messages.map((message) => (
          <MessageCard key={message.id} message={message} box={box} />
        ))}
      </SimpleGrid>
      {list.hasMore ? (
        <Button variant="default" onClick={() => void list.loadMore()} loading={list.loadingMore} style={{ alignSelf: 'center' }}>
          {t('common:actions.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}

/** 留言: messages for me and my units, those I took, and my team's overdue ones. */
export function MessagesView() {
  const { t } = useTranslation('messages');
  const { canTake } = useMessagePermissions();
  const [tab, setTab] = useState<MessageBox>('inbox');
  const [taking, setTaking] = useState(false);
  const takeButton = canTake ? <Button onClick={() => setTaking(true)}>{t('take')}</Button> : null;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={takeButton} />
      <Tabs value={tab} onChange={(value) => setTab((value as MessageBox | null) ?? 'inbox')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="inbox">{t('tabs.inbox')}</Tabs.Tab>
          {canTake ? <Tabs.Tab value="taken">{t('tabs.taken')}</Tabs.Tab> : null}
          <Tabs.Tab value="escalated">{t('tabs.escalated')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inbox">
          <MessageList box="inbox" />
        </Tabs.Panel>
        {canTake ? (
          <Tabs.Panel value="taken">
            <MessageList box="taken" />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="escalated">
          <MessageList box="escalated" />
        </Tabs.Panel>
      </Tabs>
      <Modal opened={taking} onClose={() => setTaking(false)} size="lg" title={t('form.title')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        {taking ? <TakeMessageForm onDone={() => setTaking(false)} /> : null}
      </Modal>
    </>
  );
}
