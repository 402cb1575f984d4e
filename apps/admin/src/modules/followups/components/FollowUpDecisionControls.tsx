import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpFieldsFragment } from '../../../gql/graphql';
import { FormAlert } from '../../ui/components/FormAlert';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { useDecideFollowUp, type FollowUpDecisionInput } from '../hooks/useDecideFollowUp';
import { useFollowUpCallers } from '../hooks/useFollowUpCallers';

/** After the third failed call the supervisor closes it unreached or assigns the call again. */
export function FollowUpDecisionControls({ followUp }: { followUp: FollowUpFieldsFragment }) {
  const { t } = useTranslation('followups');
  const { decideFollowUp, deciding } = useDecideFollowUp();
  const [choosing, setChoosing] = useState(false);
  const [callerId, setCallerId] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const { callers } = useFollowUpCallers(!choosing);
  if (!followUp.viewerMayDecide) return null;

  const run = async (input: FollowUpDecisionInput) => {
    setAlert(null);
    try {
      await decideFollowUp(followUp, input);
    } catch (error) {
      setAlert(errorMessage(error, t));
    }
  };
  const offered = callers.filter((s) => !(followUp.callerMustNotBeHandler && s.id === followUp.handler?.id));

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button size="xs" color="gray" variant="light" loading={deciding} onClick={() => void run({ decision: 'CLOSE' })}>
          {t('decide.close')}
        </Button>
        <Button size="xs" variant={choosing ? 'filled' : 'light'} onClick={() => setChoosing(!choosing)}>
          {t('decide.reassign')}
        </Button>
      </Group>
      {choosing && (
        <Group gap="xs" align="end">
          <Select label={t('decide.caller')} searchable value={callerId} onChange={setCallerId} data={offered.map((s) => ({ value: s.id, label: s.name }))} />
          <Button size="xs" disabled={!callerId} loading={deciding} onClick={() => callerId && void run({ decision: 'REASSIGN', callerId })}>
            {t('decide.assign')}
          </Button>
        </Group>
      )}
      <FormAlert message={alert} />
    </Stack>
  );
}
