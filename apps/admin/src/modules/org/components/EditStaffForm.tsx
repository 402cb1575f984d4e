import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { STAFF_LIMITS } from '@kefu/domain/org';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffFieldsFragment } from '../../../gql/graphql';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { useStaffRecord } from '../hooks/useStaffRecord';

type Props = { person: Pick<StaffFieldsFragment, 'id' | 'name' | 'employeeNo' | 'phone'>; onDone: () => void };

/**
 * Edits a staff record. The rules (phone formats, no emoji, lengths) are the gateway's: its
 * field errors land on the inputs with the rule in the message; nothing is cut.
 */
export function EditStaffForm({ person, onDone }: Props) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  const { updateStaff, loading } = useStaffRecord();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: person.name, employeeNo: person.employeeNo, phone: person.phone ?? '' },
    validateInputOnChange: ['name', 'employeeNo', 'phone'],
    validate: {
      name: (v) => (v.trim() ? withinLimit(STAFF_LIMITS.name, t)(v) : t('common:validation.required')),
      employeeNo: (v) => (v.trim() ? withinLimit(STAFF_LIMITS.employeeNo, t)(v) : t('common:validation.required')),
      phone: withinLimit(STAFF_LIMITS.phone, t),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await updateStaff(person.id, { name: values.name, employeeNo: values.employeeNo, phone: values.phone.trim() || null });
      notify.success(t('editStaff.saved', { name: values.name.trim() }));
      onDone();
    } catch (error) {
      setFailure(placeError(form, error, t, { reasons: { 'ORG.DUPLICATE_EMPLOYEE_NO': 'employeeNo' } }));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <TextInput label={t('staff.name')} required data-autofocus {...form.getInputProps('name')} {...textLimitProps(form.values.name, STAFF_LIMITS.name, t)} />
        <TextInput
          label={t('staff.employeeNo')}
          required
          {...form.getInputProps('employeeNo')}
          {...textLimitProps(form.values.employeeNo, STAFF_LIMITS.employeeNo, t)}
        />
        <TextInput label={t('staff.phone')} type="tel" placeholder={t('editStaff.phoneHint')} {...form.getInputProps('phone')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('editStaff.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
