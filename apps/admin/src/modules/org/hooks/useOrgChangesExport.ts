import { useApolloClient } from '@apollo/client';
import { useState } from 'react';
import { OrgChangesXlsxQuery } from '../graphql/queries/org-changes-xlsx.query';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Downloads the org's audit trail as .xlsx (the gateway writes it; base64 over GraphQL). */
export function useOrgChangesExport() {
  const client = useApolloClient();
  const [downloading, setDownloading] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const download = async (today: string) => {
    setDownloading(true);
    setFailed(null);
    try {
      const result = await client.query({ query: OrgChangesXlsxQuery, fetchPolicy: 'network-only' });
      const bytes = Uint8Array.from(atob(result.data.orgChangesXlsx), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `kefu-org-changes-${today}.xlsx`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setFailed(error);
    } finally {
      setDownloading(false);
    }
  };
  return { download, downloading, failed };
}
