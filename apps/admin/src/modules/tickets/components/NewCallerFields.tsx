import { Alert, Button, Grid, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type NewCaller = { name: string; phone: string };
/** A duplicate the gateway named: the file on record, offered instead of a second one. */
export type OfferedRequester = { existingId: string; message: string; searchFor: string };

type Props = {
  value: NewCaller;
  errors: { name?: unknown; phone?: unknown };
  onChange: (value: NewCaller) => void;
  onSearchInstead: () => void;
  offered: OfferedRequester | null;
  onUseOffered: () => void;
};

/**
 * A caller not on file, registered with the ticket in the same submit: a walk-in shopper's name
 * and phone, both optional (an anonymous walk-in is a valid requester).
 */
export function NewCallerFields({ value, errors, onChange, onSearchInstead, offered, onUseOffered }: Props) {
  const { t } = useTranslation('tickets');
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }} aria-labelledby="new-caller-legend">
      <Group justify="space-between" align="baseline" mb={4}>
        <Text fw={500} size="sm" id="new-caller-legend">
          {t('intake.newCaller.legend')}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={onSearchInstead}>
          {t('intake.newCaller.searchInstead')}
        </Button>
      </Group>
      <Text size="xs" c="gray.7" mb="xs">
        {t('intake.newCaller.hint')}
      </Text>
      <Grid gutter="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('intake.newCaller.name')}
            value={value.name}
            error={errors.name as string | undefined}
            onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            type="tel"
            label={t('intake.newCaller.phone')}
            value={value.phone}
            error={errors.phone as string | undefined}
            onChange={(e) => onChange({ ...value, phone: e.currentTarget.value })}
          />
        </Grid.Col>
      </Grid>
      {offered && (
        <Alert color="yellow" mt="sm" title={offered.message}>
          <Button size="compact-sm" onClick={onUseOffered}>
            {t('intake.newCaller.useExisting')}
          </Button>
        </Alert>
      )}
    </fieldset>
  );
}
