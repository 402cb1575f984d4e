import { Group, List, Radio, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssignmentOpenWork } from '../hooks/useAssignmentOpenWork';
import { useStaffOptions } from '../hooks/useStaffOptions';

const ticketNo = (n: number) => `KF-${String(n).padStart(6, '0')}`;

/** Where the open work goes: to a person picked below, or back to the unit's queue (退回本部门队列). */
export type HandOverMode = 'person' | 'queue';

type Props = {
  assignmentId: string;
  leaverName: string;
  /** The chosen way from the form (value, onChange, error). */
  modeProps: { value: HandOverMode; onChange: (value: HandOverMode) => void; error?: React.ReactNode };
  /** The picked recipient's props from the form (value, onChange, error). */
  pickerProps: { value: string; onChange: (value: string | null) => void; error?: React.ReactNode };
};

/** The leaver's open tickets and follow-ups, and who takes them over when the assignment ends. */
export function OpenWorkHandover({ assignmentId, leaverName, modeProps, pickerProps }: Props) {
  const { t } = useTranslation('org');
  const { tickets, followUps, unseenTickets, loading } = useAssignmentOpenWork(assignmentId);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { options } = useStaffOptions(debounced);
  if (loading) return null;
  if (tickets.length === 0 && followUps.length === 0 && unseenTickets === 0) {
    return (
      <Text size="xs" c="gray.7">
        {t('endAssignment.noOpenWork', { name: leaverName })}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('endAssignment.openWork', { name: leaverName, tickets: tickets.length + unseenTickets, followUps: followUps.length })}
      </Text>
      {unseenTickets > 0 ? (
        <Text size="xs" c="red.8">
          {t('endAssignment.unseenTickets', { count: unseenTickets })}
        </Text>
      ) : null}
      <List size="xs" spacing={2} aria-label={t('endAssignment.openWorkList')}>
        {tickets.map((ticket) => (
          <List.Item key={ticket.id}>{t('endAssignment.ticketItem', { number: ticketNo(ticket.number), title: ticket.title })}</List.Item>
        ))}
        {followUps.map((followUp) => (
          <List.Item key={followUp.id}>{t('endAssignment.followUpItem', { number: ticketNo(followUp.ticketNumber), title: followUp.ticketTitle })}</List.Item>
        ))}
      </List>
      <Radio.Group
        size="xs"
        label={t('endAssignment.handOverMode')}
        value={modeProps.value}
        onChange={(value) => modeProps.onChange(value === 'queue' ? 'queue' : 'person')}
        error={modeProps.error}
      >
        <Group gap="md" mt={4}>
          <Radio size="xs" value="person" label={t('endAssignment.toPerson')} />
          <Radio size="xs" value="queue" label={t('endAssignment.toQueue')} />
        </Group>
      </Radio.Group>
      {modeProps.value === 'queue' ? (
        <Text size="xs" c="gray.7">
          {t('endAssignment.toQueueHint')}
        </Text>
      ) : (
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
      )}
    </Stack>
  );
}
