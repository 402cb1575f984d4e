import { Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketEventItemFragment } from '../../../gql/graphql';
import { useLocalized } from '../../ui/format/localized-text';
import { useFormatters } from '../../ui/format/useFormatters';

type Props = { events: readonly TicketEventItemFragment[] };

/** Every event, oldest first, as the gateway keeps them (append-only). */
export function TicketTimeline({ events }: Props) {
  const { t } = useTranslation('tickets');
  const time = useFormatters();
  const localized = useLocalized();
  if (events.length === 0) return <Text c="gray.7">{t('detail.timelineEmpty')}</Text>;

  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('detail.timeline')}>
      {events.map((event) => {
        const actor =
          event.actorKind === 'STAFF'
            ? (event.actor?.name ?? t('event.bySystem'))
            : event.actorKind === 'REQUESTER'
              ? t('event.byRequester')
              : t('event.bySystem');
        return (
          <Timeline.Item
            key={event.id}
            component="li"
            data-event-type={event.type}
            title={
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm" component="span">
                  {t(`event.${event.type}`)}
                </Text>
                {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
                  <Text size="xs" c="gray.7" component="span">
                    {t('event.statusChange', { from: t(`status.${event.fromStatus}`), to: t(`status.${event.toStatus}`) })}
                  </Text>
                )}
                {!event.visibleToRequester && (
                  <Badge size="xs" variant="outline" color="gray.7" style={{ textTransform: 'none' }}>
                    {t('event.internal')}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="xs" c="gray.7">
              <time dateTime={event.at}>{time.dateTime(event.at)}</time> · {actor}
            </Text>
            {event.assignee &&
              (event.resolverBecameHandler ? (
                <Text size="sm">{t('event.resolverBecameHandler', { name: event.assignee.name })}</Text>
              ) : (
                <Text size="sm">{t('event.toAssignee', { name: event.assignee.name })}</Text>
              ))}
            {event.type === 'RELAYED' && (event.departmentName || event.department) && (
              <Text size="sm">
                {t('event.toDepartment', { department: event.departmentName ? localized(event.departmentName) : t(`department.${event.department}`) })}
              </Text>
            )}
            {event.type !== 'RELAYED' && event.departmentName && <Text size="sm">{localized(event.departmentName)}</Text>}
            {event.satisfaction !== null && <Text size="sm">{t('event.satisfaction', { value: event.satisfaction })}</Text>}
            {event.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {event.note}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
