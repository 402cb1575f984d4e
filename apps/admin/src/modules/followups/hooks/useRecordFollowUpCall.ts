import { useMutation } from '@apollo/client';
import type { FollowUpFieldsFragment, ReachedOutcome } from '../../../gql/graphql';
import { RecordFollowUpCallMutation } from '../graphql/mutations/record-follow-up-call.mutation';

export type FollowUpCall =
  | { result: 'FAILED'; retryAt: string | null; note: string | null }
  | { result: 'REACHED'; outcome: ReachedOutcome; satisfaction: number; note: string | null };

/** Records one 回访 call; the views and the rates refetch, since a call moves the follow-up between views. */
export function useRecordFollowUpCall() {
  const [record, { loading }] = useMutation(RecordFollowUpCallMutation, { refetchQueries: ['FollowUps', 'FollowUpRates'] });
  const recordCall = async (followUp: Pick<FollowUpFieldsFragment, 'id' | 'version'>, call: FollowUpCall): Promise<void> => {
    await record({ variables: { input: { followUpId: followUp.id, expectedVersion: followUp.version, ...call } } });
  };
  return { recordCall, recording: loading };
}
