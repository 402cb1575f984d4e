import { Badge, Button, Card, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlinePolicySource, KindDeadlinesFieldsFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useNotify } from '../../ui/errors/useNotify';
import { useDeadlinePolicies } from '../hooks/useDeadlinePolicies';
import { DeadlinePolicyForm } from './DeadlinePolicyForm';

const SOURCE_COLOR: Record<DeadlinePolicySource, string> = { SEED: 'blue', PRODUCT_DEFAULT: 'gray', SITE: 'teal' };

/** "10 天" / "36 小时": whole days where the hours make them. */
function useDuration() {
  const { t } = useTranslation('tickets');
  return (hours: number | null | undefined, sameDay = false): string => {
    if (sameDay) return t('policies.sameDay');
    if (hours === null || hours === undefined) return '—';
    return hours % 24 === 0 ? t('policies.days', { count: hours / 24 }) : t('policies.hours', { count: hours });
  };
}

function KindCard({ kind, canEdit, onEdit, onReset, resetting }: { kind: KindDeadlinesFieldsFragment; canEdit: boolean; onEdit: () => void; onReset: () => void; resetting: boolean }) {
  const { t } = useTranslation('tickets');
  const duration = useDuration();
  const name = t(`kind.${kind.kind}`);
  return (
    <Card withBorder padding="md" component="section" aria-label={name}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" mb="xs">
        <Group gap="xs">
          <Text fw={600}>{name}</Text>
          <Badge color={SOURCE_COLOR[kind.source]} variant="light" tt="none">
            {t(`policies.source.${kind.source}`)}
          </Badge>
        </Group>
        {canEdit && kind.kind !== 'COMPLAINT' && (
          <Group gap="xs">
            {kind.source === 'SITE' && (
              <Button size="xs" variant="subtle" onClick={onReset} loading={resetting}>
                {t('policies.reset')}
              </Button>
            )}
            <Button size="xs" variant="light" onClick={onEdit} aria-label={t('policies.editKind', { kind: name })}>
              {t('policies.edit')}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="xs" c="gray.7" mb="xs">
        {kind.seedLine ? t('policies.seedLine', { line: kind.seedLine }) : t(`policies.sourceNote.${kind.source}`)}
      </Text>
      <Table layout="fixed" withRowBorders verticalSpacing={4} horizontalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('policies.severity')}</Table.Th>
            <Table.Th scope="col">{t('policies.step.handoverWithinHours')}</Table.Th>
            <Table.Th scope="col">{t('policies.step.replyWithinHours')}</Table.Th>
            <Table.Th scope="col">{t('policies.step.resolveWithinHours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kind.severities.map((row) => (
            <Table.Tr key={row.severity}>
              <Table.Th scope="row" fw={500}>
                {t(`severity.${row.severity}`)}
              </Table.Th>
              <Table.Td>{duration(row.handoverWithinHours, row.handoverSameDay)}</Table.Td>
              <Table.Td>{duration(row.replyWithinHours)}</Table.Td>
              <Table.Td>
                {duration(row.resolveWithinHours)}
                {row.severity === 'MINOR' ? <Text span size="xs" c="gray.7">{` ${t('policies.orRequested')}`}</Text> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/**
 * 时限标准: every ticket kind's deadlines at the site, each with where it comes from — the seed
 * line (complaints, 001 投诉接待 (5)), the product's default, or the site's own. Those who may
 * set them (`ticket.policy.configure`) edit or reset a kind other than complaints.
 */
export function DeadlinePolicies() {
  const { t } = useTranslation('tickets');
  const notify = useNotify();
  const { can } = useViewer();
  const canEdit = can('TICKET_POLICY_CONFIGURE');
  const policies = useDeadlinePolicies();
  const [editing, setEditing] = useState<KindDeadlinesFieldsFragment | null>(null);

  return (
    <>
      <PageHeader title={t('policies.title')} description={t('policies.description')} />
      {policies.error ? (
        <QueryErrorState error={policies.error} onRetry={() => void policies.refetch()} />
      ) : policies.loading ? (
        <PageSkeleton />
      ) : (
        <Stack gap="sm" maw={960}>
          {policies.kinds.map((kind) => (
            <KindCard
              key={kind.kind}
              kind={kind}
              canEdit={canEdit}
              onEdit={() => setEditing(kind)}
              resetting={policies.resetting}
              onReset={() =>
                void policies.reset(kind.kind).then(
                  () => notify.success(t('policies.resetDone', { kind: t(`kind.${kind.kind}`) })),
                  (error: unknown) => notify.failure(error),
                )
              }
            />
          ))}
        </Stack>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? t('policies.editKind', { kind: t(`kind.${editing.kind}`) }) : ''} size="lg">
        {editing && (
          <DeadlinePolicyForm kind={editing} saving={policies.saving} onSave={(deadlines) => policies.save(editing.kind, deadlines)} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </>
  );
}
