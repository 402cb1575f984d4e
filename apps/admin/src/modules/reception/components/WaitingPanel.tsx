import { isReceptionLate } from '@kefu/domain/reception';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { requesterLabel } from '../../tickets/utils/requester-label';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { useReceptionActions } from '../hooks/useReceptionActions';
import { useReceptionWaiting } from '../hooks/useReceptionWaiting';
import { useWaitClock, waitedLabel } from '../hooks/useWaitClock';

/**
 * The hall's waiting view: visitors registered and not yet received, the longest waiting
 * first. The wait counts up on screen; past the site's standard a visitor is marked late.
 */
export function WaitingPanel({ canReceive }: { canReceive: boolean }) {
  const { t } = useTranslation('reception');
  const notify = useNotify();
  const { dateTime } = useFormatters();
  const { waiting, standardMinutes, error } = useReceptionWaiting();
  const { receive, busy } = useReceptionActions();
  const clock = useWaitClock();

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="reception-waiting-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="reception-waiting-title">
          {t('waiting.title', { count: waiting.length })}
        </Title>
        {standardMinutes !== null ? (
          <Text size="sm" c="gray.7">
            {t('waiting.standard', { minutes: standardMinutes })}
          </Text>
        ) : null}
      </Group>
      {error ? (
        <Text size="sm" c="red.8">
          {t('waiting.error')}
        </Text>
      ) : waiting.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('waiting.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {waiting.map((entry) => {
            const seconds = clock.waitedSeconds(entry);
            // The domain's rule on the on-screen wait: a visitor turns late the moment the standard passes.
            const late = entry.late || (standardMinutes !== null && isReceptionLate(new Date(0), new Date(seconds * 1000), new Date(seconds * 1000), standardMinutes));
            return (
              <Group key={entry.id} component="li" justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text size="sm" fw={600}>
                    {entry.requester ? requesterLabel(entry.requester) : t('anonymous')} · {t(`category.${entry.category}`)}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {t('waiting.arrived', { at: dateTime(entry.arrivedAt as string) })} · {entry.summary}
                  </Text>
                </div>
                <Group gap="xs">
                  <Badge color={late ? 'red' : 'blue'} variant={late ? 'filled' : 'light'} tt="none">
                    {late ? t('late', { waited: waitedLabel(seconds, t) }) : t('waiting.waited', { waited: waitedLabel(seconds, t) })}
                  </Badge>
                  {canReceive ? (
                    <Button
                      size="compact-sm"
                      loading={busy}
                      onClick={() => void receive(entry.id).then(() => notify.success(t('waiting.received')), (e: unknown) => notify.failure(e))}
                      aria-label={t('waiting.receiveOf', { name: entry.requester ? requesterLabel(entry.requester) : t('anonymous') })}
                    >
                      {t('waiting.receive')}
                    </Button>
                  ) : null}
                </Group>
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
