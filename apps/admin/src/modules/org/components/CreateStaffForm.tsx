import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { STAFF_LIMITS } from '@kefu/domain/org';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { textLimitProps, withinLimit } from '../../ui/forms/text-limit';
import { UnsavedChangesDialog } from '../../ui/forms/UnsavedChangesDialog';
import { useUnsavedChangesGuard } from '../../ui/forms/useUnsavedChangesGuard';
import { useNotify } from '../../ui/errors/useNotify';
import { useCreateStaff } from '../hooks/useCreateStaff';

type Props = { onDone: () => void };

/** Adds a person to the directory; the gateway's field errors land on their inputs. */
export function CreateStaffForm({ onDone }: Props) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  const { createStaff, loading } = useCreateStaff();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', employeeNo: '', phone: '' },
    validateInputOnChange: ['name', 'employeeNo', 'phone'],
    validate: {
      name: (v) => (v.trim() ? withinLimit(STAFF_LIMITS.name, t)(v) : t('common:validation.required')),
      employeeNo: (v) => (v.trim() ? withinLimit(STAFF_LIMITS.employeeNo, t)(v) : t('common:validation.required')),
      phone: withinLimit(STAFF_LIMITS.phone, t),
    },
  });
  const { blocker } = useUnsavedChangesGuard(form.isDirty());
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const staff = await createStaff({ name: values.name, employeeNo: values.employeeNo, phone: values.phone.trim() || null });
      notify.success(t('createStaff.saved', { name: staff?.name ?? values.name }));
      onDone();
    } catch (error) {
      setFailure(placeError(form, error, t, { reasons: { 'ORG.DUPLICATE_EMPLOYEE_NO': 'employeeNo' } }));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesDialog blocker={blocker} />
      <Stack>
        <FormAlert message={failure} />
        <TextInput label={t('staff.name')} required data-autofocus {...form.getInputProps('name')} {...textLimitProps(form.values.name, STAFF_LIMITS.name, t)} />
        <TextInput
          label={t('staff.employeeNo')}
          required
          {...form.getInputProps('employeeNo')}
          {...textLimitProps(form.values.employeeNo, STAFF_LIMITS.employeeNo, t)}
        />
        <TextInput label={t('staff.phone')} type="tel" {...form.getInputProps('phone')} {...textLimitProps(form.values.phone, STAFF_LIMITS.phone, t)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('createStaff.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
