import { Alert, Anchor, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffFieldsFragment } from '../../../gql/graphql';
import { FormAlert } from '../../ui/components/FormAlert';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { useStaffChanges, useStaffRecord } from '../hooks/useStaffRecord';
import { EditStaffForm } from './EditStaffForm';
import { StaffSignInSection } from './StaffSignInSection';

type Departure = { endedAssignments: number; withdrawnAssignments: number; revokedSessions: number; openTickets: number };

/** The tickets a departing person still holds, on the desk (the statuses before 反馈). */
const handoverLink = (staffId: string) => `/tickets?assignee=${encodeURIComponent(staffId)}&status=RECEIVED,ASSIGNED,RELAYED,IN_PROGRESS`;

/** A staff record's controls (edit, deactivate, reactivate) for a manager with `staff.edit`, and its history. */
export function StaffRecordPanel({ person, canEdit }: { person: StaffFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  const { deactivateStaff, reactivateStaff, loading } = useStaffRecord();
  const [editing, edit] = useDisclosure(false);
  const [confirming, confirm] = useDisclosure(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [departure, setDeparture] = useState<Departure | null>(null);
  const deactivate = async () => {
    setFailure(null);
    try {
      const result = await deactivateStaff(person.id);
      confirm.close();
      if (result) setDeparture(result);
      notify.success(t('deactivate.saved', { name: person.name }));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  const reactivate = async () => {
    setFailure(null);
    try {
      await reactivateStaff(person.id);
      setDeparture(null);
      notify.success(t('reactivate.saved', { name: person.name }));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <Stack gap="sm">
      {canEdit ? (
        <Group gap="xs">
          <Button size="compact-sm" variant="light" onClick={edit.open}>
            {t('editStaff.open')}
          </Button>
          {person.active ? (
            <Button size="compact-sm" variant="light" color="red" onClick={confirm.open}>
              {t('deactivate.open')}
            </Button>
          ) : (
            <Button size="compact-sm" variant="light" onClick={() => void reactivate()} loading={loading}>
              {t('reactivate.open')}
            </Button>
          )}
        </Group>
      ) : null}
      {!confirming ? <FormAlert message={failure} /> : null}
      {departure ? (
        <Alert color={departure.openTickets > 0 ? 'yellow' : 'gray'} variant="light" title={t('deactivate.doneTitle', { name: person.name })}>
          <Text size="sm">
            {t('deactivate.summary', { ended: departure.endedAssignments + departure.withdrawnAssignments, sessions: departure.revokedSessions })}
          </Text>
          {departure.openTickets > 0 ? (
            <Anchor component={Link} to={handoverLink(person.id)} size="sm">
              {t('deactivate.openTickets', { count: departure.openTickets })}
            </Anchor>
          ) : (
            <Text size="sm">{t('deactivate.noOpenTickets')}</Text>
          )}
        </Alert>
      ) : null}
      {canEdit && person.active ? <StaffSignInSection staffId={person.id} name={person.name} /> : null}
      <StaffChanges id={person.id} name={person.name} />
      <Modal opened={editing} onClose={edit.close} title={t('editStaff.title', { name: person.name })} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        <EditStaffForm person={person} onDone={edit.close} />
      </Modal>
      <Modal opened={confirming} onClose={confirm.close} title={t('deactivate.title', { name: person.name })} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        <Stack>
          <FormAlert message={failure} />
          <Text size="sm">{t('deactivate.explain')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" onClick={() => void deactivate()} loading={loading}>
              {t('deactivate.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function StaffChanges({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const { changes, hasMore, loadMore, loading } = useStaffChanges(id);
  const value = (field: string, v: string | null) =>
    v === null || v === '' ? '—' : field === 'ACTIVE' ? t(v === 'true' ? 'changes.active' : 'changes.inactive') : v;
  if (loading && changes.length === 0) return null;
  if (changes.length === 0) return <Text size="sm" c="gray.7">{t('changes.empty')}</Text>;
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder verticalSpacing={4} fz="sm">
          <caption>{t('changes.caption', { name })}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('changes.when')}</Table.Th>
              <Table.Th scope="col">{t('changes.who')}</Table.Th>
              <Table.Th scope="col">{t('changes.field')}</Table.Th>
              <Table.Th scope="col">{t('changes.from')}</Table.Th>
              <Table.Th scope="col">{t('changes.to')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((c, i) => (
              <Table.Tr key={`${c.changedAt}-${c.field}-${i}`}>
                <Table.Td>{format.dateTime(c.changedAt)}</Table.Td>
                <Table.Td>{c.changedBy?.name ?? '—'}</Table.Td>
                <Table.Td>{t(`changes.fields.${c.field}`)}</Table.Td>
                <Table.Td>{value(c.field, c.from)}</Table.Td>
                <Table.Td>{value(c.field, c.to)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasMore ? (
        <Button size="compact-sm" variant="subtle" onClick={() => void loadMore()} style={{ alignSelf: 'flex-start' }}>
          {t('common:actions.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
