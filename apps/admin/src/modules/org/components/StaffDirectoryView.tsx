import { Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { StaffFieldsFragment } from '../../../gql/graphql';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useLocalized } from '../../ui/format/localized-text';
import { useOrgChart } from '../hooks/useOrgChart';
import { useOrgPermissions } from '../hooks/useOrgPermissions';
import { useStaffDirectory } from '../hooks/useStaffDirectory';
import { AssignmentHistoryTable } from './AssignmentHistoryTable';
import { AssignStaffForm } from './AssignStaffForm';
import { CreateStaffForm } from './CreateStaffForm';
import { EndAssignmentForm } from './EndAssignmentForm';
import { StaffImportDialog } from './StaffImportDialog';
import { StaffRecordPanel } from './StaffRecordPanel';

/** 员工名录: search and filter the department's people, their assignments over time. */
export function StaffDirectoryView() {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const { canEditStaff, canEditAssignments } = useOrgPermissions();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [debouncedText] = useDebouncedValue(text, 300);
  const unitId = params.get('unit') ?? '';
  const positionId = params.get('position') ?? '';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedText.trim()) next.set('q', debouncedText.trim());
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedText, setParams]);
  const { chart } = useOrgChart();
  const directory = useStaffDirectory({ text: params.get('q') ?? '', unitId, positionId });
  const [creating, create] = useDisclosure(false);
  const [importing, importer] = useDisclosure(false);
  const [open, setOpen] = useState<string | null>(null);
  const filtered = Boolean(params.get('q') || unitId || positionId);
  const clear = () => {
    setText('');
    setParams(new URLSearchParams(), { replace: true });
  };
  return (
    <>
      <PageHeader
        title={t('staff.title')}
        description={t('staff.description')}
        actions={
          canEditStaff ? (
            <Group gap="sm">
              <Button variant="light" onClick={importer.open}>
                {t('import.open')}
              </Button>
              <Button onClick={create.open}>{t('createStaff.open')}</Button>
            </Group>
          ) : null
        }
      />
      {canEditStaff ? <StaffImportDialog opened={importing} onClose={importer.close} /> : null}
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap" role="search" aria-label={t('staff.filters')}>
        <TextInput
          label={t('staff.search')}
          placeholder={t('staff.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          type="search"
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('staff.unit')}
          placeholder={t('staff.anyUnit')}
          data={chart?.units.map((u) => ({ value: u.id, label: localized(u.name) })) ?? []}
          value={unitId || null}
          onChange={(v) => setParam('unit', v)}
          clearable
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('staff.position')}
          placeholder={t('staff.anyPosition')}
          data={chart?.positions.map((p) => ({ value: p.id, label: localized(p.title) })) ?? []}
          value={positionId || null}
          onChange={(v) => setParam('position', v)}
          searchable
          clearable
          w={{ base: '100%', sm: 240 }}
        />
        {filtered ? (
          <Button variant="subtle" onClick={clear}>
            {t('staff.clearFilters')}
          </Button>
        ) : null}
      </Group>
      {directory.loading ? (
        <PageSkeleton rows={8} />
      ) : directory.error ? (
        <QueryErrorState error={directory.error} onRetry={() => void directory.refetch()} />
      ) : directory.staff.length === 0 ? (
        <EmptyState
          title={filtered ? t('staff.noMatch') : t('staff.empty')}
          description={filtered ? t('staff.noMatchHint') : canEditStaff ? t('staff.emptyHint') : undefined}
          action={
            filtered ? (
              <Button variant="light" onClick={clear}>
                {t('staff.clearFilters')}
              </Button>
            ) : canEditStaff ? (
              <Button onClick={create.open}>{t('createStaff.open')}</Button>
            ) : null
          }
        />
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover withTableBorder verticalSpacing="sm" aria-label={t('staff.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('staff.name')}</Table.Th>
                  <Table.Th scope="col">{t('staff.employeeNo')}</Table.Th>
                  <Table.Th scope="col">{t('staff.phone')}</Table.Th>
                  <Table.Th scope="col">{t('staff.currentPositions')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="kefu-visually-hidden">{t('staff.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {directory.staff.map((person) => (
                  <StaffRow
                    key={person.id}
                    person={person}
                    open={open === person.id}
                    onToggle={() => setOpen(open === person.id ? null : person.id)}
                    canAssign={canEditAssignments}
                    canEdit={canEditStaff}
                    positions={chart?.positions ?? []}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {directory.hasMore ? (
            <Button variant="default" onClick={() => void directory.loadMore()} loading={directory.loadingMore} style={{ alignSelf: 'center' }}>
              {t('common:actions.loadMore')}
            </Button>
          ) : null}
        </Stack>
      )}
      <Modal opened={creating} onClose={create.close} title={t('createStaff.title')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        <CreateStaffForm onDone={create.close} />
      </Modal>
    </>
  );
}

type RowProps = {
  person: StaffFieldsFragment;
  open: boolean;
  onToggle: () => void;
  canAssign: boolean;
  canEdit: boolean;
  positions: readonly { id: string; title: { zh: string; en: string } }[];
};

function StaffRow({ person, open, onToggle, canAssign, canEdit, positions }: RowProps) {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const current = person.assignments.filter((a) => a.current);
  const detailsId = `staff-details-${person.id}`;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td>
          <Text fw={600} size="sm">
            {person.name}
          </Text>
          {!person.active ? (
            <Badge size="xs" color="gray">
              {t('staff.inactive')}
            </Badge>
          ) : null}
        </Table.Td>
        <Table.Td>{person.employeeNo}</Table.Td>
        <Table.Td>{person.phone ?? '—'}</Table.Td>
        <Table.Td>
          {current.length === 0 ? (
            <Text size="sm" c="gray.7">
              {t('staff.noPosition')}
            </Text>
          ) : (
            <Group gap={4}>
              {current.map((a) => (
                <Badge key={a.id} variant="light" color={a.acting ? 'grape' : 'blue'} size="sm" tt="none">
                  {localized(a.position.title)}
                  {a.acting ? `（${t('holders.acting')}）` : ''}
                </Badge>
              ))}
            </Group>
          )}
        </Table.Td>
        <Table.Td>
          <Button size="compact-sm" variant="subtle" onClick={onToggle} aria-expanded={open} aria-controls={detailsId}>
            {open ? t('staff.hideHistory') : t('staff.showHistory')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={5} bg="gray.0">
            <Stack gap="sm" py="xs">
              <StaffRecordPanel person={person} canEdit={canEdit} />
              <AssignmentHistoryTable assignments={person.assignments} show="position" caption={t('staff.historyOf', { name: person.name })} />
              {canAssign && person.active
                ? current.map((a) => (
                    <Stack key={a.id} gap={4} maw={420}>
                      <EndAssignmentForm assignment={a} label={t('endAssignment.endsOnPosition', { position: localized(a.position.title) })} />
                    </Stack>
                  ))
                : null}
              {canAssign && person.active ? (
                <Stack gap={4} maw={420}>
                  <Text fw={600} size="sm">
                    {t('assign.titleFor', { name: person.name })}
                  </Text>
                  <AssignStaffForm staff={person} positions={positions} />
                </Stack>
              ) : null}
            </Stack>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}
