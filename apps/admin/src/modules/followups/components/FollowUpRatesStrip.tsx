import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFollowUpRates } from '../hooks/useFollowUpRates';

const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`);

/** This month's 回访处理率 (001: target 100%) and on-time rate, over what the viewer may see. */
export function FollowUpRatesStrip() {
  const { t } = useTranslation('followups');
  const { rates } = useFollowUpRates();
  const cells = [
    { label: t('rates.handled'), value: percent(rates?.handledRate), hint: t('rates.handledHint', { handled: rates?.handled ?? 0, due: rates?.due ?? 0 }) },
    { label: t('rates.onTime'), value: percent(rates?.onTimeRate), hint: t('rates.onTimeHint', { onTime: rates?.onTime ?? 0, due: rates?.due ?? 0 }) },
  ];
  return (
    <Group gap="sm" mb="md" grow preventGrowOverflow={false} wrap="wrap" aria-label={t('rates.label')} role="group">
      {cells.map((c) => (
        <Paper key={c.label} withBorder p="sm" miw={150}>
          <Text size="xs" c="dimmed">
            {c.label}
          </Text>
          <Text fw={700} size="xl">
            {c.value}
          </Text>
          <Text size="xs" c="dimmed">
            {c.hint}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
