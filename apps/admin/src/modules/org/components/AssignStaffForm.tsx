import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { useLocalized, type LocalizedTextValue } from '../../ui/format/localized-text';
import { useAssignStaff } from '../hooks/useAssignStaff';
import { useStaffOptions } from '../hooks/useStaffOptions';

type Props = {
  /** Assign to this position (from the chart or its detail) … */
  positionId?: string;
  /** … or assign this person (from the directory) to a position picked from `positions`. */
  staff?: { id: string; name: string };
  positions?: readonly { id: string; title: LocalizedTextValue }[];
  onDone?: () => void;
};

/** Puts a person in a position from a day on, acting (代理) if they stand in for someone. */
export function AssignStaffForm({ positionId, staff, positions = [], onDone }: Props) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  // "Today" is the mall's day, not the device's.
  const format = useFormatters();
  const localized = useLocalized();
  const { assignStaff, loading } = useAssignStaff();
  const [failure, setFailure] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { options } = useStaffOptions(staff ? '' : debounced);
  const form = useForm({
    initialValues: { staffId: staff?.id ?? '', positionId: positionId ?? '', startsOn: format.today(), acting: false },
    validate: {
      staffId: (v) => (v ? null : t('assign.staffRequired')),
      positionId: (v) => (v ? null : t('assign.positionRequired')),
      startsOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t('assign.dateRequired')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await assignStaff(values);
      notify.success(t('assign.saved'));
      form.reset();
      onDone?.();
    } catch (error) {
      setFailure(placeError(form, error, t, { reasons: { 'ORG.OVERLAPPING_ASSIGNMENT': 'startsOn', 'ORG.UNKNOWN_POSITION': 'positionId' } }));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormAlert message={failure} />
        {staff ? null : (
          <Select
            label={t('assign.staff')}
            placeholder={t('assign.staffPlaceholder')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            nothingFoundMessage={t('assign.noStaffFound')}
            data={options.map((o) => ({ value: o.id, label: `${o.name}（${o.employeeNo}）` }))}
            required
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('staffId')}
          />
        )}
        {positionId ? null : (
          <Select
            label={t('assign.position')}
            data={positions.map((p) => ({ value: p.id, label: localized(p.title) }))}
            searchable
            required
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('positionId')}
          />
        )}
        <TextInput type="date" label={t('assign.startsOn')} required {...form.getInputProps('startsOn')} />
        <Checkbox label={t('assign.acting')} description={t('assign.actingHint')} {...form.getInputProps('acting', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={loading}>
            {t('assign.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
