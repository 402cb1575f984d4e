import { Button, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useLocalized, type LocalizedTextValue } from '../../ui/format/localized-text';
import { useFormatters } from '../../ui/format/useFormatters';
import { FormAlert } from '../../ui/components/FormAlert';
import { useChangeReportingLine } from '../hooks/useChangeReportingLine';

type Candidate = { id: string; title: LocalizedTextValue };
type Props = {
  position: { id: string; reportsTo: readonly { id: string }[] };
  candidates: readonly Candidate[];
};

/** 直接上级: picks the positions this one reports to; a cycle is refused next to the picker. */
export function ReportingLineForm({ position, candidates }: Props) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  const localized = useLocalized();
  const { changeReportingLine, loading } = useChangeReportingLine();
  const [failure, setFailure] = useState<string | null>(null);
  const format = useFormatters();
  const initial = position.reportsTo.map((p) => p.id);
  // The line changes from today unless the editor back-dates it or schedules it for a later day
  // (effective dating; the date picker is not capped at today here).
  const form = useForm({ initialValues: { reportsTo: initial, effectiveOn: format.today() } });
  const submit = form.onSubmit(async ({ reportsTo, effectiveOn }) => {
    setFailure(null);
    try {
      // Today is the gateway's default: only a back-dated or scheduled change names its day.
      await changeReportingLine(position.id, reportsTo, effectiveOn && effectiveOn !== format.today() ? effectiveOn : null);
      form.resetDirty({ reportsTo, effectiveOn });
      notify.success(effectiveOn > format.today() ? t('reportingLine.scheduled', { day: format.localDate(effectiveOn) }) : t('reportingLine.saved'));
    } catch (error) {
      setFailure(
        placeError(form, error, t, {
          fields: { positionId: 'reportsTo' },
          reasons: { 'ORG.REPORTING_CYCLE': 'reportsTo', 'ORG.SELF_REPORTING': 'reportsTo', 'ORG.UNKNOWN_POSITION': 'reportsTo' },
        }),
      );
    }
  });
  const data = candidates.filter((c) => c.id !== position.id).map((c) => ({ value: c.id, label: localized(c.title) }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormAlert message={failure} />
        <MultiSelect
          label={t('reportingLine.label')}
          description={t('reportingLine.description')}
          placeholder={form.values.reportsTo.length === 0 ? t('reportingLine.none') : undefined}
          data={data}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('reportsTo')}
        />
        <TextInput
          type="date"
          size="xs"
          label={t('effectiveOn.label')}
          description={t('effectiveOn.description')}
          {...form.getInputProps('effectiveOn')}
        />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={loading} disabled={!form.isDirty()}>
            {t('reportingLine.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
