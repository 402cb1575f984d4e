import { List, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssignmentOpenWork } from '../hooks/useAssignmentOpenWork';
import { useStaffOptions } from '../hooks/useStaffOptions';

const ticketNo = (n: number) => `KF-${String(n).padStart(6, '0')}`;

type Props = {
  assignmentId: string;
  leaverName: string;
  /** The picked recipient's props from the form (value, onChange, error). */
  pickerProps: { value: string; onChange: (value: string | null) => void; error?: React.ReactNode };
};

/** The leaver's open tickets and follow-ups, and who takes them over when the assignment ends. */
export function OpenWorkHandover({ assignmentId, leaverName, pickerProps }: Props) {
  const { t } = useTranslation('org');
  const { tickets, followUps, loading } = useAssignmentOpenWork(assignmentId);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { options } = useStaffOptions(debounced);
  if (loading) return null;
  if (tickets.length === 0 && followUps.length === 0) {
    return (
      <Text size="xs" c="gray.7">
        {t('endAssignment.noOpenWork', { name: leaverName })}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('endAssignment.openWork', { name: leaverName, tickets: tickets.length, followUps: followUps.length })}
      </Text>
      <List size="xs" spacing={2} aria-label={t('endAssignment.openWorkList')}>
        {tickets.map((ticket) => (
          <List.Item key={ticket.id}>{t('endAssignment.ticketItem', { number: ticketNo(ticket.number), title: ticket.title })}</List.Item>
        ))}
        {followUps.map((followUp) => (
          <List.Item key={followUp.id}>{t('endAssignment.followUpItem', { number: ticketNo(followUp.ticketNumber), title: followUp.ticketTitle })}</List.Item>
        ))}
      </List>
      <Select
        size="xs"
        label={t('endAssignment.handOverTo')}
        description={t('endAssignment.handOverHint')}
        placeholder={t('assign.staffPlaceholder')}
        searchable
        clearable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        nothingFoundMessage={t('assign.noStaffFound')}
        data={options.map((o) => ({ value: o.id, label: `${o.name}（${o.employeeNo}）`, disabled: !o.active }))}
        comboboxProps={{ withinPortal: true }}
        {...pickerProps}
      />
    </Stack>
  );
}
