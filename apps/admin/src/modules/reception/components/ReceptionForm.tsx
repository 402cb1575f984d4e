import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { RECEPTION_LIMITS } from '@kefu/domain/reception';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptionCategory, ReceptionChannel, RecordedReceptionOutcome, RequesterFileFieldsFragment } from '../../../gql/graphql';
import { RequesterForm } from '../../requesters/components/RequesterForm';
import { LabelledSegments } from '../../tickets/components/LabelledSegments';
import { RequesterPicker, type PickedRequester } from '../../tickets/components/RequesterPicker';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { useReceptionPermissions } from '../hooks/useReceptionPermissions';
import { useRegisterReception } from '../hooks/useRegisterReception';

export const CHANNELS: ReceptionChannel[] = ['PHONE', 'WALK_IN', 'LETTER'];
export const CATEGORIES: ReceptionCategory[] = ['CONSULTATION', 'COMPLAINT', 'REPAIR', 'LEASING_INQUIRY', 'LOST_FOUND', 'RETURNS', 'OTHER'];
export const OUTCOMES: RecordedReceptionOutcome[] = ['ANSWERED', 'RELAYED', 'MESSAGE_TAKEN'];

type Values = {
  channel: ReceptionChannel;
  category: ReceptionCategory;
  requester: PickedRequester | null;
  summary: string;
  arrivedAt: string;
  waiting: boolean;
  receivedAt: string;
  outcome: RecordedReceptionOutcome | null;
};

/** A file just created or found, as the picker holds it. */
const picked = (file: RequesterFileFieldsFragment): PickedRequester => ({
  id: file.id,
  kind: file.kind,
  name: file.name,
  phone: file.phone,
  shopName: file.shopName,
  shopUnit: file.units[0] ?? null,
});

/** The gateway names the requester by id; the form holds the picked record. */
const FORM_FIELD: Record<string, string> = { requesterId: 'requester' };

/**
 * 来电来访登记: a call, visit or letter, with its times on the site's clock. A visitor still
 * waiting is registered without a reception time and shows in the waiting view.
 */
export function ReceptionForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('reception');
  const notify = useNotify();
  const { register, saving } = useRegisterReception();
  const { canCreateRequester } = useReceptionPermissions();
  const { fromInput, toInput, zoneNote } = useFormatters();
  const [failure, setFailure] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const now = toInput(new Date());
  const form = useForm<Values>({
    mode: 'controlled',
    validateInputOnChange: ['summary'],
    initialValues: { channel: 'WALK_IN', category: 'CONSULTATION', requester: null, summary: '', arrivedAt: now, waiting: false, receivedAt: now, outcome: null },
    validate: {
      summary: (value) => (value.trim() ? withinLimit(RECEPTION_LIMITS.summary, t)(value) : t('form.summaryRequired')),
      arrivedAt: (value) => (fromInput(value) ? null : t('form.arrivedRequired')),
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const saved = await register({
        channel: v.channel,
        category: v.category,
        requesterId: v.requester?.id ?? null,
        summary: v.summary,
        arrivedAt: fromInput(v.arrivedAt) ?? '',
        receivedAt: v.waiting ? null : fromInput(v.receivedAt),
        outcome: v.waiting ? null : v.outcome,
      });
      notify.success(saved?.receivedAt ? t('form.saved') : t('form.savedWaiting'));
      onDone();
    } catch (error) {
      setFailure(placeError(form, error, t, { fields: FORM_FIELD }));
    }
  });

  // The requester form is kept outside this form: a submit inside a portal still bubbles here.
  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={failure} />
          <LabelledSegments
            label={t('fields.channel')}
            value={values.channel}
            data={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
            onChange={(channel) => form.setFieldValue('channel', channel)}
          />
          <Select
            label={t('fields.category')}
            required
            allowDeselect={false}
            data={CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
            {...form.getInputProps('category')}
          />
          <Stack gap={4}>
            <RequesterPicker value={values.requester} onChange={(requester) => form.setFieldValue('requester', requester)} error={form.errors.requester} optional />
            {canCreateRequester ? (
              <Group gap="xs">
                <Button size="compact-sm" variant="subtle" onClick={() => setCreating(true)}>
                  {t('form.newRequester')}
                </Button>
              </Group>
            ) : null}
          </Stack>
          <Textarea
            label={t('fields.summary')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('summary')}
            {...textLimitProps(values.summary, RECEPTION_LIMITS.summary, t)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="datetime-local" label={t('fields.arrivedAt')} description={zoneNote ?? undefined} required {...form.getInputProps('arrivedAt')} />
            {values.waiting ? null : <TextInput type="datetime-local" label={t('fields.receivedAt')} {...form.getInputProps('receivedAt')} />}
          </SimpleGrid>
          <Checkbox label={t('form.stillWaiting')} {...form.getInputProps('waiting', { type: 'checkbox' })} />
          {values.waiting ? null : (
            <Select
              label={t('fields.outcome')}
              placeholder={t('form.outcomeLater')}
              clearable
              data={OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
              {...form.getInputProps('outcome')}
            />
          )}
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
      <Modal opened={creating} onClose={() => setCreating(false)} size="lg" title={t('form.newRequester')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        {creating ? (
          <RequesterForm
            file={null}
            onDone={(saved) => {
              setCreating(false);
              if (saved) form.setFieldValue('requester', picked(saved));
            }}
            onOpen={(existing) => {
              setCreating(false);
              form.setFieldValue('requester', picked(existing));
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
