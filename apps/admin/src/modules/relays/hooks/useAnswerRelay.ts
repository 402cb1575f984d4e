import { useMutation } from '@apollo/client';
import type { RelayFieldsFragment, ReturnReason } from '../../../gql/graphql';
import { AcceptRelayMutation, ReplyToRelayMutation, ReturnRelayMutation } from '../graphql/mutations/answer-relay.mutation';

export type RelayAnswer = { type: 'accept' } | { type: 'return'; reason: ReturnReason; note: string | null } | { type: 'reply'; reply: string };

/** Accepts, returns or answers a relay; the lists and the ticket refetch so timelines follow. */
export function useAnswerRelay() {
  const options = { refetchQueries: ['Relays', 'TicketRelays', 'TicketDetail'] };
  const [accept, accepted] = useMutation(AcceptRelayMutation, options);
  const [giveBack, returned] = useMutation(ReturnRelayMutation, options);
  const [reply, replied] = useMutation(ReplyToRelayMutation, options);
  const answer = async (relay: Pick<RelayFieldsFragment, 'id' | 'version'>, a: RelayAnswer): Promise<void> => {
    const target = { id: relay.id, version: relay.version };
    if (a.type === 'accept') await accept({ variables: target });
    else if (a.type === 'return') await giveBack({ variables: { ...target, reason: a.reason, note: a.note } });
    else await reply({ variables: { ...target, reply: a.reply } });
  };
  return { answer, answering: accepted.loading || returned.loading || replied.loading };
}
