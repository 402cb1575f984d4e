import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TEXT_LIMITS } from '@kefu/domain/tickets';
import { useTranslation } from 'react-i18next';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { useCommandSubmit } from '../hooks/useCommandSubmit';
import type { CommandFormProps } from '../utils/command-form';
import { CommandFormShell } from './CommandFormShell';

export function ReasonForm({ command, run, running, onClose }: CommandFormProps & { command: 'ESCALATE' | 'MARK_INVALID' | 'REOPEN' }) {
  const { t } = useTranslation('tickets');
  const form = useForm<{ reason: string }>({
    initialValues: { reason: '' },
    validateInputOnChange: ['reason'],
    validate: { reason: (v) => (v.trim() ? withinLimit(TEXT_LIMITS.reason, t)(v) : t('intake.required')) },
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
        {...form.getInputProps('reason')}
        {...textLimitProps(form.values.reason, TEXT_LIMITS.reason, t)}
      />
    </CommandFormShell>
  );
}
