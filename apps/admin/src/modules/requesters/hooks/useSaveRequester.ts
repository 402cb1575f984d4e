import { useApolloClient, useMutation } from '@apollo/client';
import type { RequesterFileFieldsFragment, RequesterInput } from '../../../gql/graphql';
import { CreateRequesterMutation } from '../graphql/mutations/create-requester.mutation';
import { UpdateRequesterMutation } from '../graphql/mutations/update-requester.mutation';
import { RequesterFileQuery } from '../graphql/queries/requester-file.query';

/** Creates a file, or rewrites one when `id` is given; the list refetches either way. */
export function useSaveRequester() {
  const client = useApolloClient();
  const options = { refetchQueries: ['RequesterFiles'] };
  const [create, created] = useMutation(CreateRequesterMutation, options);
  const [update, updated] = useMutation(UpdateRequesterMutation, options);
  const save = async (id: string | null, input: RequesterInput): Promise<RequesterFileFieldsFragment | null> =>
    id
      ? ((await update({ variables: { id, input } })).data?.updateRequester ?? null)
      : ((await create({ variables: { input } })).data?.createRequester ?? null);
  /** The file a duplicate answer names, to offer it instead. */
  const load = async (id: string) => (await client.query({ query: RequesterFileQuery, variables: { id } })).data.requester;
  return { save, load, saving: created.loading || updated.loading };
}
