import { Button, Group, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpFieldsFragment, ReachedOutcome } from '../../../gql/graphql';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useFormatters } from '../../ui/format/useFormatters';
import { useRecordFollowUpCall } from '../hooks/useRecordFollowUpCall';

type Mode = 'failed' | 'reached' | null;
type Values = { retryAt: string; note: string; outcome: ReachedOutcome; satisfaction: string };

/**
 * The caller's controls: a failed call with its retry time (none on the last attempt, which goes
 * to the supervisor), or a reached call with what it found.
 */
export function FollowUpCallControls({ followUp }: { followUp: FollowUpFieldsFragment }) {
  const { t } = useTranslation('followups');
  const { fromInput, toInput, zoneNote } = useFormatters();
  const { recordCall, recording } = useRecordFollowUpCall();
  const [mode, setMode] = useState<Mode>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<Values>({ initialValues: { retryAt: '', note: '', outcome: 'SATISFIED', satisfaction: '5' } });
  if (!followUp.viewerMayCall) return null;
  const lastAttempt = followUp.attemptsLeft <= 1;

  const open = (next: Mode) => {
    setAlert(null);
    form.reset();
    // A retry two hours from now is offered; the caller changes it to what the requester asked.
    if (next === 'failed') form.setFieldValue('retryAt', toInput(new Date(Date.now() + 2 * 3_600_000)));
    setMode(mode === next ? null : next);
  };

  const submit = async (values: Values) => {
    setAlert(null);
    const note = values.note.trim() || null;
    try {
      if (mode === 'failed') await recordCall(followUp, { result: 'FAILED', retryAt: lastAttempt ? null : fromInput(values.retryAt), note });
      else await recordCall(followUp, { result: 'REACHED', outcome: values.outcome, satisfaction: Number(values.satisfaction), note });
      setMode(null);
      form.reset();
    } catch (error) {
      setAlert(placeError(form, error, t));
    }
  };

  const setOutcome = (outcome: ReachedOutcome) => {
    form.setFieldValue('outcome', outcome);
    form.setFieldValue('satisfaction', outcome === 'SATISFIED' ? '5' : '1');
  };
  const scores = form.values.outcome === 'SATISFIED' ? ['5', '4', '3'] : ['2', '1'];

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button size="xs" color="gray" variant={mode === 'failed' ? 'filled' : 'light'} onClick={() => open('failed')}>
          {t('call.failed')}
        </Button>
        <Button size="xs" variant={mode === 'reached' ? 'filled' : 'light'} onClick={() => open('reached')}>
          {t('call.reached')}
        </Button>
      </Group>
      {mode && (
        <form onSubmit={form.onSubmit((v) => void submit(v))} aria-label={t(mode === 'failed' ? 'call.failedForm' : 'call.reachedForm')}>
          <Stack gap="xs">
            {mode === 'failed' &&
              (lastAttempt ? (
                <FormAlert message={t('call.lastAttempt')} />
              ) : (
                <TextInput type="datetime-local" label={t('call.retryAt')} description={zoneNote ?? t('call.retryHint')} required {...form.getInputProps('retryAt')} />
              ))}
            {mode === 'reached' && (
              <>
                <SegmentedControl
                  aria-label={t('call.outcome')}
                  value={form.values.outcome}
                  onChange={(v) => setOutcome(v as ReachedOutcome)}
                  data={(['SATISFIED', 'NOT_FIXED'] as const).map((value) => ({ value, label: t(`outcome.${value}`) }))}
                />
                <Select label={t('call.satisfaction')} allowDeselect={false} data={scores.map((value) => ({ value, label: t(`satisfaction.${value}`) }))} {...form.getInputProps('satisfaction')} />
                {form.values.outcome === 'NOT_FIXED' && <FormAlert message={t('call.notFixedHint')} />}
              </>
            )}
            <Textarea label={t('call.note')} autosize minRows={1} {...form.getInputProps('note')} />
            <Group>
              <Button type="submit" size="xs" loading={recording}>
                {t('call.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <FormAlert message={alert} />
    </Stack>
  );
}
