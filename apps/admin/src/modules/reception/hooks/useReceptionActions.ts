import { useMutation } from '@apollo/client';
import type { RecordedReceptionOutcome, TicketFromReceptionInput } from '../../../gql/graphql';
import { ReceiveVisitorMutation } from '../graphql/mutations/receive-visitor.mutation';
import { RecordReceptionOutcomeMutation } from '../graphql/mutations/record-reception-outcome.mutation';
import { TurnReceptionIntoTicketMutation } from '../graphql/mutations/turn-reception-into-ticket.mutation';

const REFETCH = { refetchQueries: ['ReceptionEntries', 'ReceptionWaiting'] };

/** What a clerk does to an entry: receive the visitor, record how it ended, make it a ticket. */
export function useReceptionActions() {
  const [receiveMutation, received] = useMutation(ReceiveVisitorMutation, REFETCH);
  const [outcomeMutation, recorded] = useMutation(RecordReceptionOutcomeMutation, REFETCH);
  const [turnMutation, turned] = useMutation(TurnReceptionIntoTicketMutation, REFETCH);
  return {
    receive: async (id: string) => (await receiveMutation({ variables: { id } })).data?.receiveVisitor ?? null,
    recordOutcome: async (id: string, outcome: RecordedReceptionOutcome) => (await outcomeMutation({ variables: { id, outcome } })).data?.recordReceptionOutcome ?? null,
    turnIntoTicket: async (id: string, input: TicketFromReceptionInput, idempotencyKey: string) =>
      (await turnMutation({ variables: { id, input, idempotencyKey } })).data?.turnReceptionIntoTicket ?? null,
    busy: received.loading || recorded.loading || turned.loading,
  };
}
