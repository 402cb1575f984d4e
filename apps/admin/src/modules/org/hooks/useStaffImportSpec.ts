import { useApolloClient } from '@apollo/client';
import { useMemo } from 'react';
import type { SheetImportSpec } from '../../ui/import/useSheetImport';
import { IMPORT_STAFF, StaffImportTemplateQuery } from '../graphql/mutations/import-staff.mutation';

/** The staff import: its mutation, the lists it refreshes (the directory, the chart's holders), its template. */
export function useStaffImportSpec(): SheetImportSpec {
  const client = useApolloClient();
  return useMemo(
    () => ({
      mutation: IMPORT_STAFF,
      field: 'importStaff',
      refetch: ['StaffDirectory', 'OrgChart'],
      loadTemplate: async () => (await client.query({ query: StaffImportTemplateQuery, fetchPolicy: 'network-only' })).data.staffImportTemplate,
      templateFileName: 'staff-template.xlsx',
    }),
    [client],
  );
}
