import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../../../gql/graphql';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useFollowUps } from '../hooks/useFollowUps';
import { FollowUpCard } from './FollowUpCard';
import { FollowUpRatesStrip } from './FollowUpRatesStrip';

const VIEWS = ['DUE_TODAY', 'OVERDUE', 'MINE', 'TEAM'] as const satisfies readonly FollowUpView[];

/** 回访: follow-ups owed by resolved repairs, by view, with the month's rates above. */
export function FollowUpQueueView() {
  const { t } = useTranslation('followups');
  const [view, setView] = useState<FollowUpView>('TEAM');
  const list = useFollowUps(view);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <FollowUpRatesStrip />
      <SegmentedControl mb="md" aria-label={t('viewLabel')} value={view} onChange={(v) => setView(v as FollowUpView)} data={VIEWS.map((v) => ({ value: v, label: t(`view.${v}`) }))} />
      {list.error ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.loading ? (
        <PageSkeleton />
      ) : list.followUps.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {list.followUps.map((followUp) => (
            <FollowUpCard key={followUp.id} followUp={followUp} />
          ))}
        </Stack>
      )}
      {list.hasMore && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('loadMore')}
          </Button>
        </Group>
      )}
    </>
  );
}
