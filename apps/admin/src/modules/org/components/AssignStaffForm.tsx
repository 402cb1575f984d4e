import { Badge, Button, Checkbox, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { OVER_STRENGTH_REASON_MAX } from '@kefu/domain/org';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { fieldIssues, placeError } from '../../ui/errors/graphql-errors';
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
  /** The position has no vacant seat: a regular appointment goes beyond its headcount and needs a reason. */
  full?: boolean;
  onDone?: () => void;
};

/** Puts a person in a position from a day on, acting (代理) if they stand in for someone. */
export function AssignStaffForm({ positionId, staff, positions = [], full = false, onDone }: Props) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  // "Today" is the mall's day, not the device's.
  const format = useFormatters();
  const localized = useLocalized();
  const { assignStaff, loading } = useAssignStaff();
  const [failure, setFailure] = useState<string | null>(null);
  const [askReason, setAskReason] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { options } = useStaffOptions(staff ? '' : debounced);
  const form = useForm({
    initialValues: { staffId: staff?.id ?? '', positionId: positionId ?? '', startsOn: format.today(), acting: false, overStrengthReason: '' },
    validate: {
      staffId: (v) => (v ? null : t('assign.staffRequired')),
      positionId: (v) => (v ? null : t('assign.positionRequired')),
      startsOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t('assign.dateRequired')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const { overStrengthReason, ...rest } = values;
      await assignStaff({ ...rest, overStrengthReason: overStrengthReason.trim() || null });
      notify.success(t('assign.saved'));
      form.reset();
      onDone?.();
    } catch (error) {
      if (fieldIssues(error).some((issue) => issue.field === 'overStrengthReason')) setAskReason(true);
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
            data={options.map((o) => ({ value: o.id, label: `${o.name}（${o.employeeNo}）`, disabled: !o.active }))}
            renderOption={({ option }) => {
              const person = options.find((o) => o.id === option.value);
              if (!person) return option.label;
              const held = person.assignments.filter((a) => a.current).map((a) => localized(a.position.title));
              return (
                <Stack gap={2} w="100%">
                  <Group gap={6} justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {option.label}
                    </Text>
                    <Badge size="xs" variant="light" color={person.active ? 'green' : 'gray'}>
                      {t(person.active ? 'assign.statusActive' : 'assign.statusInactive')}
                    </Badge>
                  </Group>
                  <Text size="xs" c="gray.7">
                    {held.length > 0 ? held.join('、') : t('assign.noPosition')} · {t('assign.openTickets', { count: person.openTickets ?? 0 })}
                  </Text>
                </Stack>
              );
            }}
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
        {(full || askReason) && !form.values.acting ? (
          <Textarea
            label={t('assign.overStrengthReason')}
            description={t('assign.overStrengthHint')}
            autosize
            minRows={2}
            maxLength={OVER_STRENGTH_REASON_MAX}
            {...form.getInputProps('overStrengthReason')}
          />
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={loading}>
            {t('assign.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
