import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { useCallback, useState } from 'react';
import { CSRF_HEADER } from '../../../app/apollo-client';
import type { DocumentKind } from '../../../gql/graphql';
import { ADD_REQUESTER_DOCUMENT } from '../graphql/mutations/add-requester-document.mutation';
import { AddRequesterNoteMutation } from '../graphql/mutations/add-requester-note.mutation';
import { ExpiringQuery } from '../graphql/queries/expiring.query';
import { RequesterArchiveQuery } from '../graphql/queries/requester-archive.query';

/** One requester's file with its documents, notes, history and latest tickets. */
export function useRequesterArchive(id: string) {
  const { data, loading, error, refetch } = useQuery(RequesterArchiveQuery, { variables: { id } });
  return { file: data?.requester ?? null, tickets: data?.tickets.edges.map((e) => e.node) ?? [], loading: loading && !data, error, refetch };
}

export function useAddNote(requesterId: string) {
  const [mutate, { loading }] = useMutation(AddRequesterNoteMutation, { refetchQueries: ['RequesterArchive'] });
  const add = useCallback((body: string) => mutate({ variables: { requesterId, body } }), [mutate, requesterId]);
  return { add, saving: loading };
}

type GraphQLAnswer = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** Files a document: a multipart POST beside the JSON link, then the file and the expiry list are read again. */
export function useAddDocument(requesterId: string) {
  const client = useApolloClient();
  const [saving, setSaving] = useState(false);
  const add = useCallback(
    async (input: { kind: DocumentKind; expiresOn: string | null; file: File }): Promise<GraphQLAnswer> => {
      setSaving(true);
      try {
        const form = new FormData();
        form.set('operations', JSON.stringify({ query: ADD_REQUESTER_DOCUMENT, variables: { requesterId, kind: input.kind, expiresOn: input.expiresOn, file: null } }));
        form.set('map', JSON.stringify({ 0: ['variables.file'] }));
        form.set('0', input.file, input.file.name);
        const response = await fetch('/graphql', { method: 'POST', credentials: 'same-origin', headers: { [CSRF_HEADER]: '1' }, body: form });
        const answer = (await response.json()) as GraphQLAnswer;
        if (!answer.errors) await client.refetchQueries({ include: ['RequesterArchive', 'ExpiringRequesterFiles'] });
        return answer;
      } finally {
        setSaving(false);
      }
    },
    [client, requesterId],
  );
  return { add, saving };
}

export function useExpiring() {
  const { data, loading, error } = useQuery(ExpiringQuery, { variables: { first: 50 } });
  return { items: data?.expiringRequesterFiles.edges.map((e) => e.node) ?? [], loading: loading && !data, error };
}
