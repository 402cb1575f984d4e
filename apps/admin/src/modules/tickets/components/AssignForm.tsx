import { Select } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../gql/graphql';
import { useCommandSubmit } from '../hooks/useCommandSubmit';
import { useAssignmentCandidates } from '../hooks/useAssignmentCandidates';
import type { CommandFormProps } from '../utils/command-form';
import { SEVERITY_VALUES } from '../utils/ticket-filter-params';
import { CommandFormShell } from './CommandFormShell';

export function AssignForm({ ticket, run, running, onClose }: CommandFormProps) {
  const { t, i18n } = useTranslation('tickets');
  const { candidates, loading } = useAssignmentCandidates(ticket.id);
  const text = (x: { zh: string; en: string }) => (i18n.language.startsWith('en') ? x.en : x.zh);
  const form = useForm<{ assigneeId: string | null; severity: Severity | null }>({
    initialValues: { assigneeId: null, severity: null },
    validate: { assigneeId: (v) => (v ? null : t('intake.required')) },
  });
  const { shell, submitWith } = useCommandSubmit(form, { running, onClose });
  // Grouped as the gateway orders them: the ticket's unit first, then everyone else who may work it.
  const option = (c: (typeof candidates)[number]) => ({
    value: c.staff.id,
    label: t('action.fields.candidate', { name: c.staff.name, position: text(c.position.title), open: c.openTickets }),
  });
  const inUnit = candidates.filter((c) => c.inTicketUnit).map(option);
  const elsewhere = candidates.filter((c) => !c.inTicketUnit).map(option);
  const options = [
    ...(inUnit.length > 0 ? [{ group: t('action.fields.candidatesInUnit'), items: inUnit }] : []),
    ...(elsewhere.length > 0 ? [{ group: t('action.fields.candidatesElsewhere'), items: elsewhere }] : []),
  ];
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
        nothingFoundMessage={loading ? t('action.fields.candidatesLoading') : t('action.fields.noCandidates')}
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
