import { Anchor, Badge, Button, Group, Menu, Modal, Stack, Table, Text } from '@mantine/core';
import { formatTicketNumber } from '@kefu/domain/tickets';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReceptionEntryFieldsFragment } from '../../../gql/graphql';
import { ticketPath } from '../../tickets/components/TicketQueue';
import { requesterLabel } from '../../tickets/utils/requester-label';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { useReceptionActions } from '../hooks/useReceptionActions';
import { useReceptionLog } from '../hooks/useReceptionLog';
import { useReceptionPermissions } from '../hooks/useReceptionPermissions';
import { waitedLabel } from '../hooks/useWaitClock';
import { OUTCOMES, ReceptionForm } from './ReceptionForm';
import { TurnIntoTicketForm } from './TurnIntoTicketForm';
import { WaitingPanel } from './WaitingPanel';

/** 接待登记: the hall's waiting view, the registration form and the log of every contact. */
export function ReceptionView() {
  const { t } = useTranslation('reception');
  const notify = useNotify();
  const { dateTime } = useFormatters();
  const { canRegister, canCreateTicket } = useReceptionPermissions();
  const log = useReceptionLog();
  const { recordOutcome } = useReceptionActions();
  const [registering, setRegistering] = useState(false);
  const [turning, setTurning] = useState<ReceptionEntryFieldsFragment | null>(null);
  const registerButton = canRegister ? <Button onClick={() => setRegistering(true)}>{t('register')}</Button> : null;
  const who = (entry: ReceptionEntryFieldsFragment) => (entry.requester ? requesterLabel(entry.requester) : t('anonymous'));

  const outcomeCell = (entry: ReceptionEntryFieldsFragment) => {
    if (entry.outcome === 'TICKET' && entry.ticketNumber) {
      const number = formatTicketNumber(entry.ticketNumber);
      return entry.ticket ? (
        <Anchor component={Link} to={ticketPath(entry.ticket.id)} size="sm">
          {t('outcome.ticketNumber', { number })}
        </Anchor>
      ) : (
        <Text size="sm">{t('outcome.ticketNumber', { number })}</Text>
      );
    }
    if (entry.outcome) return <Text size="sm">{t(`outcome.${entry.outcome}`)}</Text>;
    if (!canRegister || !entry.receivedAt) return <Text size="sm">{entry.receivedAt ? t('outcome.open') : t('outcome.waiting')}</Text>;
    return (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-sm" variant="light" aria-label={t('outcome.chooseFor', { name: who(entry) })}>
            {t('outcome.choose')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {OUTCOMES.map((outcome) => (
            <Menu.Item key={outcome} onClick={() => void recordOutcome(entry.id, outcome).catch((e: unknown) => notify.failure(e))}>
              {t(`outcome.${outcome}`)}
            </Menu.Item>
          ))}
          {canCreateTicket ? <Menu.Item onClick={() => setTurning(entry)}>{t('outcome.makeTicket')}</Menu.Item> : null}
        </Menu.Dropdown>
      </Menu>
    );
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={registerButton} />
      <WaitingPanel canReceive={canRegister} />
      {log.loading ? (
        <PageSkeleton rows={8} />
      ) : log.error ? (
        <QueryErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : log.entries.length === 0 ? (
        <EmptyState title={t('empty')} action={registerButton} />
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={860}>
            <Table highlightOnHover withTableBorder verticalSpacing="sm" aria-label={t('logTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.arrivedAt')}</Table.Th>
                  <Table.Th scope="col">{t('fields.channel')}</Table.Th>
                  <Table.Th scope="col">{t('fields.category')}</Table.Th>
                  <Table.Th scope="col">{t('fields.requester')}</Table.Th>
                  <Table.Th scope="col">{t('fields.summary')}</Table.Th>
                  <Table.Th scope="col">{t('fields.receivedAt')}</Table.Th>
                  <Table.Th scope="col">{t('fields.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{dateTime(entry.arrivedAt as string)}</Table.Td>
                    <Table.Td>{t(`channel.${entry.channel}`)}</Table.Td>
                    <Table.Td>{t(`category.${entry.category}`)}</Table.Td>
                    <Table.Td>{who(entry)}</Table.Td>
                    <Table.Td maw={280}>
                      <Text size="sm" lineClamp={2}>
                        {entry.summary}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {entry.receivedAt ? (
                        <Stack gap={2}>
                          <Text size="sm">
                            {dateTime(entry.receivedAt as string)}
                            {entry.receivedBy ? ` · ${entry.receivedBy.name}` : ''}
                          </Text>
                          <Group gap={4}>
                            <Badge size="sm" tt="none" color={entry.late ? 'red' : 'green'} variant={entry.late ? 'filled' : 'light'}>
                              {entry.late ? t('late', { waited: waitedLabel(entry.waitedSeconds, t) }) : t('onTime')}
                            </Badge>
                          </Group>
                        </Stack>
                      ) : (
                        <Badge size="sm" tt="none" color={entry.late ? 'red' : 'blue'} variant="light">
                          {t('outcome.waiting')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{outcomeCell(entry)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {log.hasMore ? (
            <Button variant="default" onClick={() => void log.loadMore()} loading={log.loadingMore} style={{ alignSelf: 'center' }}>
              {t('common:actions.loadMore')}
            </Button>
          ) : null}
        </Stack>
      )}
      <Modal opened={registering} onClose={() => setRegistering(false)} size="lg" title={t('form.title')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        {registering ? <ReceptionForm onDone={() => setRegistering(false)} /> : null}
      </Modal>
      <Modal opened={turning !== null} onClose={() => setTurning(null)} size="lg" title={t('ticket.formTitle')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        {turning ? <TurnIntoTicketForm entry={turning} onDone={() => setTurning(null)} /> : null}
      </Modal>
    </>
  );
}
