import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, split } from '@apollo/client';
import { relayStylePagination, getMainDefinition } from '@apollo/client/utilities';
import { attachSessionRecovery, createSessionRecoveryLink, SessionRecovery } from '../modules/auth/utils/session-recovery';
import { SseLink } from './sse-link';

/** The gateway refuses state-changing requests without this header (a CSRF guard). */
export const CSRF_HEADER = 'x-kefu-csrf';

type ClientOptions = {
  /** The viewer's language, read at request time so the gateway localizes its messages. */
  language: () => string;
  uri?: string;
};

function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: { Node: ['MyRequest', 'Position', 'Staff', 'Ticket'] },
    typePolicies: {
      Query: {
        fields: {
          tickets: relayStylePagination(['filter', 'order']),
          staffMembers: relayStylePagination(['text', 'unitId', 'positionId']),
          requesterFiles: relayStylePagination(['search', 'kind']),
          receptionEntries: relayStylePagination(),
          messageInbox: relayStylePagination(),
          messagesTakenByMe: relayStylePagination(),
          escalatedMessages: relayStylePagination(),
          myNotifications: relayStylePagination(['unreadOnly']),
          relays: relayStylePagination(['box', 'status', 'departmentId']),
          followUps: relayStylePagination(['view']),
          inbound: relayStylePagination(['unacknowledgedOnly']),
          orgChanges: relayStylePagination(),
        },
      },
      // Value objects without ids: merge rather than replace, so partial selections coexist.
      LocalizedText: { merge: true },
      Qualifications: { merge: true },
      Deadlines: { merge: true },
      Staff: { fields: { history: relayStylePagination() } },
      Position: { fields: { history: relayStylePagination() } },
    },
  });
}

export function createApolloClient({ language, uri = '/graphql' }: ClientOptions): ApolloClient<unknown> {
  const headers = () => ({ [CSRF_HEADER]: '1', 'accept-language': language() });
  const withHeaders = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers: existing = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...existing, ...headers() },
    }));
    return forward(operation);
  });
  // Calls the global fetch at request time so test doubles installed later are honoured.
  const fetchNow: typeof fetch = (input, init) => fetch(input, init);
  const http = new HttpLink({ uri, credentials: 'same-origin', fetch: fetchNow });
  const sse = new SseLink({ uri, credentials: 'same-origin', headers, fetch: fetchNow });
  const isSubscription = ({ query }: { query: Parameters<typeof getMainDefinition>[0] }) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  };
  const recovery = new SessionRecovery();
  const client = new ApolloClient({
    link: split(isSubscription, sse, ApolloLink.from([createSessionRecoveryLink(recovery), withHeaders, http])),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    },
  });
  attachSessionRecovery(client, recovery);
  return client;
}
