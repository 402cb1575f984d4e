import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KindDeadlinesFieldsFragment, SeverityDeadlinesInput } from '../../../gql/graphql';
import { FormAlert } from '../../ui/components/FormAlert';
import { placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';

const SEVERITIES = ['major', 'important', 'minor'] as const;
const STEPS = ['handoverWithinHours', 'replyWithinHours', 'resolveWithinHours'] as const;
type Step = (typeof STEPS)[number];
type Hours = number | string;
type Values = Record<(typeof SEVERITIES)[number], Record<Step, Hours>>;

const hoursOrNull = (value: Hours): number | null => (value === '' || value === null ? null : Number(value));

/** One kind's deadlines in whole hours, per severity; the gateway checks them and names each field at fault. */
export function DeadlinePolicyForm({
  kind,
  onSave,
  saving,
  onDone,
}: {
  kind: KindDeadlinesFieldsFragment;
  onSave: (deadlines: Record<(typeof SEVERITIES)[number], SeverityDeadlinesInput>) => Promise<unknown>;
  saving: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('tickets');
  const notify = useNotify();
  const [failure, setFailure] = useState<string | null>(null);
  const initial = Object.fromEntries(
    SEVERITIES.map((severity) => {
      const row = kind.severities.find((s) => s.severity.toLowerCase() === severity);
      return [severity, { handoverWithinHours: row?.handoverWithinHours ?? '', replyWithinHours: row?.replyWithinHours ?? '', resolveWithinHours: row?.resolveWithinHours ?? '' }];
    }),
  ) as Values;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: Object.fromEntries(SEVERITIES.map((s) => [s, { resolveWithinHours: (value: Hours) => (value === '' ? t('policies.form.required') : null) }])),
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await onSave(
        Object.fromEntries(
          SEVERITIES.map((s) => [
            s,
            {
              handoverWithinHours: hoursOrNull(values[s].handoverWithinHours),
              replyWithinHours: hoursOrNull(values[s].replyWithinHours),
              resolveWithinHours: hoursOrNull(values[s].resolveWithinHours),
            },
          ]),
        ) as Record<(typeof SEVERITIES)[number], SeverityDeadlinesInput>,
      );
      notify.success(t('policies.form.saved'));
      onDone();
    } catch (error) {
      setFailure(placeError(form, error, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <Text size="sm" c="gray.7">
          {t('policies.form.hint')}
        </Text>
        {SEVERITIES.map((severity) => (
          <fieldset key={severity} style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm" mb={4}>
              {t(`severity.${severity.toUpperCase()}`)}
            </Text>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
              {STEPS.map((step) => (
                <NumberInput
                  key={step}
                  label={t(`policies.step.${step}`)}
                  aria-label={`${t(`severity.${severity.toUpperCase()}`)} ${t(`policies.step.${step}`)}`}
                  suffix={` ${t('policies.hoursSuffix')}`}
                  allowDecimal={false}
                  allowNegative={false}
                  required={step === 'resolveWithinHours'}
                  {...form.getInputProps(`${severity}.${step}`)}
                />
              ))}
            </SimpleGrid>
          </fieldset>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('policies.form.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('policies.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
