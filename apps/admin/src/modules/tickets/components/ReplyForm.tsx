import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TEXT_LIMITS } from '@kefu/domain/tickets';
import { useTranslation } from 'react-i18next';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { useCommandSubmit } from '../hooks/useCommandSubmit';
import type { CommandFormProps } from '../utils/command-form';
import { CommandFormShell } from './CommandFormShell';

/** A clear answer to the requester (明确答复): they read it on their timeline. */
export function ReplyForm({ run, running, onClose }: CommandFormProps) {
  const { t } = useTranslation('tickets');
  const form = useForm<{ message: string }>({
    initialValues: { message: '' },
    validateInputOnChange: ['message'],
    validate: { message: (v) => (v.trim() ? withinLimit(TEXT_LIMITS.message, t)(v) : t('intake.required')) },
  });
  const { shell, submitWith } = useCommandSubmit(form, { running, onClose });
  return (
    <CommandFormShell {...shell} submitLabel={t('action.REPLY')} onSubmit={submitWith((v) => run('REPLY', { message: v.message.trim() }))}>
      <Textarea
        data-autofocus
        label={t('action.fields.message')}
        placeholder={t('action.fields.messageHint')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('message')}
        {...textLimitProps(form.values.message, TEXT_LIMITS.message, t)}
      />
    </CommandFormShell>
  );
}
