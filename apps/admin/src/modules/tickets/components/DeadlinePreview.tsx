import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../gql/graphql';
import { useDeadlinePreview } from '../hooks/useDeadlinePreview';
import { useNow } from '../hooks/useNow';
import { useFormatters } from '../../ui/format/useFormatters';

type Props = { severity: Severity; requestedBy: string | null };

const ROWS = ['handoverBy', 'replyBy', 'resolveBy'] as const;

/** The SLA deadlines the ticket will get, so the clerk can tell the caller before saving. */
export function DeadlinePreview({ severity, requestedBy }: Props) {
  const { t } = useTranslation('tickets');
  const { deadlines, loading } = useDeadlinePreview(severity, requestedBy);
  const time = useFormatters();
  const now = useNow();
  return (
    <Paper withBorder p="md" radius="md" bg="var(--mantine-color-gray-0)" component="section" aria-labelledby="deadline-preview-title" aria-live="polite" aria-busy={loading}>
      <Title order={2} size="h5" id="deadline-preview-title">
        {t('intake.deadlines')}
      </Title>
      <Text size="xs" c="gray.7" mt={4}>
        {t(`severityHint.${severity}`)}
      </Text>
      <Stack gap={6} mt="sm" component="dl" m={0}>
        {ROWS.map((row) => {
          const at = deadlines?.[row] ?? null;
          return (
            <div key={row}>
              <Text component="dt" size="sm" fw={500}>
                {t(`intake.${row}`)}
              </Text>
              <Text component="dd" size="sm" m={0} data-testid={`preview-${row}`}>
                {!deadlines ? (
                  <Skeleton height={16} width="70%" />
                ) : at ? (
                  t('intake.deadlineValue', { date: time.dateTime(at), relative: t('sla.dueIn', { time: time.relative(at, now) }) })
                ) : (
                  t('intake.none')
                )}
              </Text>
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
