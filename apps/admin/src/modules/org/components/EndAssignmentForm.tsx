import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { useEndAssignment } from '../hooks/useEndAssignment';
import { OpenWorkHandover, type HandOverMode } from './OpenWorkHandover';

type Props = { assignment: { id: string; staff: { name: string } }; label?: string; onDone?: () => void };

/**
 * Ends an assignment on a day (exclusive): from then the person no longer holds the position.
 * Their open tickets and follow-ups are listed, and go in the same step to the person picked or
 * back to the unit's queue.
 */
export function EndAssignmentForm({ assignment, label, onDone }: Props) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  // "Today" is the mall's day, not the device's.
  const format = useFormatters();
  const { endAssignment, loading } = useEndAssignment();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { endsOn: format.today(), handOverMode: 'person' as HandOverMode, handOverTo: '' },
    validate: { endsOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t('assign.dateRequired')) },
  });
  const submit = form.onSubmit(async ({ endsOn, handOverMode, handOverTo }) => {
    setFailure(null);
    try {
      await endAssignment(assignment.id, endsOn, handOverMode === 'queue' ? 'queue' : handOverTo ? { staffId: handOverTo } : null);
      notify.success(t('endAssignment.saved', { name: assignment.staff.name }));
      onDone?.();
    } catch (error) {
      setFailure(placeError(form, error, t, { fields: { returnWorkToQueue: 'handOverMode' }, reasons: { 'ORG.INVALID_ASSIGNMENT_END': 'endsOn' } }));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
      <FormAlert message={failure} />
      <OpenWorkHandover
        assignmentId={assignment.id}
        leaverName={assignment.staff.name}
        modeProps={{
          value: form.values.handOverMode,
          error: form.errors['handOverMode'],
          onChange: (value) => {
            form.setFieldValue('handOverMode', value);
            form.clearFieldError('handOverTo');
          },
        }}
        pickerProps={{
          value: form.values.handOverTo,
          error: form.errors['handOverTo'],
          onChange: (value) => form.setFieldValue('handOverTo', value ?? ''),
        }}
      />
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
      </Stack>
    </form>
  );
}
