import { Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TEXT_LIMITS } from '@kefu/domain/tickets';
import { useTranslation } from 'react-i18next';
import type { RepairCategory } from '../../../gql/graphql';
import { useFormatters } from '../../ui/format/useFormatters';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { useCommandSubmit } from '../hooks/useCommandSubmit';
import type { CommandFormProps } from '../utils/command-form';
import { CommandFormShell } from './CommandFormShell';

const REPAIR_CATEGORIES = ['SAFETY', 'LEAK', 'OTHER'] as const satisfies readonly RepairCategory[];

export function ResolveForm({ ticket, run, running, onClose }: CommandFormProps) {
  const { t } = useTranslation('tickets');
  const isRepair = ticket.kind === 'REPAIR';
  const { fromInput, zoneNote } = useFormatters();
  const form = useForm<{ resolution: string; repairCategory: RepairCategory | null; waterTestAt: string }>({
    initialValues: { resolution: '', repairCategory: ticket.repairCategory, waterTestAt: '' },
    validateInputOnChange: ['resolution'],
    validate: { resolution: (v) => (v.trim() ? withinLimit(TEXT_LIMITS.resolution, t)(v) : t('intake.required')) },
  });
  const { shell, submitWith } = useCommandSubmit(form, { running, onClose });
  return (
    <CommandFormShell
      {...shell}
      submitLabel={t('action.RESOLVE')}
      onSubmit={submitWith((v) =>
        run('RESOLVE', {
          resolution: v.resolution.trim(),
          repairCategory: isRepair ? v.repairCategory : null,
          waterTestAt: isRepair && v.repairCategory === 'LEAK' && v.waterTestAt ? fromInput(v.waterTestAt) : null,
        }),
      )}
    >
      <Textarea
        data-autofocus
        label={t('action.fields.resolution')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('resolution')}
        {...textLimitProps(form.values.resolution, TEXT_LIMITS.resolution, t)}
      />
      {isRepair && (
        <Select
          label={t('action.fields.repairCategory')}
          clearable
          data={REPAIR_CATEGORIES.map((value) => ({ value, label: t(`repairCategory.${value}`) }))}
          {...form.getInputProps('repairCategory')}
        />
      )}
      {isRepair && form.values.repairCategory === 'LEAK' && (
        <TextInput
          type="datetime-local"
          label={t('action.fields.waterTestAt')}
          description={zoneNote ? t('intake.siteClock', { zone: zoneNote }) : undefined}
          {...form.getInputProps('waterTestAt')}
        />
      )}
    </CommandFormShell>
  );
}
