import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiCode, KpiScorecardFieldsFragment } from '../../../gql/graphql';
import { FormAlert } from '../../ui/components/FormAlert';
import { errorMessage, fieldIssues } from '../../ui/errors/graphql-errors';
import { notifySuccess } from '../../ui/errors/notify';
import { useSetKpiTarget } from '../hooks/useSetKpiTarget';

/** The director sets a site target for one KPI; the figures recolour at once. */
export function KpiTargetForm({ card }: { card: KpiScorecardFieldsFragment }) {
  const { t, i18n } = useTranslation('kpi');
  const { setTarget, saving } = useSetKpiTarget();
  const [failure, setFailure] = useState<string | null>(null);
  const [targetError, setTargetError] = useState<string | null>(null);
  const [kpi, setKpi] = useState<KpiCode | null>(null);
  const [target, setTargetValue] = useState<number | string>('');
  const [note, setNote] = useState('');
  const options = card.figures.map((f) => ({ value: f.kpi.code, label: i18n.language === 'en' ? f.kpi.name.en : f.kpi.name.zh }));
  const submit = async () => {
    if (!kpi || typeof target !== 'number') return;
    setFailure(null);
    setTargetError(null);
    try {
      await setTarget(kpi, target, note.trim() === '' ? null : note);
      notifySuccess(t('target.saved'), t);
      setNote('');
    } catch (error) {
      const onTarget = fieldIssues(error).find((issue) => issue.field === 'target');
      if (onTarget) setTargetError(onTarget.message);
      else setFailure(errorMessage(error, t));
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormAlert message={failure} />
      <Group align="end" wrap="wrap">
        <Select label={t('target.kpi')} data={options} value={kpi} onChange={(v) => setKpi(v as KpiCode | null)} w={220} required />
        <NumberInput label={t('target.value')} value={target} onChange={setTargetValue} decimalScale={2} min={0} w={140} required error={targetError} />
        <TextInput label={t('target.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={200} w={220} />
        <Button type="submit" loading={saving} disabled={!kpi || typeof target !== 'number'}>
          {t('target.submit')}
        </Button>
      </Group>
    </form>
  );
}
