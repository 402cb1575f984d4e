import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TEXT_LIMITS } from '@kefu/domain/tickets';
import { useTranslation } from 'react-i18next';
import { useCommandSubmit } from '../hooks/useCommandSubmit';
import type { CommandFormProps } from '../utils/command-form';
import { CommandFormShell } from './CommandFormShell';

export function ReasonForm({ command, run, running, onClose }: CommandFormProps & { command: 'ESCALATE' | 'MARK_INVALID' | 'REOPEN' }) {
  const { t } = useTranslation('tickets');
  const form = useForm<{ reason: string }>({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('intake.required')) },
  });
  const { shell, submitWith } = useCommandSubmit(form, { running, onClose });
  return (
    <CommandFormShell
      {...shell}
      submitLabel={t(`action.${command}`)}
      onSubmit={submitWith((v) => run(command, { reason: v.reason.trim() }))}
    >
      <Textarea
        data-autofocus
        label={t('action.fields.reason')}
        required
        autosize
        minRows={2}
        maxLength={TEXT_LIMITS.reason}
        {...form.getInputProps('reason')}
      />
    </CommandFormShell>
  );
}
