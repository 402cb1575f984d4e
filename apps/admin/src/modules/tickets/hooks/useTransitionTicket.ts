import { useApolloClient, type TypedDocumentNode } from '@apollo/client';
import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AssignTicketMutationVariables,
  EscalateTicketMutationVariables,
  MarkTicketInvalidMutationVariables,
  RecordFollowUpMutationVariables,
  RelayTicketMutationVariables,
  ReopenTicketMutationVariables,
  ReplyTicketMutationVariables,
  ResolveTicketMutationVariables,
  TicketCommand,
} from '../../../gql/graphql';
import { ASSIGN_TICKET_MUTATION } from '../graphql/mutations/assign-ticket.mutation';
import { CLOSE_TICKET_MUTATION } from '../graphql/mutations/close-ticket.mutation';
import { ESCALATE_TICKET_MUTATION } from '../graphql/mutations/escalate-ticket.mutation';
import { MARK_TICKET_INVALID_MUTATION } from '../graphql/mutations/mark-ticket-invalid.mutation';
import { RECORD_FOLLOW_UP_MUTATION } from '../graphql/mutations/record-follow-up.mutation';
import { RELAY_TICKET_MUTATION } from '../graphql/mutations/relay-ticket.mutation';
import { REOPEN_TICKET_MUTATION } from '../graphql/mutations/reopen-ticket.mutation';
import { RESOLVE_TICKET_MUTATION } from '../graphql/mutations/resolve-ticket.mutation';
import { START_TICKET_MUTATION } from '../graphql/mutations/start-ticket.mutation';
import { TAKE_TICKET_MUTATION } from '../graphql/mutations/take-ticket.mutation';
import { REPLY_TICKET_MUTATION } from '../graphql/mutations/reply-ticket.mutation';
import { errorKind, errorMessage } from '../../ui/errors/graphql-errors';
import { notifyFailure, notifySuccess } from '../../ui/errors/notify';
import type { OwnChanges } from './useTicket';

type Target = { id: string; version: number };
type Args<V> = Omit<V, keyof Target>;
type NoArgs = Record<string, never>;

/** What each staff command sends besides the ticket's id and version. Requesters rate in the portal. */
export type CommandArgs = {
  ASSIGN: Args<AssignTicketMutationVariables>;
  RELAY: Args<RelayTicketMutationVariables>;
  START: NoArgs;
  TAKE: NoArgs;
  REPLY: Args<ReplyTicketMutationVariables>;
  ESCALATE: Args<EscalateTicketMutationVariables>;
  RESOLVE: Args<ResolveTicketMutationVariables>;
  MARK_INVALID: Args<MarkTicketInvalidMutationVariables>;
  FOLLOW_UP: Args<RecordFollowUpMutationVariables>;
  CLOSE: NoArgs;
  REOPEN: Args<ReopenTicketMutationVariables>;
};
export type StaffCommand = keyof CommandArgs & TicketCommand;

export const STAFF_COMMANDS = [
  'TAKE',
  'START',
  'ASSIGN',
  'REPLY',
  'RELAY',
  'ESCALATE',
  'RESOLVE',
  'FOLLOW_UP',
  'CLOSE',
  'MARK_INVALID',
  'REOPEN',
] as const satisfies readonly StaffCommand[];

type Result = Record<string, unknown>;

const versionOf = (data: Result | null | undefined): number | null => {
  const changed = Object.values(data ?? {}).find((value): value is { version: number } => typeof (value as { version?: unknown } | null)?.version === 'number');
  return changed?.version ?? null;
};

const DOCUMENTS: { [C in StaffCommand]: TypedDocumentNode<Result, CommandArgs[C] & Target> } = {
  ASSIGN: ASSIGN_TICKET_MUTATION,
  RELAY: RELAY_TICKET_MUTATION,
  START: START_TICKET_MUTATION,
  TAKE: TAKE_TICKET_MUTATION,
  REPLY: REPLY_TICKET_MUTATION,
  ESCALATE: ESCALATE_TICKET_MUTATION,
  RESOLVE: RESOLVE_TICKET_MUTATION,
  MARK_INVALID: MARK_TICKET_INVALID_MUTATION,
  FOLLOW_UP: RECORD_FOLLOW_UP_MUTATION,
  CLOSE: CLOSE_TICKET_MUTATION,
  REOPEN: REOPEN_TICKET_MUTATION,
};

export type TransitionOutcome =
  | { ok: true }
  /** `error` is kept for BAD_USER_INPUT, so the form can put each message on its field. */
  | { ok: false; conflict: boolean; invalidInput: boolean; error: unknown; message: string };

type Options = {
  ownChanges: RefObject<OwnChanges>;
  /** Reloads the ticket: after a stale version, its new state and actions are what the user must see. */
  reload: () => Promise<void>;
  onConflict: () => void;
};

/**
 * Runs one command against the version the user is looking at. A CONFLICT means someone else
 * changed the ticket meanwhile: nothing is retried, the ticket is reloaded and the user told.
 */
export function useTransitionTicket(ticket: Target, { ownChanges, reload, onConflict }: Options) {
  const client = useApolloClient();
  const { t } = useTranslation('tickets');
  const [running, setRunning] = useState<StaffCommand | null>(null);

  const run = useCallback(
    async <C extends StaffCommand>(command: C, args: CommandArgs[C]): Promise<TransitionOutcome> => {
      setRunning(command);
      ownChanges.current.pending = true;
      try {
        const { data } = await client.mutate({
          mutation: DOCUMENTS[command] as TypedDocumentNode<Result, CommandArgs[C] & Target>,
          variables: { ...args, id: ticket.id, version: ticket.version },
          refetchQueries: ['TicketCounts'],
        });
        const version = versionOf(data);
        if (version !== null) ownChanges.current.versions.add(version);
        notifySuccess(t('action.done', { action: t(`action.${command}`) }), t);
        return { ok: true };
      } catch (error) {
        const kind = errorKind(error);
        const message = errorMessage(error, t);
        if (kind === 'BAD_USER_INPUT') return { ok: false, conflict: false, invalidInput: true, error, message };
        if (kind === 'CONFLICT') {
          await reload().catch(() => undefined);
          onConflict();
          return { ok: false, conflict: true, invalidInput: false, error, message: t('action.conflict') };
        }
        notifyFailure(error, t);
        // The ticket's state or the viewer's rights may have moved on: show what is true now.
        if (kind !== 'NETWORK') await reload().catch(() => undefined);
        return { ok: false, conflict: false, invalidInput: false, error, message };
      } finally {
        ownChanges.current.pending = false;
        setRunning(null);
      }
    },
    [client, ticket.id, ticket.version, ownChanges, reload, onConflict, t],
  );

  return { run, running };
}
