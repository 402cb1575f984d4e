import { Alert, Anchor, Badge, Button, Grid, Group, Image, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketDetailFragment } from '../../../gql/graphql';
import { useMarkTicketSeen } from '../hooks/useMarkTicketSeen';
import { useTicket } from '../hooks/useTicket';
import { useFormatters } from '../../ui/format/useFormatters';
import { useTransitionTicket } from '../hooks/useTransitionTicket';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { formatTicketNumber } from '@kefu/domain/tickets';
import { ComplaintSubjectCard } from './ComplaintSubjectCard';
import { SlaBadge } from './SlaBadge';
import { TicketActions } from './TicketActions';
import { TicketNotFound } from './TicketNotFound';
import { SeverityBadge, TicketStatusBadge } from './TicketStatusBadge';
import { ReopenedBadge } from './TicketQueue';
import { TicketRelayPanel } from '../../relays/components/TicketRelayPanel';
import { TicketTimeline } from './TicketTimeline';

type Notice = 'conflict' | 'changedElsewhere';

export function TicketDetail({ id }: { id: string }) {
  const { t } = useTranslation('tickets');
  const [notice, setNotice] = useState<Notice | null>(null);
  const onChangedElsewhere = useCallback(() => setNotice('changedElsewhere'), []);
  const { ticket, loading, notFound, error, refetch, ownChanges } = useTicket(id, { onChangedElsewhere });

  if (loading) return <TicketDetailSkeleton />;
  if (notFound) return <TicketNotFound />;
  if (!ticket) {
    return (
      <Alert color="red" role="alert" title={t('detail.error', { message: error ? errorMessage(error, t) : '' })}>
        <Button variant="white" color="red" size="compact-sm" onClick={() => void refetch()}>
          {t('desk.retry')}
        </Button>
      </Alert>
    );
  }
  return (
    <LoadedTicket
      ticket={ticket}
      notice={notice}
      setNotice={setNotice}
      reload={refetch}
      ownChanges={ownChanges}
    />
  );
}

type LoadedProps = {
  ticket: TicketDetailFragment;
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  reload: () => Promise<void>;
  ownChanges: ReturnType<typeof useTicket>['ownChanges'];
};

function LoadedTicket({ ticket, notice, setNotice, reload, ownChanges }: LoadedProps) {
  const { t } = useTranslation('tickets');
  const onConflict = useCallback(() => setNotice('conflict'), [setNotice]);
  const transition = useTransitionTicket(ticket, { ownChanges, reload, onConflict });
  // Acting on the latest version settles any earlier notice.
  const run: typeof transition.run = useCallback(
    async (command, args) => {
      const outcome = await transition.run(command, args);
      if (outcome.ok) setNotice(null);
      return outcome;
    },
    [transition, setNotice],
  );
  const { running } = transition;
  useMarkTicketSeen(ticket);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/tickets" size="sm" c="blue.8">
        ← {t('detail.back')}
      </Anchor>
      <div>
        <Group gap="xs" mb={4}>
          <Text ff="monospace" c="gray.7" size="sm">
            {formatTicketNumber(ticket.number)}
          </Text>
          <TicketStatusBadge status={ticket.status} />
          <SeverityBadge severity={ticket.severity} />
          <SlaBadge state={ticket.slaState} dueAt={ticket.dueAt} />
          {ticket.reopenCount > 0 && <ReopenedBadge count={ticket.reopenCount} />}
        </Group>
        <Title order={1} size="h2">
          {ticket.title}
        </Title>
      </div>
      {notice && (
        <Alert
          color={notice === 'conflict' ? 'orange' : 'blue'}
          role={notice === 'conflict' ? 'alert' : 'status'}
          withCloseButton
          onClose={() => setNotice(null)}
          title={notice === 'conflict' ? t('action.conflict') : t('detail.changedElsewhere')}
        />
      )}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ticket-description-title">
              <Title order={2} size="h5" id="ticket-description-title" mb="xs">
                {t('detail.description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{ticket.description}</Text>
              {ticket.photos.length > 0 && <TicketPhotos photos={ticket.photos} />}
            </Paper>
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ticket-timeline-title">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h5" id="ticket-timeline-title">
                  {t('detail.timeline')}
                </Title>
                <Badge variant="dot" color="teal.9" style={{ textTransform: 'none' }}>
                  {t('detail.live')}
                </Badge>
              </Group>
              <TicketTimeline events={ticket.timeline} />
            </Paper>
            <Paper withBorder p="md" radius="md">
              <TicketRelayPanel ticketId={ticket.id} open={ticket.availableActions.includes('RELAY')} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <TicketActions ticket={ticket} run={run} running={running} />
            <RequesterCard ticket={ticket} />
            {ticket.kind === 'COMPLAINT' && <ComplaintSubjectCard ticket={ticket} />}
            <DeadlinesCard ticket={ticket} />
            <FactsCard ticket={ticket} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

type Row = { label: string; value: ReactNode };

function FactList({ rows }: { rows: Row[] }) {
  return (
    <Stack gap={6} component="dl" m={0}>
      {rows.map((row) => (
        <Group key={row.label} justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text component="dt" size="sm" c="gray.7">
            {row.label}
          </Text>
          <Text component="dd" size="sm" m={0} ta="right">
            {row.value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function Card({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function RequesterCard({ ticket }: { ticket: TicketDetailFragment }) {
  const { t } = useTranslation('tickets');
  const { requester } = ticket;
  const shop = [requester.shopName, requester.shopUnit].filter(Boolean).join(' ');
  const rows: Row[] = [{ label: t('detail.requester'), value: t('detail.requesterValue', { name: requester.name, kind: t(`requesterKind.${requester.kind}`) }) }];
  if (shop) rows.push({ label: t('detail.shop'), value: shop });
  if (requester.phone) rows.push({ label: t('detail.phone'), value: <Anchor href={`tel:${requester.phone}`} c="blue.8">{requester.phone}</Anchor> });
  if (ticket.preferredContactTime) rows.push({ label: t('detail.preferredContactTime'), value: ticket.preferredContactTime });
  return (
    <Card title={t('detail.requester')} id="ticket-requester-title">
      <FactList rows={rows} />
    </Card>
  );
}

function DeadlinesCard({ ticket }: { ticket: TicketDetailFragment }) {
  const { t } = useTranslation('tickets');
  const time = useFormatters();
  const at = (iso: string | null) => (iso ? <time dateTime={iso}>{time.dateTime(iso)}</time> : t('detail.none'));
  const rows: Row[] = [
    { label: t('detail.receivedAt'), value: at(ticket.receivedAt) },
    { label: t('detail.handoverBy'), value: at(ticket.deadlines.handoverBy) },
    { label: t('detail.replyBy'), value: at(ticket.deadlines.replyBy) },
    { label: t('detail.resolveBy'), value: at(ticket.deadlines.resolveBy) },
  ];
  if (ticket.resolvedAt) rows.push({ label: t('detail.resolvedAt'), value: at(ticket.resolvedAt) });
  if (ticket.followUpDueAt) rows.push({ label: t('detail.followUpDueAt'), value: at(ticket.followUpDueAt) });
  if (ticket.closedAt) rows.push({ label: t('detail.closedAt'), value: at(ticket.closedAt) });
  return (
    <Card title={t('detail.deadlines')} id="ticket-deadlines-title">
      <FactList rows={rows} />
    </Card>
  );
}

function FactsCard({ ticket }: { ticket: TicketDetailFragment }) {
  const { t, i18n } = useTranslation('tickets');
  const rows: Row[] = [
    { label: t('detail.kind'), value: t(`kind.${ticket.kind}`) },
    { label: t('detail.channel'), value: t(`channel.${ticket.channel}`) },
    { label: t('detail.assignee'), value: ticket.assignee?.name ?? t('desk.unassigned') },
  ];
  if (ticket.unit) rows.push({ label: t('detail.unit'), value: i18n.language.startsWith('en') ? ticket.unit.name.en : ticket.unit.name.zh });
  if (ticket.location) rows.push({ label: t('detail.location'), value: ticket.location });
  if (ticket.repairCategory) rows.push({ label: t('intake.repairCategory'), value: t(`repairCategory.${ticket.repairCategory}`) });
  if (ticket.relayedTo) rows.push({ label: t('detail.relayedTo'), value: t(`department.${ticket.relayedTo}`) });
  if (ticket.escalationLevel > 0) rows.push({ label: t('detail.escalationLevel'), value: ticket.escalationLevel });
  if (ticket.reopenCount > 0) rows.push({ label: t('detail.reopenCount'), value: t('detail.reopenCountValue', { count: ticket.reopenCount }) });
  if (ticket.satisfaction !== null) rows.push({ label: t('detail.satisfaction'), value: t('detail.satisfactionValue', { value: ticket.satisfaction }) });
  return (
    <Card title={t('detail.facts')} id="ticket-facts-title">
      <FactList rows={rows} />
    </Card>
  );
}

function TicketPhotos({ photos }: { photos: TicketDetailFragment['photos'] }) {
  const { t } = useTranslation('tickets');
  return (
    <>
      <Title order={3} size="h6" mt="md" mb="xs">
        {t('detail.photos')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {photos.map((photo, index) => (
          <Anchor key={photo.id} href={photo.url} target="_blank" rel="noreferrer">
            <Image src={photo.url} alt={t('detail.photoAlt', { n: index + 1 })} h={120} fit="cover" radius="sm" />
          </Anchor>
        ))}
      </SimpleGrid>
    </>
  );
}

function TicketDetailSkeleton() {
  const { t } = useTranslation('tickets');
  return (
    <Stack gap="md" aria-busy="true" aria-label={t('detail.loading')}>
      <Skeleton height={14} width={120} />
      <Skeleton height={32} width="60%" />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Skeleton height={120} radius="md" mb="md" />
          <Skeleton height={260} radius="md" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton height={100} radius="md" mb="md" />
          <Skeleton height={160} radius="md" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
