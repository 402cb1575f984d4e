import type { CommandFormProps } from '../utils/command-form';
import { AssignForm } from './AssignForm';
import { ConfirmForm } from './ConfirmForm';
import { FollowUpForm } from './FollowUpForm';
import { ReasonForm } from './ReasonForm';
import { RelayForm } from './RelayForm';
import { ReplyForm } from './ReplyForm';
import { ResolveForm } from './ResolveForm';

/** The small form each command needs; every one sends the version the user is looking at. */
export function TicketCommandForm(props: CommandFormProps) {
  switch (props.command) {
    case 'ASSIGN':
      return <AssignForm {...props} />;
    case 'RELAY':
      return <RelayForm {...props} />;
    case 'REPLY':
      return <ReplyForm {...props} />;
    case 'RESOLVE':
      return <ResolveForm {...props} />;
    case 'FOLLOW_UP':
      return <FollowUpForm {...props} />;
    case 'ESCALATE':
    case 'MARK_INVALID':
    case 'REOPEN':
      return <ReasonForm {...props} command={props.command} />;
    case 'TAKE':
    case 'START':
    case 'CLOSE':
      return <ConfirmForm {...props} command={props.command} />;
  }
}
