import { Button, Group, Modal, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetailFragment } from '../../../gql/graphql';
import { STAFF_COMMANDS, type StaffCommand } from '../hooks/useTransitionTicket';
import type { RunCommand } from '../utils/command-form';
import { TicketCommandForm } from './TicketCommandForm';

type Props = {
  ticket: TicketDetailFragment;
  run: RunCommand;
  running: StaffCommand | null;
};

/** Exactly the commands the gateway lists in `availableActions`; the UI decides nothing itself. */
export function TicketActions({ ticket, run, running }: Props) {
  const { t } = useTranslation('tickets');
  const [open, setOpen] = useState<StaffCommand | null>(null);
  // The dialog keeps its name while it fades out, so it is never an unnamed dialog.
  const [lastOpened, setLastOpened] = useState<StaffCommand | null>(null);
  if (open !== null && open !== lastOpened) setLastOpened(open);
  const available = STAFF_COMMANDS.filter((command) => ticket.availableActions.includes(command));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ticket-actions-title">
      <Title order={2} size="h5" id="ticket-actions-title" mb="sm">
        {t('detail.actions')}
      </Title>
      {available.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('detail.noActions')}
        </Text>
      ) : (
        <Group gap="xs">
          {available.map((command, index) => (
            <Button
              key={command}
              variant={index === 0 ? 'filled' : 'default'}
              color={command === 'MARK_INVALID' ? 'red.8' : undefined}
              loading={running === command}
              disabled={running !== null && running !== command}
              onClick={() => setOpen(command)}
            >
              {t(`action.${command}`)}
            </Button>
          ))}
        </Group>
      )}
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={lastOpened ? t(`action.${lastOpened}`) : t('detail.actions')} centered closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        {open && (
          <TicketCommandForm command={open} ticket={ticket} run={run} running={running === open} onClose={() => setOpen(null)} />
        )}
      </Modal>
    </Paper>
  );
}
