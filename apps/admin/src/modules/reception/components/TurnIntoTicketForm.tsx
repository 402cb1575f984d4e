import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { formatTicketNumber } from '@kefu/domain/tickets';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptionEntryFieldsFragment, RepairCategory, Severity } from '../../../gql/graphql';
import { LabelledSegments } from '../../tickets/components/LabelledSegments';
import { RequesterPicker, type PickedRequester } from '../../tickets/components/RequesterPicker';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useReceptionActions } from '../hooks/useReceptionActions';

const SEVERITIES: Severity[] = ['MINOR', 'IMPORTANT', 'MAJOR'];
const REPAIR_CATEGORIES: RepairCategory[] = ['SAFETY', 'LEAK', 'OTHER'];

type Values = { severity: Severity; title: string; requester: PickedRequester | null; repairCategory: RepairCategory | null };

const newIdempotencyKey = (): string => `reception-${crypto.randomUUID()}`;

/** Turns a received contact into a ticket in one step; the ticket takes the entry's channel and summary. */
export function TurnIntoTicketForm({ entry, onDone }: { entry: ReceptionEntryFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation('reception');
  const notify = useNotify();
  const { turnIntoTicket, busy } = useReceptionActions();
  const [failure, setFailure] = useState<string | null>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { severity: 'MINOR', title: entry.summary.slice(0, 120), requester: entry.requester ?? null, repairCategory: null },
    validate: { title: (value) => (value.trim() ? null : t('form.titleRequired')) },
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const saved = await turnIntoTicket(
        entry.id,
        { severity: v.severity, title: v.title, requesterId: v.requester?.id ?? null, repairCategory: entry.category === 'REPAIR' ? v.repairCategory : null },
        idempotencyKey,
      );
      notify.success(t('ticket.saved', { number: saved?.ticketNumber ? formatTicketNumber(saved.ticketNumber) : '' }));
      onDone();
    } catch (error) {
      setFailure(placeError(form, error, t, { fields: { requesterId: 'requester' } }));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <RequesterPicker value={values.requester} onChange={(requester) => form.setFieldValue('requester', requester)} error={form.errors.requester} />
        <TextInput label={t('ticket.title')} required {...form.getInputProps('title')} />
        <LabelledSegments
          label={t('ticket.severity')}
          value={values.severity}
          data={SEVERITIES.map((value) => ({ value, label: t(`severity.${value}`) }))}
          onChange={(severity) => form.setFieldValue('severity', severity)}
        />
        {entry.category === 'REPAIR' ? (
          <Select
            label={t('ticket.repairCategory')}
            clearable
            data={REPAIR_CATEGORIES.map((value) => ({ value, label: t(`repairCategory.${value}`) }))}
            {...form.getInputProps('repairCategory')}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('ticket.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
