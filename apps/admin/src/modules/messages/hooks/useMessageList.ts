import { NetworkStatus, useQuery } from '@apollo/client';
import type { MessageFieldsFragment } from '../../../gql/graphql';
import { EscalatedMessagesQuery } from '../graphql/queries/escalated-messages.query';
import { MessageInboxQuery } from '../graphql/queries/message-inbox.query';
import { MessagesTakenByMeQuery } from '../graphql/queries/messages-taken-by-me.query';

export type MessageBox = 'inbox' | 'taken' | 'escalated';
export const MESSAGE_PAGE_SIZE = 30;
/** Messages age on screen; the lists ask again this often so new ones and acknowledgements show. */
export const MESSAGE_POLL_MS = 30_000;

type Connection = { edges: { node: MessageFieldsFragment }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

/** One of the viewer's message lists, a cursor page at a time; `loadMore` appends the next. */
export function useMessageList(box: MessageBox) {
  const variables = { first: MESSAGE_PAGE_SIZE };
  const options = (mine: MessageBox) => ({ variables, skip: box !== mine, pollInterval: MESSAGE_POLL_MS, notifyOnNetworkStatusChange: true });
  const inbox = useQuery(MessageInboxQuery, options('inbox'));
  const taken = useQuery(MessagesTakenByMeQuery, options('taken'));
  const escalated = useQuery(EscalatedMessagesQuery, options('escalated'));
  const [result, connection]: [typeof inbox | typeof taken | typeof escalated, Connection | undefined] =
    box === 'inbox' ? [inbox, inbox.data?.messageInbox] : box === 'taken' ? [taken, taken.data?.messagesTakenByMe] : [escalated, escalated.data?.escalatedMessages];
  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage) return Promise.resolve();
    return result.fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } });
  };
  return {
    messages: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: result.loading && !result.data,
    loadingMore: result.networkStatus === NetworkStatus.fetchMore,
    error: result.error,
    refetch: result.refetch,
    loadMore,
  };
}
