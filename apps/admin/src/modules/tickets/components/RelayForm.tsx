import { Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TEXT_LIMITS } from '@kefu/domain/tickets';
import { useTranslation } from 'react-i18next';
import type { PeerDepartment } from '../../../gql/graphql';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { useCommandSubmit } from '../hooks/useCommandSubmit';
import { optional, type CommandFormProps } from '../utils/command-form';
import { CommandFormShell } from './CommandFormShell';

const PEER_DEPARTMENTS = [
  'ENGINEERING',
  'PROPERTY',
  'LOGISTICS',
  'TECHNICAL',
  'LEASING',
  'MARKETING',
  'ADVERTISING',
  'FLOOR_MANAGER',
] as const satisfies readonly PeerDepartment[];

export function RelayForm({ run, running, onClose }: CommandFormProps) {
  const { t } = useTranslation('tickets');
  const form = useForm<{ department: PeerDepartment | null; note: string }>({
    initialValues: { department: null, note: '' },
    validateInputOnChange: ['note'],
    validate: { department: (v) => (v ? null : t('intake.required')), note: withinLimit(TEXT_LIMITS.note, t) },
  });
  const { shell, submitWith } = useCommandSubmit(form, { running, onClose });
  return (
    <CommandFormShell
      {...shell}
      submitLabel={t('action.RELAY')}
      onSubmit={submitWith((v) => run('RELAY', { department: v.department as PeerDepartment, note: optional(v.note) }))}
    >
      <Select
        data-autofocus
        label={t('action.fields.department')}
        required
        allowDeselect={false}
        data={PEER_DEPARTMENTS.map((value) => ({ value, label: t(`department.${value}`) }))}
        {...form.getInputProps('department')}
      />
      <Textarea label={t('action.fields.note')} autosize minRows={2} {...form.getInputProps('note')} {...textLimitProps(form.values.note, TEXT_LIMITS.note, t)} />
    </CommandFormShell>
  );
}
