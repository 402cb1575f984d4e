import { Alert, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../gql/graphql';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { notifySuccess } from '../../ui/errors/notify';
import { useFormatters } from '../../ui/format/useFormatters';
import { useSetPositionGrant } from '../hooks/useSetPositionGrant';

const NONE = 'none';

type Props = {
  positionId: string;
  action: Action;
  /** The position's own grant now (null: none). */
  current: string | null;
  /** The scopes the viewer may set here. */
  choices: readonly string[];
};

/** Sets one cell of the permission matrix: none or one of the scopes the editor may give. */
export function GrantCellEditor({ positionId, action, current, choices }: Props) {
  const { t } = useTranslation('org');
  const { setGrant, loading } = useSetPositionGrant();
  const [value, setValue] = useState<string>(current ?? NONE);
  const [error, setError] = useState<string | null>(null);
  const format = useFormatters();
  const today = format.today();
  // From today unless the editor back-dates it or schedules it (not capped at today here).
  const [day, setDay] = useState<string>(today);
  // A current grant beyond the editor's own stays visible, but cannot be chosen again.
  const options = [NONE, ...choices, ...(current && !choices.includes(current) ? [current] : [])];
  const save = async () => {
    setError(null);
    try {
      await setGrant(positionId, action, value === NONE ? null : value, day && day !== today ? day : null);
      notifySuccess(day > today ? t('permissions.edit.scheduled', { day: format.localDate(day) }) : t('permissions.edit.saved'), t);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };
  return (
    <Stack gap="xs" mt="sm">
      <Radio.Group label={t('permissions.edit.label')} value={value} onChange={setValue}>
        <Group gap="md" mt={4}>
          {options.map((option) => (
            <Radio
              key={option}
              value={option}
              disabled={option !== NONE && !choices.includes(option)}
              label={option === NONE ? t('permissions.edit.none') : t(`permissions.scope.${option}`)}
            />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        type="date"
        size="xs"
        w={180}
        label={t('effectiveOn.label')}
        description={t('effectiveOn.description')}
        value={day}
        onChange={(event) => setDay(event.currentTarget.value)}
      />
      <Text size="xs" c="gray.7">
        {t('permissions.edit.hint')}
      </Text>
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group>
        <Button size="xs" onClick={() => void save()} loading={loading} disabled={value === (current ?? NONE) && (!day || day === today)}>
          {t('permissions.edit.save')}
        </Button>
      </Group>
    </Stack>
  );
}
