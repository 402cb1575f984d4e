import { Button, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { POSITION_TEXT_LIMITS } from '@kefu/domain/org';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { UnsavedChangesDialog } from '../../ui/forms/UnsavedChangesDialog';
import { useUnsavedChangesGuard } from '../../ui/forms/useUnsavedChangesGuard';
import type { LocalizedTextValue } from '../../ui/format/localized-text';
import { useUpdatePosition } from '../hooks/useUpdatePosition';

type Props = {
  position: { id: string; title: LocalizedTextValue; purpose: LocalizedTextValue; headcount: number; version?: number };
  onDone: () => void;
};

const strip = ({ zh, en }: LocalizedTextValue) => ({ zh, en });

/** Edits a position's title and purpose in both languages and its headcount (岗位定员). */
export function PositionEditForm({ position, onDone }: Props) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  const { updatePosition, loading } = useUpdatePosition();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { title: strip(position.title), purpose: strip(position.purpose), headcount: position.headcount as number | string },
    validateInputOnChange: ['title.zh', 'title.en', 'purpose.zh', 'purpose.en'],
    validate: {
      title: {
        zh: (v) => (v.trim() ? withinLimit(POSITION_TEXT_LIMITS.title.zh, t)(v) : t('common:validation.required')),
        en: (v) => (v.trim() ? withinLimit(POSITION_TEXT_LIMITS.title.en, t)(v) : t('common:validation.required')),
      },
      purpose: {
        zh: (v) => (v.trim() ? withinLimit(POSITION_TEXT_LIMITS.purpose.zh, t)(v) : t('common:validation.required')),
        en: (v) => (v.trim() ? withinLimit(POSITION_TEXT_LIMITS.purpose.en, t)(v) : t('common:validation.required')),
      },
      headcount: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : t('positionEdit.headcountInvalid')),
    },
  });
  const { blocker } = useUnsavedChangesGuard(form.isDirty());
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await updatePosition(position.id, { title: values.title, purpose: values.purpose, headcount: Number(values.headcount) }, position.version);
      notify.success(t('positionEdit.saved'));
      onDone();
    } catch (error) {
      setFailure(placeError(form, error, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesDialog blocker={blocker} />
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('positionEdit.titleZh')}
            required
            {...form.getInputProps('title.zh')}
            {...textLimitProps(form.values.title.zh, POSITION_TEXT_LIMITS.title.zh, t)}
          />
          <TextInput
            label={t('positionEdit.titleEn')}
            required
            {...form.getInputProps('title.en')}
            {...textLimitProps(form.values.title.en, POSITION_TEXT_LIMITS.title.en, t)}
          />
        </SimpleGrid>
        <Textarea
          label={t('positionEdit.purposeZh')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('purpose.zh')}
          {...textLimitProps(form.values.purpose.zh, POSITION_TEXT_LIMITS.purpose.zh, t)}
        />
        <Textarea
          label={t('positionEdit.purposeEn')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('purpose.en')}
          {...textLimitProps(form.values.purpose.en, POSITION_TEXT_LIMITS.purpose.en, t)}
        />
        <NumberInput label={t('positionEdit.headcount')} min={0} max={POSITION_TEXT_LIMITS.headcount} allowDecimal={false} required w={160} {...form.getInputProps('headcount')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
