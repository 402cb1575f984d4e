import { NetworkStatus, useMutation, useQuery } from '@apollo/client';
import type { RegisterInboundInput } from '../../../gql/graphql';
import { AcknowledgeInboundMutation, RegisterInboundMutation } from '../graphql/mutations/inbound.mutation';
import { InboundQuery } from '../graphql/queries/inbound.query';

export const INBOUND_PAGE_SIZE = 20;

/** Information other departments passed on, newest first, a cursor page at a time. */
export function useInbound(unacknowledgedOnly: boolean) {
  const variables = { first: INBOUND_PAGE_SIZE, unacknowledgedOnly };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(InboundQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = data?.inbound;
  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage) return Promise.resolve();
    return fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } });
  };
  return {
    items: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}

/** Registers and acknowledges inbound information; the lists refetch. */
export function useInboundActions() {
  const options = { refetchQueries: ['Inbound'] };
  const [register, registered] = useMutation(RegisterInboundMutation, options);
  const [acknowledge, acknowledged] = useMutation(AcknowledgeInboundMutation, options);
  return {
    register: async (input: RegisterInboundInput) => (await register({ variables: { input } })).data?.registerInbound,
    acknowledge: async (id: string) => (await acknowledge({ variables: { id } })).data?.acknowledgeInbound,
    saving: registered.loading,
    acknowledging: acknowledged.loading,
  };
}
