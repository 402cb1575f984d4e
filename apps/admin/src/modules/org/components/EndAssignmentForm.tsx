import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { useEndAssignment } from '../hooks/useEndAssignment';

type Props = { assignment: { id: string; staff: { name: string } }; label?: string; onDone?: () => void };

/** Ends an assignment on a day (exclusive): from then the person no longer holds the position. */
export function EndAssignmentForm({ assignment, label, onDone }: Props) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  // "Today" is the mall's day, not the device's.
  const format = useFormatters();
  const { endAssignment, loading } = useEndAssignment();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { endsOn: format.today() },
    validate: { endsOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t('assign.dateRequired')) },
  });
  const submit = form.onSubmit(async ({ endsOn }) => {
    setFailure(null);
    try {
      await endAssignment(assignment.id, endsOn);
      notify.success(t('endAssignment.saved', { name: assignment.staff.name }));
      onDone?.();
    } catch (error) {
      setFailure(placeError(form, error, t, { reasons: { 'ORG.INVALID_ASSIGNMENT_END': 'endsOn' } }));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert message={failure} />
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          type="date"
          size="xs"
          label={label ?? t('endAssignment.endsOn', { name: assignment.staff.name })}
          description={t('endAssignment.hint')}
          required
          style={{ flex: 1 }}
          {...form.getInputProps('endsOn')}
        />
        <Button type="submit" size="xs" color="red" variant="light" loading={loading}>
          {t('endAssignment.submit')}
        </Button>
      </Group>
    </form>
  );
}
