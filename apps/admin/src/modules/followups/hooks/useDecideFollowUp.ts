import { useMutation } from '@apollo/client';
import type { FollowUpFieldsFragment } from '../../../gql/graphql';
import { DecideFollowUpMutation } from '../graphql/mutations/decide-follow-up.mutation';

export type FollowUpDecisionInput = { decision: 'CLOSE' } | { decision: 'REASSIGN'; callerId: string };

/** The supervisor's decision after the third failed call. */
export function useDecideFollowUp() {
  const [decide, { loading }] = useMutation(DecideFollowUpMutation, { refetchQueries: ['FollowUps', 'FollowUpRates'] });
  const decideFollowUp = async (followUp: Pick<FollowUpFieldsFragment, 'id' | 'version'>, input: FollowUpDecisionInput): Promise<void> => {
    await decide({ variables: { followUpId: followUp.id, expectedVersion: followUp.version, ...input } });
  };
  return { decideFollowUp, deciding: loading };
}
