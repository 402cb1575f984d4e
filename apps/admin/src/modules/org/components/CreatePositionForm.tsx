import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { POSITION_TEXT_LIMITS } from '@kefu/domain/org';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { useLocalized, type LocalizedTextValue } from '../../ui/format/localized-text';
import { useCreatePosition } from '../hooks/usePositionDesign';

type Props = {
  units: readonly { id: string; name: LocalizedTextValue }[];
  positions: readonly { id: string; title: LocalizedTextValue }[];
  onDone: (created: { id: string } | null) => void;
};

/** A new position: title in both languages, unit, superiors (直接上级), purpose and headcount (岗位定员). */
export function CreatePositionForm({ units, positions, onDone }: Props) {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const notify = useNotify();
  const { createPosition, loading } = useCreatePosition();
  const [failure, setFailure] = useState<string | null>(null);
  const required = (limit: number) => (v: string) => (v.trim() ? withinLimit(limit, t)(v) : t('common:validation.required'));
  const form = useForm({
    initialValues: { title: { zh: '', en: '' }, unitId: '', reportsTo: [] as string[], purpose: { zh: '', en: '' }, headcount: 1 as number | string },
    validate: {
      title: { zh: required(POSITION_TEXT_LIMITS.title.zh), en: required(POSITION_TEXT_LIMITS.title.en) },
      purpose: { zh: required(POSITION_TEXT_LIMITS.purpose.zh), en: required(POSITION_TEXT_LIMITS.purpose.en) },
      unitId: (v) => (v ? null : t('common:validation.required')),
      headcount: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : t('positionEdit.headcountInvalid')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const created = await createPosition({ ...values, headcount: Number(values.headcount) });
      notify.success(t('positionCreate.saved'));
      onDone(created);
    } catch (error) {
      setFailure(placeError(form, error, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('positionEdit.titleZh')} required {...form.getInputProps('title.zh')} {...textLimitProps(form.values.title.zh, POSITION_TEXT_LIMITS.title.zh, t)} />
          <TextInput label={t('positionEdit.titleEn')} required {...form.getInputProps('title.en')} {...textLimitProps(form.values.title.en, POSITION_TEXT_LIMITS.title.en, t)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('positionCreate.unit')} required data={units.map((u) => ({ value: u.id, label: localized(u.name) }))} {...form.getInputProps('unitId')} />
          <MultiSelect
            label={t('positionCreate.reportsTo')}
            searchable
            data={positions.map((p) => ({ value: p.id, label: localized(p.title) }))}
            {...form.getInputProps('reportsTo')}
          />
        </SimpleGrid>
        <Textarea label={t('positionEdit.purposeZh')} required autosize minRows={2} {...form.getInputProps('purpose.zh')} />
        <Textarea label={t('positionEdit.purposeEn')} required autosize minRows={2} {...form.getInputProps('purpose.en')} />
        <NumberInput label={t('positionEdit.headcount')} min={0} max={POSITION_TEXT_LIMITS.headcount} allowDecimal={false} required w={160} {...form.getInputProps('headcount')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('positionCreate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
