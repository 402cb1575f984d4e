import { Anchor, Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { formatTicketNumber } from '@kefu/domain/tickets';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../ui/format/useFormatters';
import { FollowUpCallControls } from './FollowUpCallControls';
import { FollowUpDecisionControls } from './FollowUpDecisionControls';

const STATUS_COLOR = { OPEN: 'blue', AWAITING_DECISION: 'orange', DONE: 'green' } as const;

/** One follow-up: the ticket, when it is due, its calls so far, and what the viewer may do next. */
export function FollowUpCard({ followUp }: { followUp: FollowUpFieldsFragment }) {
  const { t } = useTranslation('followups');
  const { dateTime } = useFormatters();
  const number = formatTicketNumber(followUp.ticketNumber);
  const title = `${number} ${followUp.ticketTitle}`;
  return (
    <Card withBorder padding="sm" component="li" aria-label={t('cardLabel', { number })}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>
            {followUp.ticket ? (
              <Anchor component={Link} to={`/tickets/${encodeURIComponent(followUp.ticket.id)}`} inherit>
                {title}
              </Anchor>
            ) : (
              title
            )}
          </Text>
          <Group gap={4} wrap="wrap">
            <Badge color={STATUS_COLOR[followUp.status]} variant="light">
              {t(`status.${followUp.status}`)}
            </Badge>
            {followUp.overdue && (
              <Badge color="red" variant="filled">
                {t('overdue')}
              </Badge>
            )}
            {followUp.ticketReopenCount > 0 && (
              <Badge color="grape" variant="outline" style={{ textTransform: 'none' }}>
                {t('reopened', { count: followUp.ticketReopenCount })}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('meta', { due: dateTime(followUp.dueAt), handler: followUp.handler?.name ?? t('nobody'), caller: followUp.caller?.name ?? t('nobody') })}
        </Text>
        {followUp.status === 'OPEN' && (
          <Text size="sm">
            {followUp.nextCallAt ? t('nextCall', { at: dateTime(followUp.nextCallAt), left: followUp.attemptsLeft }) : t('attemptsLeft', { count: followUp.attemptsLeft })}
          </Text>
        )}
        {followUp.callerMustNotBeHandler && (
          <Text size="xs" c="dimmed">
            {t('otherCaller')}
          </Text>
        )}
        {followUp.attempts.length > 0 && (
          <List size="sm" spacing={2} aria-label={t('attempts')}>
            {followUp.attempts.map((a, i) => (
              <List.Item key={i}>
                {a.result === 'FAILED'
                  ? t('attempt.failed', { at: dateTime(a.at), caller: a.caller?.name ?? '', retry: a.retryAt ? dateTime(a.retryAt) : t('attempt.toSupervisor') })
                  : t('attempt.reached', { at: dateTime(a.at), caller: a.caller?.name ?? '', outcome: t(`outcome.${a.outcome ?? 'SATISFIED'}`), satisfaction: a.satisfaction ?? '' })}
                {a.note ? ` · ${a.note}` : ''}
              </List.Item>
            ))}
          </List>
        )}
        <FollowUpCallControls followUp={followUp} />
        <FollowUpDecisionControls followUp={followUp} />
      </Stack>
    </Card>
  );
}
