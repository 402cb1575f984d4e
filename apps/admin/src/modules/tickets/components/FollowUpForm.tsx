import { Group, Radio, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TEXT_LIMITS } from '@kefu/domain/tickets';
import { useTranslation } from 'react-i18next';
import type { FollowUpChannel } from '../../../gql/graphql';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { useCommandSubmit } from '../hooks/useCommandSubmit';
import { optional, type CommandFormProps } from '../utils/command-form';
import { CommandFormShell } from './CommandFormShell';
import { LabelledSegments } from './LabelledSegments';

const FOLLOW_UP_CHANNELS = ['PHONE', 'ON_SITE'] as const satisfies readonly FollowUpChannel[];
const SATISFACTION = ['1', '2', '3', '4', '5'] as const;

export function FollowUpForm({ run, running, onClose }: CommandFormProps) {
  const { t } = useTranslation('tickets');
  const form = useForm<{ channel: FollowUpChannel; satisfaction: string; note: string }>({
    initialValues: { channel: 'PHONE', satisfaction: '', note: '' },
    validateInputOnChange: ['note'],
    validate: { satisfaction: (v) => (v ? null : t('intake.required')), note: withinLimit(TEXT_LIMITS.note, t) },
  });
  const { shell, submitWith } = useCommandSubmit(form, { running, onClose });
  return (
    <CommandFormShell
      {...shell}
      submitLabel={t('action.FOLLOW_UP')}
      onSubmit={submitWith((v) => run('FOLLOW_UP', { channel: v.channel, satisfaction: Number(v.satisfaction), note: optional(v.note) }))}
    >
      <LabelledSegments
        label={t('action.fields.channel')}
        value={form.values.channel}
        data={FOLLOW_UP_CHANNELS.map((value) => ({ value, label: t(`followUpChannel.${value}`) }))}
        onChange={(channel) => form.setFieldValue('channel', channel)}
      />
      <Radio.Group label={t('action.fields.satisfaction')} description={t('action.fields.satisfactionHint')} required {...form.getInputProps('satisfaction')}>
        <Group gap="lg" mt={6}>
          {SATISFACTION.map((value) => (
            <Radio key={value} value={value} label={value} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea label={t('action.fields.note')} autosize minRows={2} {...form.getInputProps('note')} {...textLimitProps(form.values.note, TEXT_LIMITS.note, t)} />
    </CommandFormShell>
  );
}
