import { useApolloClient } from '@apollo/client';
import { useMemo } from 'react';
import type { SheetImportSpec } from '../../ui/import/useSheetImport';
import { IMPORT_REQUESTERS, RequesterImportTemplateQuery } from '../graphql/mutations/import-requesters.mutation';

/** The merchants' and owners' import: its mutation, the lists it refreshes, its template. */
export function useRequesterImportSpec(): SheetImportSpec {
  const client = useApolloClient();
  return useMemo(
    () => ({
      mutation: IMPORT_REQUESTERS,
      field: 'importRequesters',
      refetch: ['RequesterFiles', 'ExpiringRequesterFiles'],
      loadTemplate: async () => (await client.query({ query: RequesterImportTemplateQuery, fetchPolicy: 'network-only' })).data.requesterImportTemplate,
      templateFileName: 'requesters-template.xlsx',
    }),
    [client],
  );
}
