import type { TicketDetailFragment } from '../../../gql/graphql';
import type { CommandArgs, StaffCommand, TransitionOutcome } from '../hooks/useTransitionTicket';

export type RunCommand = <C extends StaffCommand>(command: C, args: CommandArgs[C]) => Promise<TransitionOutcome>;

/** What every command form gets from the ticket's action bar. */
export type CommandFormProps = {
  command: StaffCommand;
  ticket: TicketDetailFragment;
  run: RunCommand;
  running: boolean;
  onClose: () => void;
};

/** A text field left blank is sent as null. */
export const optional = (text: string): string | null => text.trim() || null;
