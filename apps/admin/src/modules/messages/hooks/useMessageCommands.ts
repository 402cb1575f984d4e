import { useMutation } from '@apollo/client';
import type { TakeMessageInput } from '../../../gql/graphql';
import { AcknowledgeMessageMutation } from '../graphql/mutations/acknowledge-message.mutation';
import { TakeMessageMutation } from '../graphql/mutations/take-message.mutation';

const REFETCH = { refetchQueries: ['MessageInbox', 'MessagesTakenByMe', 'EscalatedMessages'] };

/** Taking a message and acknowledging one; the lists refetch. */
export function useMessageCommands() {
  const [takeMutation, taking] = useMutation(TakeMessageMutation, REFETCH);
  const [ackMutation, acking] = useMutation(AcknowledgeMessageMutation, REFETCH);
  return {
    take: async (input: TakeMessageInput) => (await takeMutation({ variables: { input } })).data?.takeMessage ?? null,
    acknowledge: async (id: string) => (await ackMutation({ variables: { id } })).data?.acknowledgeMessage ?? null,
    saving: taking.loading,
    acknowledging: acking.loading,
  };
}
