import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../ui/format/useFormatters';
import { EndAssignmentForm } from './EndAssignmentForm';

type Props = { holders: readonly AssignmentFieldsFragment[]; vacancies: number; canEnd: boolean };

/** Who holds the position today; those allowed may end an assignment here. */
export function HoldersList({ holders, vacancies, canEnd }: Props) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const [ending, setEnding] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      {holders.length === 0 ? <Text size="sm">{t('holders.none')}</Text> : null}
      {holders.map((holder) => (
        <Paper key={holder.id} withBorder p="xs" radius="sm">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <div>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {holder.staff.name}
                </Text>
                {holder.acting ? (
                  <Badge size="xs" color="grape" variant="light">
                    {t('holders.acting')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="gray.7">
                {holder.staff.employeeNo} · {t('holders.since', { date: format.localDate(holder.startsOn) })}
              </Text>
            </div>
            {canEnd && ending !== holder.id ? (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => setEnding(holder.id)}>
                {t('endAssignment.open')}
              </Button>
            ) : null}
          </Group>
          {canEnd && ending === holder.id ? (
            <Stack gap={4} mt="xs">
              <EndAssignmentForm assignment={holder} onDone={() => setEnding(null)} />
              <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setEnding(null)} style={{ alignSelf: 'flex-start' }}>
                {t('common:actions.cancel')}
              </Button>
            </Stack>
          ) : null}
        </Paper>
      ))}
      {vacancies > 0 ? (
        <Badge color="orange.2" c="dark.9" variant="filled">
          {t('chart.vacancies', { count: vacancies })}
        </Badge>
      ) : null}
    </Stack>
  );
}
