import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MESSAGE_LIMITS } from '@kefu/domain/messages';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageUrgency } from '../../../gql/graphql';
import { LabelledSegments } from '../../tickets/components/LabelledSegments';
import { useStaffLookup } from '../../tickets/hooks/useStaffLookup';
import { useTicketUnits } from '../../tickets/hooks/useTicketUnits';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useLocalized } from '../../ui/format/localized-text';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { useMessageCommands } from '../hooks/useMessageCommands';

type Recipient = 'STAFF' | 'UNIT';
type Values = { recipient: Recipient; forStaffId: string | null; forUnitId: string | null; fromName: string; fromPhone: string; text: string; urgency: MessageUrgency };

/** 留言: who left it, for whom (a person or a unit), what they said, how urgent. */
export function TakeMessageForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('messages');
  const notify = useNotify();
  const localized = useLocalized();
  const { take, saving } = useMessageCommands();
  const [failure, setFailure] = useState<string | null>(null);
  const [staffSearch, setStaffSearch] = useState('');
  const { staff } = useStaffLookup(staffSearch);
  const units = useTicketUnits();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { recipient: 'STAFF', forStaffId: null, forUnitId: null, fromName: '', fromPhone: '', text: '', urgency: 'NORMAL' },
    validate: {
      fromName: (value) => (value.trim() ? withinLimit(MESSAGE_LIMITS.from, t)(value) : t('form.required')),
      text: (value) => (value.trim() ? withinLimit(MESSAGE_LIMITS.text, t)(value) : t('form.required')),
      forStaffId: (value, v) => (v.recipient === 'STAFF' && !value ? t('form.required') : null),
      forUnitId: (value, v) => (v.recipient === 'UNIT' && !value ? t('form.required') : null),
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await take({
        fromName: v.fromName,
        fromPhone: v.fromPhone || null,
        text: v.text,
        urgency: v.urgency,
        forStaffId: v.recipient === 'STAFF' ? v.forStaffId : null,
        forUnitId: v.recipient === 'UNIT' ? v.forUnitId : null,
      });
      notify.success(t('form.saved'));
      onDone();
    } catch (error) {
      setFailure(placeError(form, error, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <LabelledSegments
          label={t('fields.recipient')}
          value={values.recipient}
          data={(['STAFF', 'UNIT'] as const).map((value) => ({ value, label: t(`recipient.${value}`) }))}
          onChange={(recipient) => form.setFieldValue('recipient', recipient)}
        />
        {values.recipient === 'STAFF' ? (
          <Select
            label={t('fields.forStaff')}
            required
            searchable
            searchValue={staffSearch}
            onSearchChange={setStaffSearch}
            filter={({ options }) => options}
            data={staff.map((s) => ({ value: s.id, label: `${s.name}（${s.employeeNo}）` }))}
            {...form.getInputProps('forStaffId')}
          />
        ) : (
          <Select label={t('fields.forUnit')} required data={units.map((u) => ({ value: u.id, label: localized(u.name) }))} {...form.getInputProps('forUnitId')} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.fromName')} required {...form.getInputProps('fromName')} />
          <TextInput label={t('fields.fromPhone')} type="tel" {...form.getInputProps('fromPhone')} />
        </SimpleGrid>
        <Textarea label={t('fields.text')} required autosize minRows={3} {...form.getInputProps('text')} {...textLimitProps(values.text, MESSAGE_LIMITS.text, t)} />
        <LabelledSegments
          label={t('fields.urgency')}
          value={values.urgency}
          data={(['NORMAL', 'URGENT'] as const).map((value) => ({ value, label: t(`urgency.${value}`) }))}
          onChange={(urgency) => form.setFieldValue('urgency', urgency)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
