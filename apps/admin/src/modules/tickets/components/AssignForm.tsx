import { Select } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../gql/graphql';
import { useCommandSubmit } from '../hooks/useCommandSubmit';
import { useStaffLookup } from '../hooks/useStaffLookup';
import type { CommandFormProps } from '../utils/command-form';
import { SEVERITY_VALUES } from '../utils/ticket-filter-params';
import { CommandFormShell } from './CommandFormShell';

export function AssignForm({ ticket, run, running, onClose }: CommandFormProps) {
  const { t } = useTranslation('tickets');
  const [search, setSearch] = useState('');
  const { staff } = useStaffLookup(search);
  const form = useForm<{ assigneeId: string | null; severity: Severity | null }>({
    initialValues: { assigneeId: null, severity: null },
    validate: { assigneeId: (v) => (v ? null : t('intake.required')) },
  });
  const { shell, submitWith } = useCommandSubmit(form, { running, onClose });
  const options = staff.filter((s) => s.id !== ticket.assignee?.id).map((s) => ({ value: s.id, label: `${s.name} (${s.employeeNo})` }));
  return (
    <CommandFormShell
      {...shell}
      submitLabel={t('action.ASSIGN')}
      onSubmit={submitWith((v) => run('ASSIGN', { assigneeId: v.assigneeId ?? '', severity: v.severity }))}
    >
      <Select
        data-autofocus
        label={t('action.fields.assignee')}
        placeholder={t('action.fields.assigneePlaceholder')}
        required
        searchable
        filter={({ options: all }) => all}
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        {...form.getInputProps('assigneeId')}
      />
      <Select
        label={t('action.fields.severity')}
        placeholder={t('action.fields.keepSeverity')}
        clearable
        data={SEVERITY_VALUES.map((value) => ({ value, label: t(`severity.${value}`) }))}
        {...form.getInputProps('severity')}
      />
    </CommandFormShell>
  );
}
